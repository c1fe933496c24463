package vn.cchc.report.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.report.render.DocumentRenderer.RenderException;
import vn.cchc.report.render.FontFaces;
import vn.cchc.report.render.page.Metrics;

/** The four faces of the report font ({@link FontFaces}) as OpenPDF fonts, embedded with Identity-H, and their metrics. */
final class PdfFonts implements Metrics {
  private final BaseFont[] faces = new BaseFont[4];
  /** The same faces for exact advance widths (OpenPDF keeps them in whole thousandths of an em); null without a font library. */
  private final java.awt.Font[] outlines = new java.awt.Font[4];
  private final List<Map<Integer, Float>> advances = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
  private static final java.awt.font.FontRenderContext UNHINTED = new java.awt.font.FontRenderContext(null, false, true);

  /** @throws RenderException when one of the office's files cannot be read or is not a TrueType font */
  PdfFonts(FontFaces files) throws IOException, RenderException {
    for (int i = 0; i < 4; i++) {
      byte[] bytes = files.bytes(i);
      try {
        faces[i] = BaseFont.createFont(files.name(i), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, bytes, null);
      } catch (IOException | RuntimeException e) {
        throw files.unusable(i, e);
      }
      outlines[i] = files.outline(i);
    }
  }

  BaseFont face(boolean bold, boolean italic) {
    return faces[(bold ? 1 : 0) + (italic ? 2 : 0)];
  }

  /**
   * One single-spaced line per point of font size: the regular face's ascent + descent + line gap
   * (hhea), as Word and LibreOffice take it (1,149 for Liberation Serif and Times New Roman).
   */
  @Override
  public float lineHeight() {
    BaseFont face = face(false, false);
    return (face.getFontDescriptor(BaseFont.AWT_ASCENT, 1) - face.getFontDescriptor(BaseFont.AWT_DESCENT, 1)
        + face.getFontDescriptor(BaseFont.AWT_LEADING, 1));
  }

  /** From the top of a line box to its baseline, per point of font size: ascent + line gap, where LibreOffice puts the baseline. */
  @Override
  public float lineAscent() {
    BaseFont face = face(false, false);
    return face.getFontDescriptor(BaseFont.AWT_ASCENT, 1) + face.getFontDescriptor(BaseFont.AWT_LEADING, 1);
  }

  /** The exact advance of a character per point of size, as Word and LibreOffice measure it (font units over units per em). */
  @Override
  public float advance(int codePoint, boolean bold, boolean italic) {
    int face = (bold ? 1 : 0) + (italic ? 2 : 0);
    if (outlines[face] == null) return faces[face].getWidthPoint(new String(Character.toChars(codePoint)), 1);
    return advances.get(face).computeIfAbsent(codePoint, cp -> (float) outlines[face]
        .createGlyphVector(UNHINTED, new String(Character.toChars(cp))).getGlyphMetrics(0).getAdvance() / 1000f);
  }

  /** Width of the text in points, in the given face and size. */
  @Override
  public float width(String text, boolean bold, boolean italic, double size) {
    return face(bold, italic).getWidthPoint(text, (float) size);
  }
}
