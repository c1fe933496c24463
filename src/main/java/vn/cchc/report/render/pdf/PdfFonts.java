package vn.cchc.report.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
  private static final String[] TIMES = {"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"};

  private final BaseFont[] faces = new BaseFont[4];
  private final Map<Long, Font> fonts = new HashMap<>();

  /** @param timesFolder a folder with times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf; null for Liberation Serif */
  PdfFonts(Path timesFolder) throws IOException {
    for (int i = 0; i < 4; i++) {
      byte[] bytes;
      String name;
      if (timesFolder != null) {
        name = TIMES[i];
        bytes = Files.readAllBytes(timesFolder.resolve(name));
      } else {
        name = LIBERATION[i].substring(LIBERATION[i].indexOf('/') + 1);
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(LIBERATION[i])) {
          if (in == null) throw new IOException("thiếu phông " + LIBERATION[i] + " trong openpdf-fonts-extra");
          bytes = in.readAllBytes();
        }
      }
      faces[i] = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, bytes, null);
    }
  }

  BaseFont face(boolean bold, boolean italic) {
    return faces[(bold ? 1 : 0) + (italic ? 2 : 0)];
  }

  Font font(boolean bold, boolean italic, double size) {
    long key = ((long) Math.round(size * 100) << 2) | (bold ? 1 : 0) | (italic ? 2 : 0);
    return fonts.computeIfAbsent(key, k -> new Font(face(bold, italic), (float) size));
  }

  /** Width of the text in points, in the given face and size. */
  float width(String text, boolean bold, boolean italic, double size) {
    return face(bold, italic).getWidthPoint(text, (float) size);
  }
}
