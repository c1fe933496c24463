package vn.cchc.report.report.doc;

import vn.cchc.report.report.doc.Block.Align;
import vn.cchc.report.report.doc.Block.Style;

/** The NĐ 30/2020 reference profile (document-format.md §1.11) as paragraph styles. Sizes in points. */
public final class Styles {
  private Styles() {}

  /** Body text: 14 pt, justified, first line 1.27 cm, 6 pt before, 1.15 lines. */
  public static final Style BODY = new Style(Align.JUSTIFY, 14, 1.27, 6, 0, 1.15, false);
  /** "I. KẾT QUẢ …", "1. …" headings: as the body, kept with the next paragraph. */
  public static final Style HEADING = BODY.keptWithNext();
  /** Header block lines: single spacing, centred, no indent. */
  public static final Style HEADER_LINE = new Style(Align.CENTER, 13, 0, 0, 0, 1.0, false);
  /** BÁO CÁO, trích yếu: 14 pt centred. */
  public static final Style TITLE = new Style(Align.CENTER, 14, 0, 0, 0, 1.0, true);
  /** Kính gửi: 14 pt. */
  public static final Style KINH_GUI = new Style(Align.LEFT, 14, 0, 6, 0, 1.0, false);
  /** "Nơi nhận:" 12 pt and its items 11 pt, flush left. */
  public static final Style RECIPIENTS = new Style(Align.LEFT, 11, 0, 0, 0, 1.0, true);
  /** The signature block: 14 pt centred in its column. */
  public static final Style SIGNATURE = new Style(Align.CENTER, 14, 0, 0, 0, 1.0, true);
  /** Appendix heading, title and reference line: centred 14 pt. */
  public static final Style APPENDIX_TITLE = new Style(Align.CENTER, 14, 0, 0, 0, 1.0, true);
  /** A right-aligned line above a table ("Đơn vị tính: …"), 3 pt above the table; the line above brings the space before it. */
  public static final Style UNIT_LINE = new Style(Align.RIGHT, 12, 0, 0, 3, 1.0, true);
}
