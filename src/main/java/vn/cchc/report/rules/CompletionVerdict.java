package vn.cchc.report.rules;

/** A unit's completion rate against the 90% threshold (rules §4), for Phụ lục II's Đánh giá column. */
public enum CompletionVerdict {
  /** At or above the threshold, compared on the printed (rounded) rate: exactly 90% passes. */
  MEETS_THRESHOLD("Đạt", ""),
  BELOW_THRESHOLD("Không đạt", "Không đủ điều kiện xếp loại Hoàn thành tốt nhiệm vụ trở lên"),
  /** Nothing counted (no task due and not done, none done): no rate, not rated, printed "—". */
  NOT_APPLICABLE("—", "");

  private final String label;
  private final String consequence;

  CompletionVerdict(String label, String consequence) {
    this.label = label;
    this.consequence = consequence;
  }

  /** "Đạt", "Không đạt" or "—". */
  public String label() {
    return label;
  }

  /** The consequence named by rules §4 for a unit below the threshold; "" otherwise. */
  public String consequence() {
    return consequence;
  }
}
