/** The document model as a PDF (OpenPDF) that matches the DOCX as LibreOffice lays it out: same lines, same pages. */
package vn.cchc.report.render.pdf;
