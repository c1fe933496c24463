package vn.cchc.report.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.report.domain.Deadline;
import vn.cchc.report.domain.Status;
import vn.cchc.report.domain.StatusReport;

/**
 * Classifies tasks at the cut-off C (rules §3): one (unit, task), or one task over all its lead units.
 *
 * <p>Assumes validated input: a DONE report carries its completion date d, and d ≤ C. A date after C
 * (or after the run day) is a row error rejected before classification (rules §3), so it is not
 * checked here. Unresolved deadlines ("không xác định được thời hạn") count like OPEN (rules §2).
 */
public final class TaskClassifier {
  private TaskClassifier() {}

  /**
   * Classifies one lead unit on one task.
   *
   * @param report the unit's answer for the task; empty when it did not report (rules §3 "D"): the unit
   *     is then classified as if NOT_STARTED and flagged
   * @param cutOff C, the last day whose facts the report counts
   */
  public static UnitClassification classify(Deadline deadline, Optional<StatusReport> report, LocalDate cutOff) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(cutOff, "cutOff");
    return report
        .map(r -> new UnitClassification(classify(deadline, r.status(), doneOnOf(r), cutOff), false))
        .orElseGet(() -> new UnitClassification(classify(deadline, Status.NOT_STARTED, null, cutOff), true));
  }

  /**
   * Judges one task over its lead units, as the multi-lead bullet of rules §3 says. Works for a single
   * lead too, with the same class as {@link #classify}.
   *
   * @param leadUnits unit codes of the task's lead units (groups expanded); a code listed twice counts once
   * @param reportsByUnit the leads' answers for this task by unit code; a lead absent here did not report
   *     and counts as NOT_STARTED; answers of units that are not leads are ignored (rules §7 rejects them)
   * @param cutOff C, the last day whose facts the report counts
   * @throws IllegalArgumentException when there is no lead unit, or a report is filed under another unit's code
   */
  public static TaskJudgement judge(
      Deadline deadline, List<String> leadUnits, Map<String, StatusReport> reportsByUnit, LocalDate cutOff) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(cutOff, "cutOff");
    LeadTally tally = new LeadTally();
    for (String lead : distinctLeads(leadUnits)) {
      tally.add(lead, reportOf(lead, reportsByUnit));
    }
    return tally.judge(deadline, cutOff);
  }

  /** The class for one status; {@code doneOn} is read only when DONE. */
  static TaskClass classify(Deadline deadline, Status status, LocalDate doneOn, LocalDate cutOff) {
    return switch (status) {
      case DROPPED -> TaskClass.DROPPED;
      case DONE -> done(deadline, doneOn);
      case IN_PROGRESS -> notDone(deadline, true, cutOff);
      case NOT_STARTED -> notDone(deadline, false, cutOff);
    };
  }

  private static TaskClass done(Deadline deadline, LocalDate doneOn) {
    if (!(deadline instanceof Deadline.Dated dated)) {
      return TaskClass.DONE_NO_DUE_DATE; // A4: RECURRING done for the period, OPEN, unresolved
    }
    // rules §3: sớm / đúng / trễ hạn as for dossiers; done on the due date itself is đúng hạn
    int compared = doneOn.compareTo(dated.dueDate());
    if (compared < 0) return TaskClass.DONE_EARLY;
    return compared == 0 ? TaskClass.DONE_ON_DUE_DATE : TaskClass.DONE_LATE;
  }

  private static TaskClass notDone(Deadline deadline, boolean inProgress, LocalDate cutOff) {
    if (deadline instanceof Deadline.Dated dated) {
      // rules §3: C2 when h < C; a task due on the cut-off day itself is still trong hạn
      return dated.dueDate().isBefore(cutOff) ? TaskClass.NOT_DONE_OVERDUE : TaskClass.NOT_DONE_NOT_OVERDUE;
    }
    if (deadline instanceof Deadline.Recurring) {
      return inProgress ? TaskClass.RECURRING_IN_PROGRESS : TaskClass.RECURRING_NOT_STARTED;
    }
    return TaskClass.NOT_DONE_NOT_OVERDUE; // OPEN, and Unresolved counted like OPEN (rules §2)
  }

  private static LocalDate doneOnOf(StatusReport report) {
    if (report.status() == Status.DONE && report.doneOn() == null) {
      // rules §3: DONE needs d; ingest rejects such a row, so reaching here is a bug
      throw new IllegalArgumentException(
          "DONE without a completion date: unit " + report.unitCode() + ", task " + report.taskId());
    }
    return report.doneOn();
  }

  private static List<String> distinctLeads(List<String> leadUnits) {
    List<String> leads = List.copyOf(new LinkedHashSet<>(leadUnits));
    if (leads.isEmpty()) throw new IllegalArgumentException("a task needs at least one lead unit");
    return leads;
  }

  private static StatusReport reportOf(String lead, Map<String, StatusReport> reportsByUnit) {
    StatusReport report = reportsByUnit.get(lead);
    if (report != null && !report.unitCode().equals(lead)) {
      throw new IllegalArgumentException("report of unit " + report.unitCode() + " filed under " + lead);
    }
    return report;
  }

  /** The leads' answers gathered in lead order, then judged. */
  private static final class LeadTally {
    private final List<String> notDone = new ArrayList<>();
    private final List<String> notReported = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private int done;
    private boolean anyNotStarted;
    private LocalDate latestDoneOn;

    /** @param report null when the lead did not report: it counts as NOT_STARTED (rules §3) */
    void add(String lead, StatusReport report) {
      if (report == null) notReported.add(lead);
      Status status = report == null ? Status.NOT_STARTED : report.status();
      switch (status) {
        case DROPPED -> dropped.add(lead);
        case DONE -> addDone(doneOnOf(report));
        case IN_PROGRESS -> notDone.add(lead);
        case NOT_STARTED -> {
          notDone.add(lead);
          anyNotStarted = true;
        }
      }
    }

    private void addDone(LocalDate doneOn) {
      done++;
      if (latestDoneOn == null || doneOn.isAfter(latestDoneOn)) latestDoneOn = doneOn;
    }

    TaskJudgement judge(Deadline deadline, LocalDate cutOff) {
      TaskClass taskClass = taskClass(deadline, cutOff);
      LocalDate doneOn = taskClass.isDone() ? latestDoneOn : null;
      return new TaskJudgement(taskClass, done, done + notDone.size(), notDone, notReported, dropped, doneOn);
    }

    // rules §3: DROPPED leads set aside (all DROPPED → E); all others DONE → DONE on the latest date;
    // else a RECURRING task is B when every lead is DONE or IN_PROGRESS, else C3; DATED C1/C2; OPEN C1
    private TaskClass taskClass(Deadline deadline, LocalDate cutOff) {
      if (done == 0 && notDone.isEmpty()) return TaskClass.DROPPED;
      if (notDone.isEmpty()) return classify(deadline, Status.DONE, latestDoneOn, cutOff);
      Status weakest = anyNotStarted ? Status.NOT_STARTED : Status.IN_PROGRESS;
      return classify(deadline, weakest, null, cutOff);
    }
  }
}
