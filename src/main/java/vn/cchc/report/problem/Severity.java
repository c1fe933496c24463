package vn.cchc.report.problem;

/** How bad a problem is: an ERROR rejects the row (or the file); a WARNING keeps it and asks a person to check. */
public enum Severity {
  ERROR("Lỗi"),
  WARNING("Cảnh báo");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The Vietnamese word printed in the validation report. */
  public String label() {
    return label;
  }
}
