package vn.cchc.report.domain;

import java.util.List;
import java.util.Optional;

/** The task table of one Kế hoạch, in plan order; headings included (see {@link Task#heading()}). */
public record Plan(List<Task> tasks) {
  public Plan {
    tasks = List.copyOf(tasks);
  }

  public Optional<Task> find(TaskId id) {
    return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Tasks that units report on: every row that is not a group heading. */
  public List<Task> reportable() {
    return tasks.stream().filter(t -> !t.heading()).toList();
  }
}
