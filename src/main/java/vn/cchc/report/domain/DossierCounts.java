package vn.cchc.report.domain;

import vn.cchc.report.problem.SourceLocation;

/**
 * One unit's dossier figures for a period, in the columns of Biểu 06/VPCP/KSTT (rules §6).
 * Counts are ≥ 0. {@code returned} is -1 when the source had no such column.
 *
 * @param row where the figures were read (the first row, for figures tallied from a dossier list)
 */
public record DossierCounts(
    String unitCode,
    long carried,
    long receivedOnline,
    long receivedDirect,
    long receivedPostal,
    long early,
    long onDueDate,
    long late,
    long pendingInTime,
    long pendingLate,
    long returned,
    SourceLocation row) {

  /** (3) Tổng số nhận giải quyết = từ kỳ trước + trực tuyến + trực tiếp + bưu chính. */
  public long received() {
    return carried + receivedOnline + receivedDirect + receivedPostal;
  }

  /** (7) Đã giải quyết = trước hạn + đúng hạn + quá hạn. */
  public long resolved() {
    return early + onDueDate + late;
  }

  /** (11) Đang giải quyết = trong hạn + quá hạn. */
  public long pending() {
    return pendingInTime + pendingLate;
  }

  /** Returned or withdrawn dossiers, 0 when the source had no such column. */
  public long returnedOrZero() {
    return Math.max(returned, 0);
  }
}
