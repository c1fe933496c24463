package vn.cchc.report.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** A DOCX's text in body order: each paragraph, and each table cell, on its own line. */
final class DocxText {
  private DocxText() {}

  static String of(XWPFDocument docx) {
    StringBuilder text = new StringBuilder();
    for (var element : docx.getBodyElements()) {
      if (element instanceof XWPFParagraph p) text.append(p.getText()).append('\n');
      if (element instanceof XWPFTable t) t.getRows().forEach(r -> r.getTableCells().forEach(c -> text.append(c.getText()).append('\n')));
    }
    return text.toString();
  }
}
