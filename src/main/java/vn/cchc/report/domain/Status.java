package vn.cchc.report.domain;

/** What a unit reports about one task (rules §3). */
public enum Status {
  DONE("Hoàn thành"),
  IN_PROGRESS("Đang thực hiện"),
  NOT_STARTED("Chưa thực hiện"),
  DROPPED("Không thực hiện");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The canonical Vietnamese word. */
  public String label() {
    return label;
  }
}
