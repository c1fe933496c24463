package vn.cchc.report.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task table of one Kế hoạch, in plan order; headings included (see {@link Task#heading()}).
 *
 * @param byId the tasks by id (a province's plan has thousands, and every report row looks one up)
 */
public record Plan(List<Task> tasks, Map<TaskId, Task> byId) {
  public Plan {
    tasks = List.copyOf(tasks);
    byId = Map.copyOf(byId);
  }

  public Plan(List<Task> tasks) {
    this(tasks, index(tasks));
  }

  private static Map<TaskId, Task> index(List<Task> tasks) {
    Map<TaskId, Task> byId = new LinkedHashMap<>();
    for (Task task : tasks) byId.putIfAbsent(task.id(), task);
    return byId;
  }

  public Optional<Task> find(TaskId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Tasks that units report on: every row that is not a group heading. */
  public List<Task> reportable() {
    return tasks.stream().filter(t -> !t.heading()).toList();
  }
}
