package vn.cchc.report.rules;

/** The dossier on-time rate against the 98% target (rules §4). */
public enum TargetVerdict {
  /** At or above the target, compared on the printed (rounded) rate: 97,996% prints 98% and is Đạt. */
  MET("Đạt"),
  NOT_MET("Chưa đạt"),
  /** No dossier in the rate's denominator: printed "—". */
  NOT_APPLICABLE("—");

  private final String label;

  TargetVerdict(String label) {
    this.label = label;
  }

  /** "Đạt", "Chưa đạt" or "—". */
  public String label() {
    return label;
  }
}
