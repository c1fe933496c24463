package vn.cchc.report.rules;

/**
 * How an office reads deadline text (rules §2).
 *
 * @param beforeMeansDayBefore false (default): "Trước D" is due on D itself, the last allowed day;
 *     true: due on D − 1, for offices that read "trước" strictly. For a month, quarter, half or year
 *     ("Trước tháng 10/2022") the strict reading is the day before the span begins (30/9/2022).
 */
public record DeadlineSettings(boolean beforeMeansDayBefore) {

  /** "Trước D" → D. */
  public static final DeadlineSettings DEFAULT = new DeadlineSettings(false);
}
