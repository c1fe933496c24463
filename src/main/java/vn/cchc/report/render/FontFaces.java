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
  private java.awt.Font[] outlines;
  private boolean noFontLibrary;

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

  /**
   * The face as a Java font at 1,000 points, for exact advance widths; made once for every renderer
   * of a run, from the face's file (the office's, or Liberation Serif in {@code fonts/} beside the
   * program) — Java copies a font given as bytes into the temporary folder, which a run must not
   * leave behind — and from the bytes only when there is no such file. Null on a Java without its
   * font library.
   *
   * @throws RenderException when the face is not a TrueType font
   */
  public synchronized java.awt.Font outline(int face) throws IOException, RenderException {
    if (noFontLibrary) return null;
    if (outlines == null) outlines = new java.awt.Font[4];
    if (outlines[face] == null) {
      Path file = officeFiles.isEmpty() ? besideTheProgram(name(face)) : officeFiles.get(face);
      try {
        java.awt.Font font = file != null ? java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, file.toFile())
            : java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes(face)));
        outlines[face] = font.deriveFont(1000f);
      } catch (java.awt.FontFormatException e) {
        throw unusable(face, e);
      } catch (LinkageError | java.awt.AWTError e) {
        noFontLibrary = true;
        return null;
      }
    }
    return outlines[face];
  }

  /**
   * A font file the program ships as a plain file: {@code fonts/<name>} beside the program's jar
   * (lib/fonts of the distribution) or classes (target/fonts of a build); null when there is none.
   */
  public static Path besideTheProgram(String name) {
    try {
      var source = FontFaces.class.getProtectionDomain().getCodeSource();
      if (source == null) return null;
      Path font = Path.of(source.getLocation().toURI()).getParent().resolve("fonts").resolve(name);
      return Files.isRegularFile(font) ? font : null;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
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
