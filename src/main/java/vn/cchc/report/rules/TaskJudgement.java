package vn.cchc.report.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task judged over all its lead units at the cut-off (rules §3): what Phụ lục I shows in its
 * Tình trạng column, "x/y đơn vị hoàn thành" for shared tasks, and the units not done.
 * Lists are unit codes in the task's lead order.
 *
 * @param taskClass the task's class
 * @param unitsDone x: leads that reported DONE
 * @param unitsRequired y: leads not DROPPED (0 when all are DROPPED, class E)
 * @param notDone leads not DROPPED and not DONE, those that did not report included
 * @param notReported leads that sent no row for the task (a subset of {@code notDone})
 * @param dropped leads that reported DROPPED (set aside; listed with their reason)
 * @param latestDoneOn the latest completion date when the task is DONE (A1–A4); null otherwise
 */
public record TaskJudgement(
    TaskClass taskClass,
    int unitsDone,
    int unitsRequired,
    List<String> notDone,
    List<String> notReported,
    List<String> dropped,
    LocalDate latestDoneOn) {

  public TaskJudgement {
    Objects.requireNonNull(taskClass, "taskClass");
    notDone = List.copyOf(notDone);
    notReported = List.copyOf(notReported);
    dropped = List.copyOf(dropped);
    if (unitsDone < 0 || unitsDone + notDone.size() != unitsRequired) {
      throw new IllegalArgumentException(
          "units done " + unitsDone + " + not done " + notDone.size() + " ≠ units required " + unitsRequired);
    }
    if (!notDone.containsAll(notReported)) {
      throw new IllegalArgumentException("a lead that did not report is not done: " + notReported);
    }
    if (taskClass.isDone() != (latestDoneOn != null)) {
      throw new IllegalArgumentException("latestDoneOn is set exactly for a DONE task, not for " + taskClass.code());
    }
  }

  /** The latest completion date of a DONE task; empty unless A1–A4. */
  public Optional<LocalDate> findLatestDoneOn() {
    return Optional.ofNullable(latestDoneOn);
  }

  /** True when the task has several lead units, so the appendix shows "x/y đơn vị hoàn thành". */
  public boolean isShared() {
    return unitsRequired + dropped.size() > 1;
  }
}
