package vn.cchc.report.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date-like phrase found in deadline text: the days it names, both ends inclusive, and the word
 * that introduces it.
 *
 * @param grain DAY for a full date (first == last); PERIOD for a month, quarter, half or year
 * @param start introduced by "từ" / "bắt đầu": the start of the work, not a deadline (rules §2)
 * @param before introduced by "trước"
 */
record Mention(Grain grain, LocalDate first, LocalDate last, boolean start, boolean before) {

  /** Full dates outrank months, quarters, halves and years (rules §2, precedence). */
  enum Grain { DAY, PERIOD }

  Mention {
    Objects.requireNonNull(grain, "grain");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }

  /** The due date this phrase gives: its last day, or the day before it begins for a strict "trước". */
  LocalDate due(DeadlineSettings settings) {
    return before && settings.beforeMeansDayBefore() ? first.minusDays(1) : last;
  }
}
