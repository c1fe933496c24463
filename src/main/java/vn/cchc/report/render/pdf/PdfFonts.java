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
  private final Map<Long, Font> fonts = new HashMap<>();

  /**
   * @param timesFiles the office's Times New Roman: regular, bold, italic, bold italic; empty for Liberation Serif
   * @throws RenderException when one of the office's files cannot be read or is not a TrueType font
   */
  PdfFonts(List<Path> timesFiles) throws IOException, RenderException {
    for (int i = 0; i < 4; i++) {
      faces[i] = timesFiles.isEmpty() ? liberation(LIBERATION[i]) : office(timesFiles.get(i));
    }
  }

  private static BaseFont liberation(String resource) throws IOException {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IOException("thiếu phông " + resource + " trong openpdf-fonts-extra");
      return embedded(resource.substring(resource.indexOf('/') + 1), in.readAllBytes());
    }
  }

  private static BaseFont office(Path file) throws RenderException {
    try {
      return embedded(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      throw new RenderException("Không dùng được tệp phông " + file + " (" + e.getMessage()
          + "). Hãy chép lại tệp Times New Roman từ C:\\Windows\\Fonts, hoặc bỏ khóa document.times_font_folder để dùng phông Liberation Serif có sẵn.", e);
    }
  }

  private static BaseFont embedded(String name, byte[] bytes) throws IOException {
    return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, bytes, null);
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

  /** Width of the text in points, in the given face and size. */
  float width(String text, boolean bold, boolean italic, double size) {
    return face(bold, italic).getWidthPoint(text, (float) size);
  }
}
