package vn.cchc.report.domain;

import java.time.LocalDate;
import java.util.Objects;
import vn.cchc.report.problem.SourceLocation;

/**
 * One unit's answer about one task in one period: a row of its Báo cáo tiến độ.
 *
 * @param doneOn the completion date; null unless DONE
 * @param proposalTo what the unit wrote in its "Gửi đến" column: who its proposal asks (blank: decided from the text)
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
    String proposalTo,
    String note,
    SourceLocation row) {

  public StatusReport {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(status, "status");
    evidence = Objects.requireNonNullElse(evidence, "");
    problems = Objects.requireNonNullElse(problems, "");
    proposals = Objects.requireNonNullElse(proposals, "");
    proposalTo = Objects.requireNonNullElse(proposalTo, "");
    note = Objects.requireNonNullElse(note, "");
  }

  /** Without a "Gửi đến" column. */
  public StatusReport(String unitCode, TaskId taskId, Status status, LocalDate doneOn, String evidence, String problems,
      String proposals, String note, SourceLocation row) {
    this(unitCode, taskId, status, doneOn, evidence, problems, proposals, "", note, row);
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
        && proposalTo.equals(other.proposalTo)
        && note.equals(other.note);
  }
}
