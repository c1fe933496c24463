/** The document model as a Word document (Apache POI), in the layout of Nghị định 30/2020/NĐ-CP. */
package vn.cchc.report.render.docx;
