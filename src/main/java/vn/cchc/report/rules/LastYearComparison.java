package vn.cchc.report.rules;

/**
 * This year's dossier on-time rate against the same period of last year (rules §4: "năm sau phải
 * cao hơn năm trước"; rules §8 for 100% both years and for unknown figures). The report prints
 * {@link #words()}; nothing downstream compares them.
 */
public enum LastYearComparison {
  HIGHER("cao hơn năm trước"),
  /** 100% this year and last year: cannot be higher, and is not flagged (rules §8). */
  MAINTAINED_AT_100("duy trì 100%"),
  /** Equal or lower, on the printed (rounded) rates. */
  NOT_HIGHER("Chưa cao hơn năm trước"),
  /** Last year's figure unknown, or no rate this year ("—"): nothing is said (rules §8). */
  NOT_KNOWN("");

  private final String words;

  LastYearComparison(String words) {
    this.words = words;
  }

  /** What the report says beside last year's rate; "" when nothing is said. */
  public String words() {
    return words;
  }

  /** The flag of rules §4: "Chưa cao hơn năm trước" when not higher, else "". */
  public String flag() {
    return isFlagged() ? words : "";
  }

  public boolean isFlagged() {
    return this == NOT_HIGHER;
  }
}
