package vn.cchc.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.report.render.DocumentRenderer.RenderException;

/**
 * The four faces of the report font as TrueType files, read once for every renderer of a run:
 * Liberation Serif (metric-compatible with Times New Roman, every Vietnamese letter) from
 * openpdf-fonts-extra, or the office's own Times New Roman files ({@code document.times_font_folder}).
 * The DOCX names {@link Typography#FONT} and measures rules with them; the PDF embeds them.
 */
public final class FontFaces {
  public static final int REGULAR = 0;
  public static final int BOLD = 1;
  public static final int ITALIC = 2;
  public static final int BOLD_ITALIC = 3;
  private static final String[] LIBERATION = {
    "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
    "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"
  };

  private final List<Path> officeFiles;
  private byte[][] bytes;

  /** @param timesFiles the office's Times New Roman: regular, bold, italic, bold italic; empty for Liberation Serif */
  public FontFaces(List<Path> timesFiles) {
    if (!timesFiles.isEmpty() && timesFiles.size() != 4) throw new IllegalArgumentException("four faces expected: " + timesFiles);
    this.officeFiles = List.copyOf(timesFiles);
  }

  /** Liberation Serif, shipped with the program. */
  public static FontFaces liberation() {
    return new FontFaces(List.of());
  }

  /** The face's file name, which a PDF names its embedded font after. */
  public String name(int face) {
    return officeFiles.isEmpty() ? LIBERATION[face].substring(LIBERATION[face].indexOf('/') + 1) : officeFiles.get(face).getFileName().toString();
  }

  /**
   * The face's bytes, all four read on the first call (renderers run in parallel threads).
   *
   * @throws RenderException when one of the office's files cannot be read
   */
  public synchronized byte[] bytes(int face) throws IOException, RenderException {
    if (bytes == null) {
      byte[][] read = new byte[4][];
      for (int i = 0; i < 4; i++) read[i] = officeFiles.isEmpty() ? resource(LIBERATION[i]) : officeFile(officeFiles.get(i));
      bytes = read;
    }
    return bytes[face];
  }

  /** The message for a face that the font library refuses. */
  public RenderException unusable(int face, Exception cause) {
    if (officeFiles.isEmpty()) return new RenderException("Phông " + name(face) + " có sẵn của chương trình bị hỏng (" + cause.getMessage()
        + "). Hãy cài lại chương trình.", cause);
    return officeFontProblem(officeFiles.get(face), cause);
  }

  private static byte[] officeFile(Path file) throws RenderException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      throw officeFontProblem(file, e);
    }
  }

  private static RenderException officeFontProblem(Path file, Exception cause) {
    return new RenderException("Không dùng được tệp phông " + file + " (" + cause.getMessage()
        + "). Hãy chép lại tệp Times New Roman từ C:\\Windows\\Fonts, hoặc bỏ khóa document.times_font_folder để dùng phông Liberation Serif có sẵn.", cause);
  }

  private static byte[] resource(String resource) throws IOException {
    try (InputStream in = FontFaces.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IOException("thiếu phông " + resource + " trong openpdf-fonts-extra");
      return in.readAllBytes();
    }
  }
}
