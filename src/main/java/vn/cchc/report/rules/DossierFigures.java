package vn.cchc.report.rules;

import vn.cchc.report.domain.DossierCounts;

/**
 * The dossier counts the rates of rules §6 need, for one unit or a total. All counts ≥ 0, and
 * received ≥ resolved + pending (the rest returned or withdrawn; the row checks of §6 run earlier).
 *
 * @param received (3) tổng số nhận giải quyết, carried over included
 * @param early (8) đã giải quyết trước hạn
 * @param onDueDate (9) đã giải quyết đúng hạn
 * @param late (10) đã giải quyết quá hạn
 * @param pendingInTime (12) đang giải quyết trong hạn
 * @param pendingLate (13) đang giải quyết quá hạn
 * @param online (4) nhận trực tuyến
 * @param direct nhận trực tiếp
 * @param postal nhận qua dịch vụ bưu chính công ích (with {@code direct}, column (5) of Biểu 06)
 */
public record DossierFigures(
    long received, long early, long onDueDate, long late, long pendingInTime, long pendingLate, long online, long direct,
    long postal) {

  public DossierFigures {
    long[] all = {received, early, onDueDate, late, pendingInTime, pendingLate, online, direct, postal};
    for (long count : all) {
      if (count < 0) throw new IllegalArgumentException("a count is ≥ 0, not " + count);
    }
    long accounted = early + onDueDate + late + pendingInTime + pendingLate;
    if (received < accounted) {
      throw new IllegalArgumentException("received " + received + " < resolved + pending " + accounted);
    }
  }

  /** The figures of one Biểu 06 row. */
  public static DossierFigures of(DossierCounts counts) {
    return new DossierFigures(counts.received(), counts.early(), counts.onDueDate(), counts.late(),
        counts.pendingInTime(), counts.pendingLate(), counts.receivedOnline(), counts.receivedDirect(), counts.receivedPostal());
  }

  /** (7) đã giải quyết = trước hạn + đúng hạn + quá hạn. */
  public long resolved() {
    return early + onDueDate + late;
  }

  /** R1 = (trước hạn + đúng hạn) / đã giải quyết. */
  public Rate r1() {
    return new Rate(early + onDueDate, resolved());
  }

  /** R2 (QĐ 766) = (trước hạn + đúng hạn + đang giải quyết trong hạn) / tổng số nhận giải quyết. */
  public Rate r2() {
    return new Rate(early + onDueDate + pendingInTime, received);
  }

  /** Received in the period (not carried over): trực tuyến + trực tiếp + bưu chính. */
  public long receivedInPeriod() {
    return online + direct + postal;
  }

  /** Online share = trực tuyến / received in the period, the figure printed beside it (rules §6). */
  public Rate onlineShare() {
    return new Rate(online, receivedInPeriod());
  }

  /** The rate the on-time target applies to: R1 unless the settings name R2 (rules §6). */
  public Rate targetRate(Thresholds thresholds) {
    return thresholds.targetRate() == Thresholds.DossierRate.R2 ? r2() : r1();
  }
}
