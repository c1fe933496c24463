/**
 * The page layout of a document, with no PDF library in it: the document model and the font's
 * metrics in, pages of positioned boxes (text lines, rules, cell frames) out ({@link
 * vn.cchc.report.render.page.Paginator}). It breaks lines and pages where Word and LibreOffice break
 * the same DOCX; the PDF renderer only paints the boxes.
 */
package vn.cchc.report.render.page;
