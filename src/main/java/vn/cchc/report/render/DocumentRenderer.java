package vn.cchc.report.render;

import java.io.IOException;
import java.io.OutputStream;
import vn.cchc.report.report.doc.Document;

/** Lays a {@link Document} out as a file format. Computes no figure and chooses no wording. */
public interface DocumentRenderer {

  /** The file extension without the dot: "docx", "pdf". */
  String extension();

  /**
   * Writes the whole document. Identical documents give identical bytes (fixed metadata).
   *
   * @throws RenderException when the document cannot be laid out (e.g. a letter missing from the font)
   */
  void render(Document document, OutputStream out) throws IOException, RenderException;

  /** A document that cannot be rendered faithfully; the message is Vietnamese and says why. */
  final class RenderException extends Exception {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
      super(message);
    }

    public RenderException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
