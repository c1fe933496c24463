package vn.cchc.report.report.doc;

import java.util.List;

/**
 * A run of pages with one page setup and its own page numbering (NĐ 30: the report portrait,
 * each appendix landscape and numbered from 1). Page numbers are printed centred in the top margin
 * on every page of the section except its first.
 *
 * @param landscape A4 landscape (297 × 210 mm) instead of portrait
 * @param margins in millimetres
 */
public record Section(boolean landscape, Margins margins, List<Block> blocks) {
  public Section {
    blocks = List.copyOf(blocks);
  }

  /** Page margins in millimetres. */
  public record Margins(double top, double bottom, double left, double right) {
    /** NĐ 30 reference profile: top 20, bottom 20, left 30, right 15. */
    public static final Margins DEFAULT = new Margins(20, 20, 30, 15);
  }
}
