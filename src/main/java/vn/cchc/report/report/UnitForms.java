package vn.cchc.report.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.report.domain.Deadline;
import vn.cchc.report.domain.FormStamp;
import vn.cchc.report.domain.Period;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitRegistry;

/**
 * The forms sent to the units at the start of a period (issue #12): one per unit that leads a task
 * (a group's tasks go to each member), holding exactly its tasks with their resolved deadlines.
 */
public final class UnitForms {
  /**
   * One unit's form.
   *
   * @param plan "56/KH-SLĐTBXH"
   * @param windowFrom, cutOff the period's data window: a completion date must fall inside it
   */
  public record UnitForm(FormStamp stamp, String unitName, String periodName, String plan, String planTitle, LocalDate windowFrom,
      LocalDate cutOff, List<Row> rows) {}

  /**
   * A task of the form: its id, content, the due date as printed ("" when it has none), the plan's
   * own words, and what the unit reported on it last period ("" when there was no run).
   */
  public record Row(String id, String content, String dueDatePrinted, String deadlineText, String lastStatus) {}

  private UnitForms() {}

  /** The plan's number and symbol as a form names it. */
  public static String planLabel(String number, String symbol) {
    return number + "/" + symbol;
  }

  /** @param lastStatuses what each unit reported last period, by unit code then task id (empty without a previous run) */
  public static List<UnitForm> of(Plan plan, Map<TaskId, Deadline> deadlines, UnitRegistry registry, Period period,
      LocalDate windowFrom, LocalDate cutOff, String planLabel, String planTitle, Map<String, Map<String, String>> lastStatuses) {
    List<UnitForm> forms = new ArrayList<>();
    for (Unit unit : registry.units()) {
      List<Row> rows = new ArrayList<>();
      for (Task task : plan.reportable()) {
        if (!task.isLead(unit.code())) continue;
        Deadline deadline = deadlines.get(task.id());
        String due = deadline instanceof Deadline.Dated dated ? VietnameseFormat.date(dated.dueDate()) : "";
        String last = lastStatuses.getOrDefault(unit.code(), Map.of()).getOrDefault(task.id().value(), "");
        rows.add(new Row(task.id().value(), task.content(), due, task.deadlineText(), last));
      }
      if (rows.isEmpty()) continue;
      forms.add(new UnitForm(new FormStamp(unit.code(), period.id(), planLabel), unit.name(), period.vietnameseName(), planLabel,
          planTitle, windowFrom, cutOff, rows));
    }
    return forms;
  }
}
