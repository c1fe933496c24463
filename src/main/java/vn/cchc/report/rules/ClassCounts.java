package vn.cchc.report.rules;

import java.util.Collection;

/**
 * How many assignments (per unit: Phụ lục II) or tasks (per plan: section I.1) fall in each class of
 * rules §3, and the rates of rules §4 over them. All counts ≥ 0.
 *
 * @param early A1 sớm hạn
 * @param onDueDate A2 đúng hạn
 * @param late A3 trễ hạn
 * @param doneNoDueDate A4 done, no due date
 * @param recurringInProgress B
 * @param notDoneNotOverdue C1 (not counted)
 * @param notDoneOverdue C2
 * @param recurringNotStarted C3
 * @param dropped E (not counted)
 */
public record ClassCounts(
    long early,
    long onDueDate,
    long late,
    long doneNoDueDate,
    long recurringInProgress,
    long notDoneNotOverdue,
    long notDoneOverdue,
    long recurringNotStarted,
    long dropped) {

  public static final ClassCounts EMPTY = new ClassCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  public ClassCounts {
    long[] all = {early, onDueDate, late, doneNoDueDate, recurringInProgress,
        notDoneNotOverdue, notDoneOverdue, recurringNotStarted, dropped};
    for (long count : all) {
      if (count < 0) throw new IllegalArgumentException("a count is ≥ 0, not " + count);
    }
  }

  /** Tallies classes, one per task or per (unit, task) assignment. */
  public static ClassCounts of(Collection<TaskClass> classes) {
    ClassCounts counts = EMPTY;
    for (TaskClass taskClass : classes) counts = counts.plus(taskClass);
    return counts;
  }

  /** These counts with one more of {@code taskClass}. */
  public ClassCounts plus(TaskClass taskClass) {
    return new ClassCounts(
        early + one(taskClass, TaskClass.DONE_EARLY),
        onDueDate + one(taskClass, TaskClass.DONE_ON_DUE_DATE),
        late + one(taskClass, TaskClass.DONE_LATE),
        doneNoDueDate + one(taskClass, TaskClass.DONE_NO_DUE_DATE),
        recurringInProgress + one(taskClass, TaskClass.RECURRING_IN_PROGRESS),
        notDoneNotOverdue + one(taskClass, TaskClass.NOT_DONE_NOT_OVERDUE),
        notDoneOverdue + one(taskClass, TaskClass.NOT_DONE_OVERDUE),
        recurringNotStarted + one(taskClass, TaskClass.RECURRING_NOT_STARTED),
        dropped + one(taskClass, TaskClass.DROPPED));
  }

  /** The sum, class by class: a total row. */
  public ClassCounts plus(ClassCounts other) {
    return new ClassCounts(
        early + other.early,
        onDueDate + other.onDueDate,
        late + other.late,
        doneNoDueDate + other.doneNoDueDate,
        recurringInProgress + other.recurringInProgress,
        notDoneNotOverdue + other.notDoneNotOverdue,
        notDoneOverdue + other.notDoneOverdue,
        recurringNotStarted + other.recurringNotStarted,
        dropped + other.dropped);
  }

  private static long one(TaskClass taskClass, TaskClass wanted) {
    return taskClass == wanted ? 1 : 0;
  }

  /** How many of {@code taskClass}. */
  public long count(TaskClass taskClass) {
    return switch (taskClass) {
      case DONE_EARLY -> early;
      case DONE_ON_DUE_DATE -> onDueDate;
      case DONE_LATE -> late;
      case DONE_NO_DUE_DATE -> doneNoDueDate;
      case RECURRING_IN_PROGRESS -> recurringInProgress;
      case NOT_DONE_NOT_OVERDUE -> notDoneNotOverdue;
      case NOT_DONE_OVERDUE -> notDoneOverdue;
      case RECURRING_NOT_STARTED -> recurringNotStarted;
      case DROPPED -> dropped;
    };
  }

  /** Được giao: every class, C1 and E included. */
  public long assigned() {
    return done() + recurringInProgress + notDoneNotOverdue + notDoneOverdue + recurringNotStarted + dropped;
  }

  /** A = A1 + A2 + A3 + A4. */
  public long done() {
    return early + onDueDate + late + doneNoDueDate;
  }

  /** Tính tỷ lệ = A + B + C2 + C3 (rules §4); C1 (not due yet) and E (dropped) are not counted. */
  public long counted() {
    return done() + recurringInProgress + notDoneOverdue + recurringNotStarted;
  }

  /** Tỷ lệ hoàn thành = (A + B) / counted; "—" when nothing is counted. */
  public Rate completionRate() {
    return new Rate(done() + recurringInProgress, counted());
  }

  /** Tỷ lệ đúng hạn = (A1 + A2) / (A1 + A2 + A3); A4 has no due date and is left out. */
  public Rate onTimeRate() {
    return new Rate(early + onDueDate, early + onDueDate + late);
  }

  /**
   * One counted class as a share of the counted tasks, e.g. "12 sớm hạn (30,77%)" of seed 003. With
   * the same denominator as the completion rate, A1 + A2 + A3 + A4 + B shares add up to it.
   *
   * @throws IllegalArgumentException for C1 and E, which are not counted
   */
  public Rate shareOfCounted(TaskClass taskClass) {
    if (!taskClass.isCounted()) {
      throw new IllegalArgumentException(taskClass.code() + " is not counted in rates (rules §4)");
    }
    return new Rate(count(taskClass), counted());
  }
}
