package vn.cchc.report.render.docx;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.cchc.report.report.doc.Block;

/** Text widths in points with real font metrics (Liberation Serif = Times New Roman metrics), for rule lengths. */
final class TextMeasure {
  private final BaseFont regular;
  private final BaseFont bold;

  TextMeasure(Path timesFolder) {
    try {
      regular = load(timesFolder, "times.ttf", "liberation/LiberationSerif-Regular.ttf");
      bold = load(timesFolder, "timesbd.ttf", "liberation/LiberationSerif-Bold.ttf");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BaseFont load(Path folder, String file, String resource) throws IOException {
    byte[] bytes;
    String name;
    if (folder != null) {
      bytes = Files.readAllBytes(folder.resolve(file));
      name = file;
    } else {
      try (InputStream in = TextMeasure.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new IOException("thiếu phông " + resource);
        bytes = in.readAllBytes();
      }
      name = resource.substring(resource.indexOf('/') + 1);
    }
    return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, BaseFont.CACHED, bytes, null);
  }

  /** The widest line of a paragraph, in points ("\n" starts a new line). */
  float widestLine(Block.Paragraph p) {
    return (float) p.widestLine((text, isBold, italic, size) -> (isBold ? bold : regular).getWidthPoint(text, (float) size));
  }
}
