package vn.cchc.report.render;

import java.nio.file.Path;
import java.util.List;
import vn.cchc.report.render.docx.DocxRenderer;
import vn.cchc.report.render.pdf.PdfRenderer;

/** The document formats a run writes, each beside the other with the same content. */
public final class Renderers {
  private Renderers() {}

  /**
   * Every renderer, in the order the files are written.
   *
   * @param timesFonts the office's Times New Roman files for both documents (regular, bold, italic, bold italic); empty for Liberation Serif
   */
  public static List<DocumentRenderer> all(List<Path> timesFonts) {
    FontFaces fonts = new FontFaces(timesFonts);
    return List.of(new DocxRenderer(fonts), new PdfRenderer(fonts));
  }
}
