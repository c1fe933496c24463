package vn.cchc.report.ingest;

import java.time.LocalDate;

/** Dates in messages as a person types them: d/m/yyyy. */
final class Dates {
  private Dates() {}

  static String show(LocalDate date) {
    return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
  }
}
