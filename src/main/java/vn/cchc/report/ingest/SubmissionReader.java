package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Status;
import vn.cchc.report.domain.StatusReport;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.OfficialDate;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;

/**
 * Reads the units' Báo cáo tiến độ files of one period (data-contract.md §3) and checks every row
 * against the plan (rules §3, §7). Same (unit, task) twice: identical rows merge, different rows
 * are both rejected. A file that fails partway gives nothing: its unit counts as not reported.
 */
final class SubmissionReader {

  /**
   * @param reports the accepted answers, one per (unit, task), in file order
   * @param unitsWithFiles units that sent at least one readable row (whether or not it was accepted)
   */
  public record Submissions(List<StatusReport> reports, Set<String> unitsWithFiles) {
    public Submissions {
      reports = List.copyOf(reports);
      unitsWithFiles = Set.copyOf(unitsWithFiles);
    }
  }

  /**
   * What a row check needs to know beyond the row.
   *
   * @param plan the plan; when {@code planKnown} is false (the plan could not be read) task ids are
   *     checked for their form only
   * @param units the registry; when {@code unitsKnown} is false (the registry could not be read)
   *     unit names are not checked
   * @param planIssuedOn a completion date before it draws a warning; null when not known
   * @param mapping the office's header names
   */
  /**
   * @param periodId, planLabel the run's period ("2022-Q1") and plan ("56/KH-SLĐTBXH"): a form of
   *     this program for another one is refused (blank: not checked)
   */
  public record Context(
      Plan plan, UnitResolver units, LocalDate cutOff, LocalDate today, LocalDate planIssuedOn, ColumnMapping mapping,
      boolean planKnown, boolean unitsKnown, String periodId, String planLabel) {

    public Context(Plan plan, UnitResolver units, LocalDate cutOff, LocalDate today) {
      this(plan, units, cutOff, today, null, ColumnMapping.NONE, true, true, "", "");
    }

    /** Without a period and plan to check forms against. */
    public Context(Plan plan, UnitResolver units, LocalDate cutOff, LocalDate today, LocalDate planIssuedOn, ColumnMapping mapping,
        boolean planKnown, boolean unitsKnown) {
      this(plan, units, cutOff, today, planIssuedOn, mapping, planKnown, unitsKnown, "", "");
    }
  }

  private record Candidate(StatusReport report, FileTally tally) {}

  private SubmissionReader() {}

  /**
   * @param folder the period's folder, e.g. data/bao-cao/2022-Q1
   * @param displayFolder how messages name that folder, e.g. "bao-cao/2022-Q1"
   * @param dataRoot the data folder: links may not leave it
   */
  public static Submissions read(Path folder, String displayFolder, Path dataRoot, Context context, ValidationReport report) {
    List<Candidate> candidates = new ArrayList<>();
    Set<String> unitsWithFiles = new LinkedHashSet<>();
    for (InputFolder.Entry entry : InputFolder.list(folder, displayFolder, dataRoot, report)) {
      if (!entry.toRead(InputKind.SUBMISSION.id(), report)) continue;
      FileReport file = report.open(entry.display(), InputKind.SUBMISSION.id());
      FileUnit fileUnit = new FileUnit(entry.file(), context.units());
      List<Candidate> fromFile = new ArrayList<>();
      Set<String> unitsOfFile = new LinkedHashSet<>();
      TableParser.read(entry.file(), entry.display(), List.of(InputKind.SUBMISSION), context.mapping(), file, (row, f) -> {
        Optional<StatusReport> accepted = check(row, fileUnit, context, f, unitsOfFile);
        if (accepted.isPresent()) fromFile.add(new Candidate(accepted.get(), f.tally()));
        else f.tally().countRejected();
      }, stamp -> fileUnit.stamped(stamp, entry.display(), context));
      if (!file.failed()) {
        fileUnit.reportFailure(entry.display(), file);
        candidates.addAll(fromFile);
        unitsWithFiles.addAll(unitsOfFile);
      }
      report.commit(file);
    }
    return new Submissions(consolidate(candidates, context.units(), report), unitsWithFiles);
  }

  private static Optional<StatusReport> check(
      MappedRow row, FileUnit fileUnit, Context context, FileReport file, Set<String> unitsWithFiles) {
    Optional<String> unit = unit(row, fileUnit, context, file);
    if (unit.isEmpty()) return Optional.empty();
    unitsWithFiles.add(unit.get());
    List<Problem> problems = new ArrayList<>();
    Optional<TaskId> id = taskId(row, problems);
    Optional<Task> task = id.isEmpty() || !context.planKnown() ? Optional.empty() : task(row, id.get(), context.plan(), problems);
    Optional<Status> status = StatusWords.parse(row.get("status"));
    if (status.isEmpty()) problems.add(Messages.unknownStatus(row.at("status"), row.get("status")));
    LocalDate doneOn = doneOn(row, status.orElse(null), context, problems);
    if (status.orElse(null) == Status.DROPPED && row.get("note").isBlank()) {
      problems.add(Messages.droppedWithoutReason(row.at("note")));
    }
    if (task.isPresent() && context.unitsKnown() && !task.get().isLead(unit.get())) {
      List<String> leads = task.get().leadUnits().stream().map(context.units()::displayName).toList();
      problems.add(Messages.notAssigned(row.at("task"), context.units().displayName(unit.get()), task.get().id().value(), leads));
    }
    String proposalTo = row.get("proposal_to");
    if (!proposalTo.isBlank() && vn.cchc.report.domain.ProposalAddressee.fromColumn(proposalTo).isEmpty()) {
      problems.add(Messages.unknownProposalAddressee(row.at("proposal_to"), proposalTo));
    }
    problems.forEach(file::add);
    if (problems.stream().anyMatch(Problem::isError) || task.isEmpty() || status.isEmpty()) return Optional.empty();
    return Optional.of(new StatusReport(unit.get(), task.get().id(), status.get(), doneOn, row.get("evidence"),
        row.get("problems"), row.get("proposals"), proposalTo, row.get("note"), row.location()));
  }

  private static Optional<String> unit(MappedRow row, FileUnit fileUnit, Context context, FileReport file) {
    String text = row.get("unit");
    if (!context.unitsKnown()) return Optional.of(text.isEmpty() ? fileUnit.stem : text); // checked once the registry reads
    if (text.isEmpty()) return fileUnit.code();
    Optional<UnitResolver.Ref> ref = context.units().resolve(text);
    Optional<Problem> problem = context.units().unitProblem(ref, text, row.at("unit"));
    if (problem.isPresent()) {
      file.add(problem.get());
      return Optional.empty();
    }
    return Optional.of(ref.get().code());
  }

  private static Optional<TaskId> taskId(MappedRow row, List<Problem> problems) {
    String text = PlanReader.withoutTrailingDots(row.get("task").strip());
    if (TaskId.isValid(text)) return Optional.of(new TaskId(text));
    problems.add(text.isEmpty() ? Messages.requiredValue(row.at("task"), "STT nhiệm vụ") : Messages.unknownTask(row.at("task"), text, List.of()));
    return Optional.empty();
  }

  private static Optional<Task> task(MappedRow row, TaskId id, Plan plan, List<Problem> problems) {
    Optional<Task> task = plan.find(id);
    if (task.isEmpty()) {
      problems.add(Messages.unknownTask(row.at("task"), id.value(), closestTasks(plan, id)));
      return Optional.empty();
    }
    if (task.get().heading()) {
      List<String> children = plan.tasks().stream().filter(t -> t.id().isDescendantOf(id) && !t.heading()).map(t -> t.id().value()).toList();
      problems.add(Messages.headingNotTask(row.at("task"), id.value(), children));
      return Optional.empty();
    }
    return task;
  }

  /** The tasks whose ids read closest, siblings breaking ties by order. */
  private static List<String> closestTasks(Plan plan, TaskId id) {
    return plan.reportable().stream()
        .map(t -> t.id().value())
        .sorted(Comparator.comparingInt((String v) -> Levenshtein.distance(v, id.value())).thenComparing(v -> v))
        .limit(3)
        .toList();
  }

  private static LocalDate doneOn(MappedRow row, Status status, Context context, List<Problem> problems) {
    String text = row.get("done_on");
    if (text.isEmpty()) {
      if (status == Status.DONE) problems.add(Messages.doneWithoutDate(row.at("done_on")));
      return null;
    }
    Optional<LocalDate> date = CellValues.date(text);
    if (date.isEmpty()) {
      problems.add(Messages.badDate(row.at("done_on"), text));
      return null;
    }
    if (status != null && status != Status.DONE) {
      problems.add(Messages.dateWithoutDone(row.at("done_on"), text, row.get("status")));
      return null;
    }
    String shown = OfficialDate.of(date.get());
    if (date.get().isBefore(PlausibleDates.EARLIEST)) {
      problems.add(Messages.implausiblyEarlyDate(row.at("done_on"), text, shown));
    } else if (date.get().isAfter(context.today())) {
      problems.add(Messages.doneInFuture(row.at("done_on"), shown, OfficialDate.of(context.today())));
    } else if (date.get().isAfter(context.cutOff())) {
      problems.add(Messages.doneAfterCutOff(row.at("done_on"), shown, OfficialDate.of(context.cutOff())));
    } else if (context.planIssuedOn() != null && date.get().isBefore(context.planIssuedOn())) {
      problems.add(Messages.doneBeforePlan(row.at("done_on"), shown, OfficialDate.of(context.planIssuedOn())));
    }
    return date.get();
  }

  /** rules §7: identical answers merge; different answers to one (unit, task) are all rejected. */
  private static List<StatusReport> consolidate(List<Candidate> candidates, UnitResolver units, ValidationReport report) {
    Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
    for (Candidate c : candidates) byKey.computeIfAbsent(c.report().unitCode() + "\u0000" + c.report().taskId(), k -> new ArrayList<>()).add(c);
    List<StatusReport> accepted = new ArrayList<>();
    for (List<Candidate> group : byKey.values()) {
      StatusReport first = group.get(0).report();
      boolean conflict = group.stream().anyMatch(c -> !c.report().sameAnswerAs(first));
      if (!conflict) {
        accepted.add(first);
        group.forEach(c -> c.tally().countUsed());
        continue;
      }
      for (Candidate c : group) {
        Candidate other = group.stream().filter(o -> o != c && !o.report().sameAnswerAs(c.report())).findFirst().orElseThrow();
        report.add(Messages.conflictingDuplicate(c.report().row(), units.displayName(c.report().unitCode()),
            c.report().taskId().value(), other.report().row()));
        c.tally().countRejected();
      }
    }
    return accepted;
  }

  /** The unit a file without a unit column belongs to: its name without extension. Resolved once, failure reported once. */
  private static final class FileUnit {
    private final String stem;
    private final UnitResolver units;
    private Optional<String> code;
    private boolean needed;

    FileUnit(Path file, UnitResolver units) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      this.stem = dot > 0 ? name.substring(0, dot) : name;
      this.units = units;
    }

    Optional<String> code() {
      needed = true;
      if (code == null) code = units.resolve(stem).filter(r -> !r.group()).map(UnitResolver.Ref::code);
      return code;
    }

    /**
     * A form of this program (issue #12): its unit is the one it was made for, whatever the file is
     * called; a form of another period or plan, or for a unit not in the registry, is refused whole.
     */
    void stamped(vn.cchc.report.domain.FormStamp stamp, String display, Context context) {
      if (!context.periodId().isEmpty() && !stamp.periodId().equals(context.periodId())) {
        throw new UncheckedInputException(new vn.cchc.report.problem.InputException(
            Messages.formOfAnotherPeriod(display, stamp.periodId(), context.periodId())));
      }
      if (!context.planLabel().isEmpty() && !stamp.plan().equals(context.planLabel())) {
        throw new UncheckedInputException(new vn.cchc.report.problem.InputException(
            Messages.formOfAnotherPlan(display, stamp.plan(), context.planLabel())));
      }
      Optional<String> unit = units.resolve(stamp.unitCode()).filter(r -> !r.group()).map(UnitResolver.Ref::code);
      if (unit.isEmpty()) {
        throw new UncheckedInputException(new vn.cchc.report.problem.InputException(
            Messages.formOfUnknownUnit(display, stamp.unitCode())));
      }
      code = unit;
    }

    void reportFailure(String display, FileReport file) {
      if (needed && code.isEmpty()) file.add(Messages.unitFromFileName(display, stem, units.closest(stem, 3)));
    }
  }
}
