package vn.cchc.report.domain;

import java.time.LocalDate;
import java.util.Objects;
import vn.cchc.report.problem.SourceLocation;

/**
 * One unit's answer about one task in one period: a row of its Báo cáo tiến độ.
 *
 * @param doneOn the completion date; null unless DONE
 * @param row where it was read
 */
public record StatusReport(
    String unitCode,
    TaskId taskId,
    Status status,
    LocalDate doneOn,
    String evidence,
    String problems,
    String proposals,
    String note,
    SourceLocation row) {

  public StatusReport {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(status, "status");
    evidence = Objects.requireNonNullElse(evidence, "");
    problems = Objects.requireNonNullElse(problems, "");
    proposals = Objects.requireNonNullElse(proposals, "");
    note = Objects.requireNonNullElse(note, "");
  }

  /** Same answer, wherever it was read: identical rows merge (rules §7). */
  public boolean sameAnswerAs(StatusReport other) {
    return unitCode.equals(other.unitCode)
        && taskId.equals(other.taskId)
        && status == other.status
        && Objects.equals(doneOn, other.doneOn)
        && evidence.equals(other.evidence)
        && problems.equals(other.problems)
        && proposals.equals(other.proposals)
        && note.equals(other.note);
  }
}
