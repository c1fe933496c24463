package vn.cchc.report.rules;

/** This year's dossier on-time rate against the same period of last year (rules §4: "năm sau phải cao hơn năm trước"). */
public enum LastYearComparison {
  HIGHER(""),
  /** Equal or lower, on the printed (rounded) rates. */
  NOT_HIGHER("Chưa cao hơn năm trước"),
  /** Last year's figure unknown, or no rate this year: no flag. */
  NOT_KNOWN("");

  private final String flag;

  LastYearComparison(String flag) {
    this.flag = flag;
  }

  /** The flag printed beside the rate: "Chưa cao hơn năm trước", or "" when nothing is flagged. */
  public String flag() {
    return flag;
  }

  public boolean isFlagged() {
    return this == NOT_HIGHER;
  }
}
