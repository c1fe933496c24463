package vn.cchc.report.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days whose facts a period's report counts "trong kỳ" (rules §5), both ends inclusive.
 *
 * @param from the first day of the window
 * @param to the last day: the cut-off C (ngày chốt số liệu)
 */
public record DataWindow(LocalDate from, LocalDate to) {

  public DataWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) throw new IllegalArgumentException("window ends before it starts: " + from + " – " + to);
  }

  /** The cut-off C: the last day whose facts the report counts. */
  public LocalDate cutOff() {
    return to;
  }

  /** True when {@code day} is inside the window, ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
