package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/**
 * Reads a plan's task table (data-contract.md §2): ids with their hierarchy, lead units resolved
 * and groups expanded, a heading's lead and deadline inherited by children that leave them empty.
 * A Roman-numbered row ("I", "II.") is a CCHC-area heading: tasks under it take it as their area.
 */
public final class PlanReader {
  private static final Pattern ROMAN = Pattern.compile("(?i)[IVX]{1,5}");
  private static final Pattern TRAILING_DOT = Pattern.compile("\\.+$");

  private PlanReader() {}

  private record Row(
      TaskId id, String content, String lead, String partners, String output, String deadline, LocalDate due,
      String area, String note, MappedRow source) {}

  public static Plan read(Path file, String displayName, UnitResolver units, ValidationReport report) {
    Map<TaskId, Row> rows = new LinkedHashMap<>();
    String[] currentArea = {""};
    TableParser.read(file, displayName, List.of(InputKind.PLAN), report, (row, tally) -> {
      String idText = TRAILING_DOT.matcher(row.get("id").strip()).replaceAll("");
      if (ROMAN.matcher(idText).matches()) {
        currentArea[0] = row.get("content");
        tally.countUsed();
        return;
      }
      if (!TaskId.isValid(idText)) {
        if (idText.isEmpty() && row.get("content").isEmpty()) report.add(Messages.requiredValue(row.at("id"), "STT"));
        else report.add(Messages.badTaskId(row.at("id"), idText));
        tally.countRejected();
        return;
      }
      TaskId id = new TaskId(idText);
      Row previous = rows.get(id);
      if (previous != null) {
        report.add(Messages.duplicateTaskId(row.at("id"), idText, previous.source().at("id")));
        tally.countRejected();
        return;
      }
      LocalDate due = null;
      if (!row.get("due").isEmpty()) {
        Optional<LocalDate> parsed = CellValues.date(row.get("due"));
        if (parsed.isPresent()) due = parsed.get();
        else report.add(Messages.badDate(row.at("due"), row.get("due")));
      }
      String area = row.get("area").isEmpty() ? currentArea[0] : row.get("area");
      rows.put(id, new Row(id, row.get("content"), row.get("lead"), row.get("partners"), row.get("output"),
          row.get("deadline"), due, area, row.get("note"), row));
      tally.countUsed();
    });
    return new Plan(build(rows, units, report));
  }

  private static List<Task> build(Map<TaskId, Row> rows, UnitResolver units, ValidationReport report) {
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
      // An inherited cell was checked on its heading's row: report unknown names once, where written.
      List<String> leadUnits = resolve(lead, row.source(), "lead", units, row.lead().isBlank() ? null : report);
      List<String> partnerUnits = resolve(row.partners(), row.source(), "partners", units, report);
      if (!isHeading) {
        if (lead.isEmpty()) report.add(Messages.noLeadUnit(row.source().at("lead"), row.id().value()));
        if (deadline.isEmpty() && due == null) report.add(Messages.noDeadline(row.source().at("deadline"), row.id().value()));
      }
      SourceLocation where = row.source().at("deadline");
      tasks.add(new Task(row.id(), row.content(), isHeading, lead, leadUnits, row.partners(), partnerUnits, row.output(),
          deadline, due, row.area(), row.note(), where));
    }
    return tasks;
  }

  private static List<String> resolve(String cell, MappedRow row, String field, UnitResolver units, ValidationReport report) {
    if (cell.isBlank()) return List.of();
    UnitResolver.Resolution resolution = units.resolveList(cell);
    for (String part : resolution.unknownParts()) {
      if (report != null) report.add(Messages.unknownUnit(row.at(field), part, units.closest(part, 3)));
    }
    return resolution.unitCodes();
  }

  /** The row's own value, else the nearest heading's above it (data-contract.md §2). */
  private static String inherited(Row row, Map<TaskId, Row> rows, java.util.function.Function<Row, String> field) {
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
