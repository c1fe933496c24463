package vn.cchc.report.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one lead unit stands on one task at the cut-off (rules §3).
 *
 * @param taskClass the class; for a unit that did not report, C1, C2 or C3 as if NOT_STARTED
 * @param notReported true when the unit sent no row for the task (rules §3 "D"): it is listed by name
 */
public record UnitClassification(TaskClass taskClass, boolean notReported) {

  /** Code of the "not reported" flag, as in the table of rules §3. */
  public static final String NOT_REPORTED_CODE = "D";

  /** Label of the "not reported" flag, as in the table of rules §3. */
  public static final String NOT_REPORTED_LABEL = "Đơn vị chưa báo cáo";

  private static final Set<TaskClass> AS_NOT_STARTED =
      EnumSet.of(TaskClass.NOT_DONE_NOT_OVERDUE, TaskClass.NOT_DONE_OVERDUE, TaskClass.RECURRING_NOT_STARTED);

  public UnitClassification {
    Objects.requireNonNull(taskClass, "taskClass");
    if (notReported && !AS_NOT_STARTED.contains(taskClass)) {
      throw new IllegalArgumentException("a unit that did not report is C1, C2 or C3, not " + taskClass.code());
    }
  }
}
