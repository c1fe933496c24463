package vn.cchc.report.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds and targets of rules §4, in percent (90 means 90%). Settings: the defaults are
 * {@link #DEFAULTS}, and no other code holds these numbers.
 *
 * @param unitCompletion a unit whose completion rate is below this is "Không đủ điều kiện xếp loại
 *     Hoàn thành tốt nhiệm vụ trở lên" (seed 000 A.III.5); default 90
 * @param dossierOnTimeTarget the dossier on-time target (seed 000 A.II.2.c); default 98
 * @param targetRate which dossier rate the target applies to (rules §6); default R1
 */
public record Thresholds(BigDecimal unitCompletion, BigDecimal dossierOnTimeTarget, DossierRate targetRate) {

  /** 90%, 98% on R1. */
  public static final Thresholds DEFAULTS = new Thresholds(new BigDecimal("90"), new BigDecimal("98"), DossierRate.R1);

  public Thresholds {
    requirePercent(unitCompletion, "unitCompletion");
    requirePercent(dossierOnTimeTarget, "dossierOnTimeTarget");
    Objects.requireNonNull(targetRate, "targetRate");
  }

  private static void requirePercent(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(what + " must be a percent from 0 to 100, not " + value.toPlainString());
    }
  }

  /** The dossier on-time rates of rules §6 that a target can apply to. */
  public enum DossierRate {
    /** (trước hạn + đúng hạn) / đã giải quyết. */
    R1("Tỷ lệ giải quyết đúng hạn"),
    /** QĐ 766/QĐ-TTg: (trước hạn + đúng hạn + đang giải quyết trong hạn) / tổng số nhận giải quyết. */
    R2("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn");

    private final String label;

    DossierRate(String label) {
      this.label = label;
    }

    /** The Vietnamese name of the rate. */
    public String label() {
      return label;
    }
  }
}
