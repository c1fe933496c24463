package vn.cchc.report.render.page;

/** What the paginator needs to know of the report font, per point of font size. */
public interface Metrics {
  /** The exact advance of a character in the face given, as Word and LibreOffice measure it. */
  float advance(int codePoint, boolean bold, boolean italic);

  /** One single-spaced line: the regular face's ascent + descent + line gap. */
  float lineHeight();

  /** From the top of a line box to its baseline: ascent + line gap, where LibreOffice puts the baseline. */
  float lineAscent();

  /** The width of a text as the PDF's own glyph widths give it, in points at {@code size} (a rule's length). */
  float width(String text, boolean bold, boolean italic, double size);
}
