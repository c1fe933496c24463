package vn.cchc.report.render.docx;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import vn.cchc.report.render.DocumentRenderer.RenderException;
import vn.cchc.report.render.FontFaces;
import vn.cchc.report.report.doc.Block;

/** Text widths in points with the report font's metrics ({@link FontFaces}), for rule lengths. */
final class TextMeasure {
  private final BaseFont regular;
  private final BaseFont bold;

  TextMeasure(FontFaces files) throws IOException, RenderException {
    regular = load(files, FontFaces.REGULAR);
    bold = load(files, FontFaces.BOLD);
  }

  private static BaseFont load(FontFaces files, int face) throws IOException, RenderException {
    byte[] bytes = files.bytes(face);
    try {
      return BaseFont.createFont(files.name(face), BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, BaseFont.CACHED, bytes, null);
    } catch (IOException | RuntimeException e) {
      throw files.unusable(face, e);
    }
  }

  /** The widest line of a paragraph, in points ("\n" starts a new line). */
  float widestLine(Block.Paragraph p) {
    return (float) p.widestLine((text, isBold, italic, size) -> (isBold ? bold : regular).getWidthPoint(text, (float) size));
  }
}
