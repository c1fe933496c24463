package vn.cchc.report.report;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of one run, computed once by the rules: the documents print from this and nothing
 * else, and it is written as tong-hop.json (key names are the component names below, documented in
 * the README). Printed forms ("30,77%", "31/01/2022") sit beside the raw values so that a test can
 * compare a document with this summary.
 */
public record Summary(
    Header header,
    List<TaskLine> tasks,
    TaskTotals byTask,
    List<UnitLine> units,
    UnitLine unitTotal,
    List<UnitName> unitsNotReporting,
    List<OverdueItem> overdue,
    List<Remark> difficulties,
    List<Remark> proposals,
    List<TaskRef> dueNextPeriod,
    Dossiers dossiers,
    Validation validation,
    List<Reminder> reminders) {

  /**
   * A công văn đôn đốc to one unit (issue #12): its overdue tasks, and whether it sent no report
   * for the period at all. One per unit that has either.
   */
  public record Reminder(String unitCode, String unitName, boolean notReporting, List<OverdueItem> overdue) {}

  /** The run: who reports on which plan, for which period and window. */
  @RecordBuilder
  public record Header(
      String organisation,
      String planNumber,
      String planSymbol,
      LocalDate planIssuedOn,
      String planTitle,
      String period,
      String periodName,
      String periodInSentence,
      LocalDate windowFrom,
      LocalDate windowTo,
      LocalDate cutOff,
      String cutOffConvention,
      LocalDate runDate,
      String nextPeriod,
      BigDecimal unitCompletionThreshold,
      BigDecimal dossierOnTimeTarget,
      String dossierTargetRate) {}

  /** An exact rate: numerator/denominator, the percent rounded half-up to 2 decimals (null when n/a) and as printed. */
  public record RateFigure(long numerator, long denominator, BigDecimal percent, String printed) {}

  /** A unit as printed. */
  public record UnitName(String code, String name) {}

  /**
   * One row of the plan, headings included (Phụ lục I).
   *
   * @param deadlineKind DATED, RECURRING, OPEN or UNRESOLVED; "" for a heading
   * @param dueDate the resolved due date, null when none
   * @param classCode A1 … E; "" for a heading or a task without lead units
   * @param status what Phụ lục I prints in Tình trạng ("Hoàn thành sớm hạn", "2/9 đơn vị hoàn thành" …)
   */
  @RecordBuilder
  public record TaskLine(
      String id,
      String content,
      boolean heading,
      String area,
      String leadText,
      List<UnitName> leads,
      String partnerText,
      String deadlineText,
      String deadlineKind,
      LocalDate dueDate,
      String dueDatePrinted,
      boolean dueDateToVerify,
      String classCode,
      String classLabel,
      boolean overdue,
      String status,
      int unitsDone,
      int unitsRequired,
      List<UnitName> notDone,
      List<UnitName> notReported,
      List<Remark> dropped,
      LocalDate latestDoneOn,
      String evidence,
      String note) {}

  /** Figures "by task" (report section I.1): tasks judged over their leads. */
  public record TaskTotals(
      long assigned,
      long counted,
      ClassFigures classes,
      RateFigure completion,
      RateFigure onTime,
      RateFigure earlyShare,
      RateFigure onDueDateShare,
      RateFigure lateShare) {}

  /** Counts by class (rules §3); notReported counts assignments flagged D (already inside C1–C3). */
  public record ClassFigures(
      long done,
      long early,
      long onDueDate,
      long late,
      long doneNoDueDate,
      long recurringInProgress,
      long notDoneNotOverdue,
      long notDoneOverdue,
      long recurringNotStarted,
      long dropped,
      long notReported) {}

  /** One unit's (unit, task) assignments (Phụ lục II, the 90% rule). */
  @RecordBuilder
  public record UnitLine(
      String code,
      String name,
      boolean reported,
      long assigned,
      long counted,
      ClassFigures classes,
      RateFigure completion,
      RateFigure onTime,
      String verdict,
      String consequence,
      boolean meetsThreshold,
      boolean belowThreshold) {}

  /** An overdue (unit, task) for đôn đốc: due before the cut-off and not done. */
  public record OverdueItem(
      String unitCode, String unitName, String taskId, String content, LocalDate dueDate, String dueDatePrinted,
      long daysOverdue, boolean notReported, boolean dueDateToVerify) {}

  /**
   * Text a unit wrote (khó khăn, đề xuất, or a reason for dropping), attributed: {@code text} as
   * typed, {@code items} as the documents print it ({@link ProseText#items}); for a proposal,
   * {@code toProvince} when it asks the province (section IV) rather than the Sở (the appendix).
   */
  public record Remark(String unitCode, String unitName, String taskId, String text, List<String> items, boolean toProvince) {
    public Remark(String unitCode, String unitName, String taskId, String text) {
      this(unitCode, unitName, taskId, text, false);
    }

    public Remark(String unitCode, String unitName, String taskId, String text, boolean toProvince) {
      this(unitCode, unitName, taskId, text, ProseText.items(text), toProvince);
    }
  }

  /** A task named in section III. */
  public record TaskRef(String id, String content, LocalDate dueDate, String dueDatePrinted, List<UnitName> leads) {}

  /** Phụ lục III: Biểu 06 per unit, the total, the target and last year. */
  public record Dossiers(
      List<DossierLine> lines,
      DossierLine total,
      String lastYearPrinted,
      BigDecimal lastYearPercent,
      String comparedWithLastYear,
      String lastYearComparison,
      String lastYearWords) {}

  /**
   * One Biểu 06 row with its rates; column numbers of the form in the names' comments.
   *
   * @param verdict the target rate against the target as printed ("Đạt", "Chưa đạt", "—")
   * @param verdictCode the same as MET, NOT_MET or NOT_APPLICABLE, for what decides by it
   */
  public record DossierLine(
      String unitCode,
      String unitName,
      long received, // (3)
      long online, // (4)
      long directAndPostal, // (5)
      long direct, // of (5): trực tiếp
      long postal, // of (5): qua bưu chính công ích
      long receivedInPeriod, // (4) + (5), the online share's denominator
      long carried, // (6)
      long resolved, // (7)
      long early, // (8)
      long onDueDate, // (9)
      long late, // (10)
      long pending, // (11)
      long pendingInTime, // (12)
      long pendingLate, // (13)
      RateFigure r1,
      RateFigure r2,
      RateFigure onlineShare,
      String verdict,
      String verdictCode) {}

  /** The validation report in short. */
  public record Validation(long errors, long warnings, List<ProblemLine> problems, List<FileLine> files) {}

  /** One problem. */
  public record ProblemLine(
      String severity, String code, String file, String sheet, int row, String column, String value, String message) {}

  /**
   * One file's reconciliation: read = used + rejected.
   *
   * @param outcome READ, FAILED (none of its rows used) or NOT_READ (not a table, a backup, a subfolder …)
   * @param usedWithErrors rows among the used ones kept although they carry an error
   * @param fileProblem why the file failed or was not read; "" when read
   */
  public record FileLine(
      String file, String kind, String outcome, int read, int used, int usedWithErrors, int rejected, String fileProblem) {}
}
