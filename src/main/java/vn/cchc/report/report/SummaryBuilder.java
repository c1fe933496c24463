package vn.cchc.report.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.report.domain.DataWindow;
import vn.cchc.report.domain.Deadline;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.Period;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.ProposalAddressee;
import vn.cchc.report.domain.StatusReport;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;
import vn.cchc.report.rules.ClassCounts;
import vn.cchc.report.rules.CompletionVerdict;
import vn.cchc.report.rules.TargetVerdict;
import vn.cchc.report.rules.DeadlineParser;
import vn.cchc.report.rules.DossierFigures;
import vn.cchc.report.rules.ProposalAddressees;
import vn.cchc.report.rules.LastYearComparison;
import vn.cchc.report.rules.Rate;
import vn.cchc.report.rules.Rates;
import vn.cchc.report.rules.TaskClass;
import vn.cchc.report.rules.TaskClassifier;
import vn.cchc.report.rules.TaskJudgement;
import vn.cchc.report.rules.Thresholds;
import vn.cchc.report.rules.UnitClassification;

/** Computes the {@link Summary} of a run from the valid inputs with the rules of §3–§6. No I/O. */
public final class SummaryBuilder {

  /** What the run is, beyond its inputs. */
  @io.soabase.recordbuilder.core.RecordBuilder
  public record Settings(
      String organisation,
      String planNumber,
      String planSymbol,
      LocalDate planIssuedOn,
      String planTitle,
      Period period,
      DataWindow window,
      String cutOffConvention,
      Period nextPeriod,
      DataWindow nextWindow,
      LocalDate runDate,
      Thresholds thresholds,
      Optional<BigDecimal> lastYearOnTime) {}

  /** The valid inputs. */
  public record Inputs(
      UnitRegistry registry,
      Plan plan,
      Map<TaskId, Deadline> deadlines,
      List<StatusReport> reports,
      Set<String> unitsWithFiles,
      Map<String, DossierCounts> dossiers) {}

  private final Inputs in;
  private final Settings settings;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, StatusReport> reports = new HashMap<>();

  private SummaryBuilder(Inputs in, Settings settings) {
    this.in = in;
    this.settings = settings;
    in.registry().units().forEach(u -> names.put(u.code(), u.name()));
    in.reports().forEach(r -> reports.put(key(r.unitCode(), r.taskId()), r));
  }

  public static Summary build(Inputs inputs, Settings settings, ValidationReport validation) {
    return new SummaryBuilder(inputs, settings).build(validation);
  }

  private Summary build(ValidationReport validation) {
    LocalDate cutOff = settings.window().cutOff();
    Map<String, List<UnitClassification>> byUnit = new LinkedHashMap<>();
    in.registry().units().forEach(u -> byUnit.put(u.code(), new ArrayList<>()));
    List<Summary.TaskLine> lines = new ArrayList<>();
    List<TaskClass> taskClasses = new ArrayList<>();
    List<Summary.OverdueItem> overdue = new ArrayList<>();
    for (Task task : in.plan().tasks()) {
      if (task.heading()) {
        lines.add(headingLine(task));
        continue;
      }
      Deadline deadline = in.deadlines().get(task.id());
      for (String unit : task.leadUnits()) {
        UnitClassification c = TaskClassifier.classify(deadline, Optional.ofNullable(reports.get(key(unit, task.id()))), cutOff);
        byUnit.get(unit).add(c);
        if (c.taskClass() == TaskClass.NOT_DONE_OVERDUE && deadline instanceof Deadline.Dated dated) {
          overdue.add(new Summary.OverdueItem(unit, name(unit), task.id().value(), task.content(), dated.dueDate(),
              VietnameseFormat.date(dated.dueDate()), ChronoUnit.DAYS.between(dated.dueDate(), cutOff), c.notReported(),
              dueDateToVerify(deadline)));
        }
      }
      if (task.leadUnits().isEmpty()) {
        lines.add(taskLine(task, deadline, null));
        continue;
      }
      Map<String, StatusReport> leadReports = new HashMap<>();
      task.leadUnits().forEach(u -> Optional.ofNullable(reports.get(key(u, task.id()))).ifPresent(r -> leadReports.put(u, r)));
      TaskJudgement judgement = TaskClassifier.judge(deadline, task.leadUnits(), leadReports, cutOff);
      taskClasses.add(judgement.taskClass());
      lines.add(taskLine(task, deadline, judgement));
    }
    List<Summary.UnitLine> units = new ArrayList<>();
    List<UnitClassification> all = new ArrayList<>();
    byUnit.forEach((unit, classes) -> {
      if (classes.isEmpty()) return;
      all.addAll(classes);
      units.add(unitLine(unit, name(unit), in.unitsWithFiles().contains(unit), classes));
    });
    List<Summary.UnitName> notReporting = units.stream().filter(u -> !u.reported()).map(u -> new Summary.UnitName(u.code(), u.name())).toList();
    return new Summary(header(), lines, taskTotals(taskClasses), units, unitLine("", "Tổng cộng", true, all), notReporting,
        overdue, remarks(StatusReport::problems, false), remarks(StatusReport::proposals, true), dueNextPeriod(lines), dossiers(),
        validation(validation), reminders(units, overdue));
  }

  /** The units to remind, in registry order: those with an overdue task or with no report for the period. */
  private static List<Summary.Reminder> reminders(List<Summary.UnitLine> units, List<Summary.OverdueItem> overdue) {
    List<Summary.Reminder> reminders = new ArrayList<>();
    for (Summary.UnitLine unit : units) {
      List<Summary.OverdueItem> items = overdue.stream().filter(o -> o.unitCode().equals(unit.code())).toList();
      if (!items.isEmpty() || !unit.reported()) reminders.add(new Summary.Reminder(unit.code(), unit.name(), !unit.reported(), items));
    }
    return reminders;
  }

  private Summary.Header header() {
    Thresholds t = settings.thresholds();
    return SummaryHeaderBuilder.builder()
        .organisation(settings.organisation())
        .planNumber(settings.planNumber())
        .planSymbol(settings.planSymbol())
        .planIssuedOn(settings.planIssuedOn())
        .planTitle(settings.planTitle())
        .period(settings.period().id())
        .periodName(settings.period().vietnameseName())
        .periodInSentence(settings.period().vietnameseNameInSentence())
        .windowFrom(settings.window().from())
        .windowTo(settings.window().to())
        .cutOff(settings.window().cutOff())
        .cutOffConvention(settings.cutOffConvention())
        .runDate(settings.runDate())
        .nextPeriod(settings.nextPeriod().id())
        .unitCompletionThreshold(t.unitCompletion())
        .dossierOnTimeTarget(t.dossierOnTimeTarget())
        .dossierTargetRate(t.targetRate().name())
        .build();
  }

  /** rules §8: a due date before the plan's issue date is printed "(cần xác minh thời hạn)" wherever the task is named overdue. */
  private boolean dueDateToVerify(Deadline deadline) {
    return DeadlineParser.dueBeforeIssue(deadline, settings.planIssuedOn()).isPresent();
  }

  /** A row's facts from the plan; the judgement's fields empty. */
  private static SummaryTaskLineBuilder planRow(Task task) {
    return SummaryTaskLineBuilder.builder()
        .id(task.id().value()).content(task.content()).area(task.area()).leadText(task.leadText()).leads(List.of())
        .partnerText(task.partnerText()).deadlineText(task.deadlineText()).deadlineKind("").dueDatePrinted("")
        .classCode("").classLabel("").status("").notDone(List.of()).notReported(List.of()).dropped(List.of())
        .evidence("").note(task.note());
  }

  private Summary.TaskLine headingLine(Task task) {
    return planRow(task).heading(true).leads(unitNames(task.leadUnits())).build();
  }

  private Summary.TaskLine taskLine(Task task, Deadline deadline, TaskJudgement judgement) {
    LocalDate due = deadline instanceof Deadline.Dated dated ? dated.dueDate() : null;
    String kind = deadline instanceof Deadline.Dated ? "DATED"
        : deadline instanceof Deadline.Recurring ? "RECURRING"
        : deadline instanceof Deadline.Open ? "OPEN"
        : "UNRESOLVED";
    SummaryTaskLineBuilder row = planRow(task).deadlineKind(kind).dueDate(due)
        .dueDatePrinted(due == null ? "" : VietnameseFormat.date(due)).dueDateToVerify(dueDateToVerify(deadline));
    if (judgement == null) return row.status("Chưa xác định được đơn vị chủ trì").build();
    TaskClass c = judgement.taskClass();
    String status = judgement.isShared() && c != TaskClass.DROPPED
        ? c.label() + " (" + VietnameseFormat.unitsDone(judgement.unitsDone(), judgement.unitsRequired()) + ")"
        : c.label();
    List<Summary.Remark> dropped = judgement.dropped().stream()
        .map(u -> new Summary.Remark(u, name(u), task.id().value(), reports.get(key(u, task.id())).note()))
        .toList();
    return row.leads(unitNames(task.leadUnits())).classCode(c.code()).classLabel(c.label())
        .overdue(c == TaskClass.NOT_DONE_OVERDUE).status(status)
        .unitsDone(judgement.unitsDone()).unitsRequired(judgement.unitsRequired())
        .notDone(unitNames(judgement.notDone())).notReported(unitNames(judgement.notReported())).dropped(dropped)
        .latestDoneOn(judgement.latestDoneOn()).evidence(evidence(task)).build();
  }

  /** The units' evidence for a task: one unit's text as is; several units' each after its name. */
  private String evidence(Task task) {
    List<String> parts = new ArrayList<>();
    for (String unit : task.leadUnits()) {
      StatusReport r = reports.get(key(unit, task.id()));
      if (r == null || r.evidence().isBlank()) continue;
      parts.add(task.leadUnits().size() == 1 ? r.evidence() : name(unit) + ": " + r.evidence());
    }
    return String.join("\n", parts);
  }

  private Summary.TaskTotals taskTotals(List<TaskClass> classes) {
    ClassCounts counts = ClassCounts.of(classes);
    return new Summary.TaskTotals(counts.assigned(), counts.counted(), figures(counts, 0), rate(counts.completionRate()),
        rate(counts.onTimeRate()), rate(counts.shareOfCounted(TaskClass.DONE_EARLY)),
        rate(counts.shareOfCounted(TaskClass.DONE_ON_DUE_DATE)), rate(counts.shareOfCounted(TaskClass.DONE_LATE)));
  }

  private Summary.UnitLine unitLine(String code, String name, boolean reported, List<UnitClassification> classes) {
    ClassCounts counts = ClassCounts.of(classes.stream().map(UnitClassification::taskClass).toList());
    long notReported = classes.stream().filter(UnitClassification::notReported).count();
    CompletionVerdict verdict = Rates.completionVerdict(counts.completionRate(), settings.thresholds());
    return SummaryUnitLineBuilder.builder()
        .code(code)
        .name(name)
        .reported(reported)
        .assigned(counts.assigned())
        .counted(counts.counted())
        .classes(figures(counts, notReported))
        .completion(rate(counts.completionRate()))
        .onTime(rate(counts.onTimeRate()))
        .verdict(verdict.label())
        .consequence(verdict.consequence())
        .meetsThreshold(verdict == CompletionVerdict.MEETS_THRESHOLD)
        .belowThreshold(verdict == CompletionVerdict.BELOW_THRESHOLD)
        .build();
  }

  private static Summary.ClassFigures figures(ClassCounts c, long notReported) {
    return new Summary.ClassFigures(c.done(), c.early(), c.onDueDate(), c.late(), c.doneNoDueDate(), c.recurringInProgress(),
        c.notDoneNotOverdue(), c.notDoneOverdue(), c.recurringNotStarted(), c.dropped(), notReported);
  }

  static Summary.RateFigure rate(Rate rate) {
    BigDecimal percent = rate.percent().orElse(null);
    return new Summary.RateFigure(rate.numerator(), rate.denominator(), percent, VietnameseFormat.percent(rate));
  }

  /** The units' texts of one kind, each once per unit; proposals with who they ask ({@link ProposalAddressees}). */
  private List<Summary.Remark> remarks(java.util.function.Function<StatusReport, String> text, boolean proposals) {
    List<Summary.Remark> remarks = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Unit unit : in.registry().units()) {
      for (StatusReport r : in.reports()) {
        String t = text.apply(r);
        if (!r.unitCode().equals(unit.code()) || t.isBlank() || !seen.add(unit.code() + "\u0000" + t)) continue;
        boolean toProvince = proposals
            && ProposalAddressees.of(t, r.proposalTo(), settings.organisation()) == ProposalAddressee.PROVINCE;
        remarks.add(new Summary.Remark(unit.code(), unit.name(), r.taskId().value(), t, toProvince));
      }
    }
    return remarks;
  }

  /** Section III: tasks not done whose due date falls in the next period's window. */
  private List<Summary.TaskRef> dueNextPeriod(List<Summary.TaskLine> lines) {
    DataWindow next = settings.nextWindow();
    return lines.stream()
        .filter(l -> !l.heading() && l.dueDate() != null && !l.classCode().startsWith("A") && !l.classCode().equals("E"))
        .filter(l -> !l.dueDate().isBefore(next.from()) && !l.dueDate().isAfter(next.to()))
        .map(l -> new Summary.TaskRef(l.id(), l.content(), l.dueDate(), l.dueDatePrinted(), l.leads()))
        .toList();
  }

  private Summary.Dossiers dossiers() {
    List<Summary.DossierLine> lines = new ArrayList<>();
    long[] sum = new long[11];
    for (Unit unit : in.registry().units()) {
      DossierCounts c = in.dossiers().get(unit.code());
      if (c == null) continue;
      lines.add(dossierLine(unit.code(), unit.name(), c));
      long[] v = {c.carried(), c.receivedOnline(), c.receivedDirect(), c.receivedPostal(), c.early(), c.onDueDate(), c.late(),
          c.pendingInTime(), c.pendingLate(), c.returnedOrZero(), 0};
      for (int i = 0; i < v.length; i++) sum[i] += v[i];
    }
    DossierCounts totalCounts = new DossierCounts("", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8],
        sum[9], null);
    Summary.DossierLine total = dossierLine("", "Tổng cộng", totalCounts);
    Rate target = DossierFigures.of(totalCounts).targetRate(settings.thresholds());
    Optional<BigDecimal> lastYear = settings.lastYearOnTime().map(p -> p.setScale(Rate.SCALE, RoundingMode.HALF_UP));
    LastYearComparison comparison = Rates.compareWithLastYear(target, lastYear);
    return new Summary.Dossiers(lines, total, lastYear.map(VietnameseFormat::percent).orElse(VietnameseFormat.NOT_APPLICABLE),
        lastYear.orElse(null), comparison.flag(), comparison.name(), comparison.words());
  }

  private Summary.DossierLine dossierLine(String code, String name, DossierCounts c) {
    DossierFigures f = DossierFigures.of(c);
    TargetVerdict verdict = Rates.targetVerdict(f, settings.thresholds());
    return new Summary.DossierLine(code, name, c.received(), c.receivedOnline(), c.receivedDirect() + c.receivedPostal(),
        c.receivedDirect(), c.receivedPostal(), f.receivedInPeriod(), c.carried(), c.resolved(), c.early(), c.onDueDate(), c.late(), c.pending(), c.pendingInTime(), c.pendingLate(),
        rate(f.r1()), rate(f.r2()), rate(f.onlineShare()), verdict.label(), verdict.name());
  }

  private static Summary.Validation validation(ValidationReport report) {
    List<Summary.ProblemLine> problems = new ArrayList<>();
    for (Problem p : report.problems()) {
      problems.add(new Summary.ProblemLine(p.severity().name(), p.code(), p.where().file(), p.where().sheet(), p.where().row(),
          p.where().column(), p.value(), p.message()));
    }
    List<Summary.FileLine> files = new ArrayList<>();
    for (FileTally t : report.tallies()) {
      files.add(new Summary.FileLine(t.file(), t.kind(), t.outcome().name(), t.read(), t.used(), t.usedWithErrors(), t.rejected(),
          t.fileProblem() != null ? t.fileProblem().message() : ""));
    }
    return new Summary.Validation(report.errorCount(), report.warningCount(), problems, files);
  }

  private List<Summary.UnitName> unitNames(List<String> codes) {
    return codes.stream().map(c -> new Summary.UnitName(c, name(c))).toList();
  }

  private String name(String code) {
    return names.getOrDefault(code, code);
  }

  private static String key(String unit, TaskId task) {
    return unit + "\u0000" + task.value();
  }
}
