/**
 * The document model the templates produce and the renderers draw: sections (page size and
 * direction), blocks (paragraphs, tables, signature blocks) and their named styles. Knows nothing of
 * DOCX or PDF.
 */
package vn.cchc.report.report.doc;
