package vn.cchc.report.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.OfficialDate;
import vn.cchc.report.problem.Problem;

/**
 * A date cell read as a date may still be no real day of this work (issue #8): Excel's day 0 shows
 * as 0/1/1900 and is read as 31/12/1899, an empty date cell of some exports is 1/1/1900, and a
 * fact cannot be from after the day of the run. Such dates are row errors naming the value.
 */
final class PlausibleDates {
  /** No CCHC plan, report or dossier of this program's kind is from before this day. */
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private PlausibleDates() {}

  /**
   * The date of a field, or empty with the problem added: unreadable, before 2000, or (unless
   * {@code futureAllowed}, as for an appointment date) after the day of the run.
   */
  static Optional<LocalDate> read(MappedRow row, String field, LocalDate today, boolean futureAllowed, List<Problem> problems) {
    String text = row.get(field);
    Optional<LocalDate> date = CellValues.date(text);
    if (date.isEmpty()) {
      problems.add(Messages.badDate(row.at(field), text));
      return Optional.empty();
    }
    return check(row, field, date.get(), today, futureAllowed, problems);
  }

  static Optional<LocalDate> check(
      MappedRow row, String field, LocalDate date, LocalDate today, boolean futureAllowed, List<Problem> problems) {
    if (date.isBefore(EARLIEST)) {
      problems.add(Messages.implausiblyEarlyDate(row.at(field), row.get(field), OfficialDate.of(date)));
      return Optional.empty();
    }
    if (!futureAllowed && today != null && date.isAfter(today)) {
      problems.add(Messages.dateAfterRunDate(row.at(field), row.get(field), OfficialDate.of(date), OfficialDate.of(today)));
      return Optional.empty();
    }
    return Optional.of(date);
  }
}
