package vn.cchc.report.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdicts of rules §4. Every comparison uses the rounded percent that is printed, so a document
 * never shows "98%" beside "Chưa đạt". Thresholds come from {@link Thresholds}, never literals.
 */
public final class Rates {
  private Rates() {}

  /** A unit's completion rate against {@link Thresholds#unitCompletion()}: exactly 90% passes. */
  public static CompletionVerdict completionVerdict(Rate completionRate, Thresholds thresholds) {
    return completionRate.percent()
        .map(p -> p.compareTo(thresholds.unitCompletion()) >= 0
            ? CompletionVerdict.MEETS_THRESHOLD
            : CompletionVerdict.BELOW_THRESHOLD)
        .orElse(CompletionVerdict.NOT_APPLICABLE);
  }

  /** A dossier on-time rate against {@link Thresholds#dossierOnTimeTarget()}: 98% or more is Đạt. */
  public static TargetVerdict targetVerdict(Rate onTimeRate, Thresholds thresholds) {
    return onTimeRate.percent()
        .map(p -> p.compareTo(thresholds.dossierOnTimeTarget()) >= 0 ? TargetVerdict.MET : TargetVerdict.NOT_MET)
        .orElse(TargetVerdict.NOT_APPLICABLE);
  }

  /** The dossiers' target rate (R1 or R2, as the settings say) against the on-time target. */
  public static TargetVerdict targetVerdict(DossierFigures dossiers, Thresholds thresholds) {
    return targetVerdict(dossiers.targetRate(thresholds), thresholds);
  }

  /**
   * This year's rate against the same period of last year: equal or lower is flagged, except 100%
   * both years, which is kept (rules §8).
   *
   * @param lastYearPercent last year's rate in percent, rounded half-up to 2 decimals here as it was
   *     printed; empty when unknown (no flag)
   */
  public static LastYearComparison compareWithLastYear(Rate thisYear, Optional<BigDecimal> lastYearPercent) {
    Objects.requireNonNull(lastYearPercent, "lastYearPercent");
    Optional<BigDecimal> now = thisYear.percent();
    if (now.isEmpty() || lastYearPercent.isEmpty()) return LastYearComparison.NOT_KNOWN;
    BigDecimal before = lastYearPercent.get().setScale(Rate.SCALE, RoundingMode.HALF_UP);
    BigDecimal hundred = BigDecimal.valueOf(100);
    if (now.get().compareTo(hundred) == 0 && before.compareTo(hundred) == 0) return LastYearComparison.MAINTAINED_AT_100;
    return now.get().compareTo(before) > 0 ? LastYearComparison.HIGHER : LastYearComparison.NOT_HIGHER;
  }
}
