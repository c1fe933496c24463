package vn.cchc.report.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the plan's table.
 *
 * @param heading true for a group heading ("2" when "2.1" exists): not a task to report on
 * @param leadText the "Đơn vị chủ trì" cell as written (inherited from the heading when empty)
 * @param leadUnits unit codes that must do and report the task, groups expanded, in registry order
 * @param partnerUnits unit codes named as phối hợp
 * @param deadlineText the deadline cell as written (inherited from the heading when empty), "" if none
 * @param explicitDueDate the "Hạn chót" cell, which wins over the text; null when absent
 * @param area CCHC area as written ("1" … "7" or a name), "" if none
 * @param row where the task was read, for messages about it
 */
public record Task(
    TaskId id,
    String content,
    boolean heading,
    String leadText,
    List<String> leadUnits,
    String partnerText,
    List<String> partnerUnits,
    String output,
    String deadlineText,
    LocalDate explicitDueDate,
    String area,
    String note,
    vn.cchc.report.problem.SourceLocation row) {

  public Task {
    Objects.requireNonNull(id, "id");
    content = Objects.requireNonNullElse(content, "");
    leadText = Objects.requireNonNullElse(leadText, "");
    leadUnits = List.copyOf(leadUnits);
    partnerText = Objects.requireNonNullElse(partnerText, "");
    partnerUnits = List.copyOf(partnerUnits);
    output = Objects.requireNonNullElse(output, "");
    deadlineText = Objects.requireNonNullElse(deadlineText, "");
    area = Objects.requireNonNullElse(area, "");
    note = Objects.requireNonNullElse(note, "");
  }

  public boolean isLead(String unitCode) {
    return leadUnits.contains(unitCode);
  }
}
