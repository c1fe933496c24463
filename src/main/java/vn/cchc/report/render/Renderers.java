package vn.cchc.report.render;

import java.util.List;
import vn.cchc.report.render.docx.DocxRenderer;
import vn.cchc.report.render.pdf.PdfRenderer;

/** The document formats a run writes, each beside the other with the same content. */
public final class Renderers {
  private Renderers() {}

  /** Every renderer, in the order the files are written. */
  public static List<DocumentRenderer> all() {
    return List.of(new DocxRenderer(), new PdfRenderer());
  }
}
