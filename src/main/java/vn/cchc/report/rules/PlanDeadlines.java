package vn.cchc.report.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.report.domain.Deadline;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.Problem;

/**
 * The deadline of every task of a plan (rules §2), with the warnings a person must check: text the
 * rules do not recognise, and a due date before the plan's own issue date.
 *
 * @param deadlines by task id, in plan order, headings excluded
 */
public record PlanDeadlines(Map<TaskId, Deadline> deadlines, List<Problem> warnings) {
  public PlanDeadlines {
    deadlines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deadlines));
    warnings = List.copyOf(warnings);
  }

  public static PlanDeadlines resolve(Plan plan, DeadlineParser parser, LocalDate planIssueDate) {
    Map<TaskId, Deadline> deadlines = new LinkedHashMap<>();
    List<Problem> warnings = new ArrayList<>();
    for (Task task : plan.reportable()) {
      Deadline deadline = parser.resolve(task.deadlineText(), task.explicitDueDate());
      deadlines.put(task.id(), deadline);
      DeadlineParser.warningFor(deadline, planIssueDate, task.row()).ifPresent(warnings::add);
    }
    return new PlanDeadlines(deadlines, warnings);
  }
}
