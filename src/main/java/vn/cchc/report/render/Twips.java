package vn.cchc.report.render;

import java.util.List;
import vn.cchc.report.report.doc.Section;

/**
 * The page geometry both documents share, in twips (1/20 pt), the unit of the DOCX: the DOCX
 * stores these numbers and the PDF lays out on the very same ones, so a line or a cell is exactly
 * as wide in both and wraps at the same word.
 */
public final class Twips {
  /** A4: 210 × 297 mm. */
  public static final int A4_SHORT = 11906;
  public static final int A4_LONG = 16838;
  private static final double PER_MM = 1440 / 25.4;

  private Twips() {}

  public static int of(double mm) {
    return (int) Math.round(mm * PER_MM);
  }

  public static float points(int twips) {
    return twips / 20f;
  }

  /** Points as twips, to the nearest. */
  public static int fromPoints(double points) {
    return (int) Math.round(points * 20);
  }

  public static int pageWidth(Section section) {
    return section.landscape() ? A4_LONG : A4_SHORT;
  }

  public static int pageHeight(Section section) {
    return section.landscape() ? A4_SHORT : A4_LONG;
  }

  /** Page width less the left and right margins. */
  public static int textWidth(Section section) {
    Section.Margins m = section.margins();
    return pageWidth(section) - of(m.left()) - of(m.right());
  }

  /** The left column of a two-column block. */
  public static int leftColumn(int width, double leftShare) {
    return (int) Math.round(width * leftShare);
  }

  /** A table's columns in proportion to {@code shares}; the last takes what rounding left, so they add up to {@code width}. */
  public static int[] columns(int width, List<Double> shares) {
    double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
    int[] widths = new int[shares.size()];
    int used = 0;
    for (int i = 0; i < widths.length; i++) {
      widths[i] = i == widths.length - 1 ? width - used : (int) Math.floor(width * shares.get(i) / sum);
      used += widths[i];
    }
    return widths;
  }
}
