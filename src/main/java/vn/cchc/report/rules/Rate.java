package vn.cchc.report.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact share numerator / denominator (rules §4), with 0 ≤ numerator ≤ denominator.
 * A denominator of 0 means "not applicable": no percent, printed "—", never 0% or 100%.
 */
public record Rate(long numerator, long denominator) {

  /** Decimals kept in a percent (rules §4). */
  public static final int SCALE = 2;

  public Rate {
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("not a share: " + numerator + "/" + denominator);
    }
  }

  /** The percent rounded half-up to 2 decimals (30.77 for 12/39); empty when the denominator is 0. */
  public Optional<BigDecimal> percent() {
    if (denominator == 0) return Optional.empty();
    BigDecimal hundredfold = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100));
    return Optional.of(hundredfold.divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP));
  }

  /** False when the denominator is 0 (rules §4: printed "—"). */
  public boolean isApplicable() {
    return denominator != 0;
  }
}
