package vn.cchc.report.render;

/**
 * The layout numbers that both renderers draw with, written once and in one unit, the point
 * (issue #10, item 2). The DOCX stores them in its own units — twips (1/20 pt) for spacing and
 * margins, eighths of a point for borders, half points for font sizes — converted by {@link Twips#fromPoints} and here; the PDF
 * lays out on the same numbers, so that both files put the same line at the same place. The sizes
 * and spacing of each paragraph style are in {@link vn.cchc.report.report.doc.Styles}; the page
 * geometry in {@link Twips}.
 */
public final class Typography {
  /** The font named in the DOCX; the PDF embeds Liberation Serif, its metric twin, unless the office gives its TTF files. */
  public static final String FONT = "Times New Roman";
  /** The document's default font size: an empty paragraph (a page break) is a line of this size. */
  public static final double TEXT_SIZE = 14;
  /** The page number at the top of a section's second and later pages. */
  public static final double PAGE_NUMBER_SIZE = 14;
  /** From the page's top edge to the page number: 10 mm as the DOCX stores it (567 twips). */
  public static final double HEADER_DISTANCE = 28.35;

  /** Left and right cell margins of a bordered table: the first column's text lies on the text margin, the border this far left of it. */
  public static final double CELL_PADDING_SIDE = 2.5;
  /** Space before and after a cell's paragraph. */
  public static final double CELL_SPACE = 1;
  /** A bordered table's lines. */
  public static final double TABLE_BORDER = 0.5;

  /** The empty paragraph whose bottom border is a rule (under the header block's names): its exact line height … */
  public static final double RULE_BOX = 4;
  /** … the border's width … */
  public static final double RULE_WIDTH = 0.625;
  /** … and the size of its one empty run. */
  public static final double RULE_RUN_SIZE = 2;

  private Typography() {}

  /** Points as eighths of a point (border widths in the DOCX). */
  public static int eighths(double points) {
    return (int) Math.round(points * 8);
  }

  /** Points as half points (font sizes in the DOCX). */
  public static int halfPoints(double points) {
    return (int) Math.round(points * 2);
  }
}
