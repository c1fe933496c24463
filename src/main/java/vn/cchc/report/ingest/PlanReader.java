package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/**
 * Reads a plan's task table (data-contract.md §2): ids with their hierarchy, lead units resolved
 * and groups expanded, a heading's lead and deadline inherited by children that leave them empty.
 * A Roman-numbered row ("I", "II.") is a CCHC-area heading: tasks under it take it as their area.
 *
 * <p>Real plans print their tables their own way (issue #8): a table without a deadline column
 * (seed 003) is one warning, its tasks taking the office's default deadline if it has one; a table
 * without a lead column (seed 001 prints one table per agency) takes its leads from the office's
 * default, else from a sheet named after a unit, else it cannot be used.
 */
final class PlanReader {
  private static final Pattern ROMAN = Pattern.compile("(?i)[IVX]{1,5}");
  private static final int MAX_UNKNOWN_PARTS = 3;
  private static final Pattern ANY_NAME = Pattern.compile("[\\p{L}\\p{N}]");

  /**
   * How to read the plan beyond its own cells.
   *
   * @param mapping the office's header names
   * @param defaultLead leads of tasks in a table without a lead column ("" when none)
   * @param defaultDeadline deadline of tasks that have none ("" when none)
   * @param unitsKnown false when the registry could not be read: lead cells are kept unresolved
   */
  public record Options(ColumnMapping mapping, String defaultLead, String defaultDeadline, boolean unitsKnown) {
    public static final Options DEFAULT = new Options(ColumnMapping.NONE, "", "", true);
  }

  private PlanReader() {}

  private record Row(
      TaskId id, String content, String lead, String partners, String output, String deadline, LocalDate due,
      String area, String note, MappedRow source, boolean hasError) {}

  public static Plan read(Path file, String displayName, UnitResolver units, ValidationReport report) {
    return read(file, displayName, units, Options.DEFAULT, report);
  }

  /** The plan; empty when the file cannot be used (the reason is in the report). */
  public static Plan read(Path file, String displayName, UnitResolver units, Options options, ValidationReport report) {
    FileReport planFile = report.open(displayName, InputKind.PLAN.id());
    Map<TaskId, Row> rows = new LinkedHashMap<>();
    String[] currentArea = {""};
    Map<String, String> sheetLeads = new HashMap<>();
    Set<String> sheetsWithoutDeadline = new HashSet<>();
    TableParser.read(file, displayName, List.of(InputKind.PLAN), options.mapping(), planFile, (row, f) -> {
      String idText = withoutTrailingDots(row.get("id").strip());
      if (ROMAN.matcher(idText).matches()) {
        currentArea[0] = row.get("content");
        f.tally().countUsed();
        return;
      }
      if (!TaskId.isValid(idText)) {
        if (idText.isEmpty() && row.get("content").isEmpty()) f.add(Messages.requiredValue(row.at("id"), "STT"));
        else f.add(Messages.badTaskId(row.at("id"), idText));
        f.tally().countRejected();
        return;
      }
      TaskId id = new TaskId(idText);
      Row previous = rows.get(id);
      if (previous != null) {
        f.add(Messages.duplicateTaskId(row.at("id"), idText, previous.source().at("id")));
        f.tally().countRejected();
        return;
      }
      LocalDate due = null;
      List<Problem> dueProblems = new ArrayList<>();
      if (!row.get("due").isEmpty()) {
        Optional<LocalDate> parsed = PlausibleDates.read(row, "due", null, true, dueProblems);
        dueProblems.forEach(f::add);
        if (parsed.isPresent()) due = parsed.get();
      }
      String lead = row.has("lead") ? row.get("lead") : sheetLead(row, options, units, sheetLeads, f);
      if (!row.has("deadline") && sheetsWithoutDeadline.add(String.valueOf(row.location().sheet()))) {
        f.add(Messages.noDeadlineColumn(new SourceLocation(displayName, row.location().sheet(), 0, null), options.defaultDeadline()));
      }
      String area = row.get("area").isEmpty() ? currentArea[0] : row.get("area");
      rows.put(id, new Row(id, row.get("content"), lead, row.get("partners"), row.get("output"), row.get("deadline"), due, area,
          row.get("note"), row, !dueProblems.isEmpty()));
      f.tally().countUsed();
    });
    if (planFile.failed()) {
      report.commit(planFile);
      return new Plan(List.of());
    }
    Plan plan = new Plan(build(rows, units, options, planFile));
    report.commit(planFile);
    return plan;
  }

  /**
   * The leads of a row in a table without a lead column: the office's default, else the sheet's
   * name when it names units. Neither fails the file: nobody would be asked to report its tasks.
   */
  private static String sheetLead(MappedRow row, Options options, UnitResolver units, Map<String, String> sheetLeads, FileReport file) {
    if (!options.defaultLead().isBlank()) return options.defaultLead();
    String sheet = row.location().sheet();
    String known = sheetLeads.get(String.valueOf(sheet));
    if (known != null) return known;
    UnitResolver.Resolution named = sheet == null || !options.unitsKnown() ? null : units.resolveList(sheet);
    if (named == null || named.refs().isEmpty() || !named.unknownParts().isEmpty()) {
      throw new UncheckedInputException(new vn.cchc.report.problem.InputException(Messages.noLeadColumn(file.file(), sheet)));
    }
    file.add(Messages.leadFromSheetName(new SourceLocation(file.file(), sheet, 0, null), sheet));
    sheetLeads.put(sheet, sheet);
    return sheet;
  }

  private static List<Task> build(Map<TaskId, Row> rows, UnitResolver units, Options options, FileReport file) {
    Set<TaskId> headings = new HashSet<>();
    for (TaskId id : rows.keySet()) {
      for (TaskId parent = id.parent(); parent != null; parent = parent.parent()) headings.add(parent);
    }
    List<Task> tasks = new ArrayList<>();
    for (Row row : rows.values()) {
      boolean isHeading = headings.contains(row.id());
      String lead = inherited(row, rows, Row::lead);
      String deadline = inherited(row, rows, Row::deadline);
      LocalDate due = row.due() != null ? row.due() : inheritedDue(row, rows);
      boolean ownLead = !row.lead().isBlank();
      List<Problem> problems = new ArrayList<>();
      // An inherited cell was checked on its heading's row: report unknown names once, where written.
      List<String> leadUnits = resolve(lead, row.source(), "lead", units, options, ownLead ? problems : null);
      List<String> partnerUnits = resolve(row.partners(), row.source(), "partners", units, options, problems);
      if (!isHeading) {
        if (lead.isBlank()) problems.add(Messages.noLeadUnit(row.source().at("lead"), row.id().value()));
        if (deadline.isBlank() && due == null) {
          if (!options.defaultDeadline().isBlank()) deadline = options.defaultDeadline();
          else if (row.source().has("deadline")) problems.add(Messages.noDeadline(row.source().at("deadline"), row.id().value()));
        }
      }
      problems.forEach(file::add);
      // rules §7: a task kept although its row has an error shows so in the reconciliation.
      if (row.hasError() || problems.stream().anyMatch(Problem::isError)) file.tally().markUsedWithError();
      SourceLocation where = row.source().at("deadline");
      tasks.add(new Task(row.id(), row.content(), isHeading, lead, leadUnits, row.partners(), partnerUnits, row.output(),
          deadline, due, row.area(), row.note(), where));
    }
    return tasks;
  }

  private static List<String> resolve(
      String cell, MappedRow row, String field, UnitResolver units, Options options, List<Problem> problems) {
    if (cell.isBlank() || !options.unitsKnown()) return List.of();
    if (!ANY_NAME.matcher(cell).find()) {
      if (problems != null) problems.add(Messages.emptyUnitList(row.at(field), cell));
      return List.of();
    }
    UnitResolver.Resolution resolution = units.resolveList(cell);
    List<String> unknown = resolution.unknownParts().stream().distinct().toList();
    if (problems != null && unknown.size() > MAX_UNKNOWN_PARTS) {
      // A cell of many parts that name nothing is not a list of units: one message, not thousands.
      problems.add(Messages.manyUnknownUnits(row.at(field), unknown.subList(0, MAX_UNKNOWN_PARTS), unknown.size()));
    } else if (problems != null) {
      for (String part : unknown) problems.add(Messages.unknownUnit(row.at(field), part, units.closest(part, 3)));
    }
    return resolution.unitCodes();
  }

  /** "2.1." → "2.1": the dots a typist ends an STT with (a loop, not a regex: a cell may be 30,000 dots). */
  static String withoutTrailingDots(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '.') end--;
    return text.substring(0, end);
  }

  /** The row's own value, else the nearest heading's above it (data-contract.md §2). */
  private static String inherited(Row row, Map<TaskId, Row> rows, Function<Row, String> field) {
    for (TaskId id = row.id(); id != null; id = id.parent()) {
      Row r = rows.get(id);
      if (r != null && !field.apply(r).isBlank()) return field.apply(r);
    }
    return "";
  }

  private static LocalDate inheritedDue(Row row, Map<TaskId, Row> rows) {
    for (TaskId id = row.id().parent(); id != null; id = id.parent()) {
      Row r = rows.get(id);
      if (r != null && r.due() != null) return r.due();
    }
    return null;
  }
}
