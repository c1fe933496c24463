package vn.cchc.report.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.report.render.DocumentRenderer.RenderException;

/**
 * The four faces of the report font, embedded with Identity-H: Liberation Serif (metric-compatible
 * with Times New Roman, every Vietnamese letter) from openpdf-fonts-extra, or the office's own
 * Times New Roman files when a folder is given.
 */
final class PdfFonts {
  private static final String[] LIBERATION = {
    "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
    "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"
  };

  private final BaseFont[] faces = new BaseFont[4];
  /** The same faces for exact advance widths (OpenPDF keeps them in whole thousandths of an em). */
  private final java.awt.Font[] outlines = new java.awt.Font[4];
  private final List<Map<Integer, Float>> advances = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
  private final Map<Long, Font> fonts = new HashMap<>();
  private static final java.awt.font.FontRenderContext UNHINTED = new java.awt.font.FontRenderContext(null, false, true);

  /**
   * @param timesFiles the office's Times New Roman: regular, bold, italic, bold italic; empty for Liberation Serif
   * @throws RenderException when one of the office's files cannot be read or is not a TrueType font
   */
  PdfFonts(List<Path> timesFiles) throws IOException, RenderException {
    for (int i = 0; i < 4; i++) {
      if (timesFiles.isEmpty()) {
        String name = LIBERATION[i].substring(LIBERATION[i].indexOf('/') + 1);
        load(i, name, liberation(LIBERATION[i]));
      } else {
        Path file = timesFiles.get(i);
        try {
          load(i, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
          throw new RenderException("Không dùng được tệp phông " + file + " (" + e.getMessage()
              + "). Hãy chép lại tệp Times New Roman từ C:\\Windows\\Fonts, hoặc bỏ khóa document.times_font_folder để dùng phông Liberation Serif có sẵn.", e);
        }
      }
    }
  }

  private void load(int face, String name, byte[] bytes) throws IOException {
    faces[face] = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, bytes, null);
    try {
      outlines[face] = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes)).deriveFont(1000f);
    } catch (java.awt.FontFormatException e) {
      throw new IOException(e.getMessage(), e);
    } catch (LinkageError | java.awt.AWTError e) {
      // A Java without its font library: lines are measured with OpenPDF's widths (they may then
      // wrap a word later than the DOCX now and then), the document is still made.
      outlines[face] = null;
    }
  }

  private static byte[] liberation(String resource) throws IOException {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IOException("thiếu phông " + resource + " trong openpdf-fonts-extra");
      return in.readAllBytes();
    }
  }

  BaseFont face(boolean bold, boolean italic) {
    return faces[(bold ? 1 : 0) + (italic ? 2 : 0)];
  }

  Font font(boolean bold, boolean italic, double size) {
    long key = ((long) Math.round(size * 100) << 2) | (bold ? 1 : 0) | (italic ? 2 : 0);
    return fonts.computeIfAbsent(key, k -> new Font(face(bold, italic), (float) size));
  }

  /**
   * One single-spaced line per point of font size: the regular face's ascent + descent + line gap
   * (hhea), as Word and LibreOffice take it (1,149 for Liberation Serif and Times New Roman).
   */
  float lineHeight() {
    BaseFont face = face(false, false);
    return (face.getFontDescriptor(BaseFont.AWT_ASCENT, 1) - face.getFontDescriptor(BaseFont.AWT_DESCENT, 1)
        + face.getFontDescriptor(BaseFont.AWT_LEADING, 1));
  }

  /** From the top of a line box to its baseline, per point of font size: ascent + line gap, where LibreOffice puts the baseline. */
  float lineAscent() {
    BaseFont face = face(false, false);
    return face.getFontDescriptor(BaseFont.AWT_ASCENT, 1) + face.getFontDescriptor(BaseFont.AWT_LEADING, 1);
  }

  /** The ascender OpenPDF puts a cell's first baseline under, per point of size (the typographic ascender). */
  float ascender(boolean bold) {
    return face(bold, false).getFontDescriptor(BaseFont.ASCENT, 1);
  }

  /** The exact advance of a character per point of size, as Word and LibreOffice measure it (font units over units per em). */
  float advance(int codePoint, boolean bold, boolean italic) {
    int face = (bold ? 1 : 0) + (italic ? 2 : 0);
    if (outlines[face] == null) return faces[face].getWidthPoint(new String(Character.toChars(codePoint)), 1);
    return advances.get(face).computeIfAbsent(codePoint, cp -> (float) outlines[face]
        .createGlyphVector(UNHINTED, new String(Character.toChars(cp))).getGlyphMetrics(0).getAdvance() / 1000f);
  }

  /** Width of the text in points, in the given face and size. */
  float width(String text, boolean bold, boolean italic, double size) {
    return face(bold, italic).getWidthPoint(text, (float) size);
  }
}
