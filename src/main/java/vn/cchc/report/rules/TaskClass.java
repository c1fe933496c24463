package vn.cchc.report.rules;

/**
 * The class of a (task, unit) at the cut-off, or of a task judged over all its lead units (rules §3).
 * Each constant carries the code and the label printed in reports. "D" (đơn vị chưa báo cáo) is not a
 * class: such a unit is classified C1, C2 or C3 as if NOT_STARTED and flagged (see {@link UnitClassification}).
 */
public enum TaskClass {
  DONE_EARLY("A1", "Hoàn thành sớm hạn"),
  DONE_ON_DUE_DATE("A2", "Hoàn thành đúng hạn"),
  DONE_LATE("A3", "Hoàn thành trễ hạn"),
  /** DONE on a task without a due date: RECURRING done for the period, OPEN, or unresolved. */
  DONE_NO_DUE_DATE("A4", "Hoàn thành"),
  RECURRING_IN_PROGRESS("B", "Đang thực hiện thường xuyên"),
  /** Not DONE and not overdue: DATED with due date ≥ cut-off, or OPEN. Not counted in rates. */
  NOT_DONE_NOT_OVERDUE("C1", "Chưa hoàn thành, trong hạn"),
  NOT_DONE_OVERDUE("C2", "Chưa hoàn thành, quá hạn"),
  RECURRING_NOT_STARTED("C3", "Chưa triển khai (nhiệm vụ thường xuyên)"),
  /** Excluded from every rate, listed with its reason. */
  DROPPED("E", "Không thực hiện");

  private final String code;
  private final String label;

  TaskClass(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The rule code: "A1" … "E". */
  public String code() {
    return code;
  }

  /** The Vietnamese label printed in the Tình trạng column and the body. */
  public String label() {
    return label;
  }

  /** A1–A4. */
  public boolean isDone() {
    return this == DONE_EARLY || this == DONE_ON_DUE_DATE || this == DONE_LATE || this == DONE_NO_DUE_DATE;
  }

  /** In the completion denominator: A + B + C2 + C3 (rules §4); C1 and E are not counted. */
  public boolean isCounted() {
    return this != NOT_DONE_NOT_OVERDUE && this != DROPPED;
  }

  /** In the completion numerator: A + B (rules §4). */
  public boolean isCompleted() {
    return isDone() || this == RECURRING_IN_PROGRESS;
  }
}
