package vn.cchc.report.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchc.report.domain.Period;
import vn.cchc.report.domain.RunRecord;

/**
 * Which earlier runs' records a run may use (issue #13): the same office's, on the same plan, for
 * earlier periods of the same kind (quarters with quarters, months with months). A record of another
 * office or plan, which a shared output folder may hold, is set aside with the reason, never mixed in.
 */
public final class RunHistory {
  /**
   * How many periods back a run looks: three years of quarters, a year of months; the same period
   * last year is always among them. The trend shows these periods, a period never run as a gap.
   */
  public static final int MOST_EARLIER_PERIODS = 12;

  /** Why a record is not used. */
  public enum Reason {
    OTHER_OFFICE,
    OTHER_PLAN
  }

  public record SetAside(RunRecord record, Reason reason) {}

  /**
   * @param earlier the usable records of the {@link #MOST_EARLIER_PERIODS} periods before the run's, oldest first
   * @param setAside records that would count but are another office's or plan's
   */
  public record Selection(List<RunRecord> earlier, List<SetAside> setAside) {
    /** The record of the same period last year, whose dossier rate "higher than last year" compares with. */
    public Optional<RunRecord> sameTimeLastYear(Period period) {
      Period lastYear = new Period(period.kind(), period.year() - 1, period.number());
      return earlier.stream().filter(r -> r.period().equals(lastYear)).findFirst();
    }
  }

  private RunHistory() {}

  /** The records of {@code found} that a run of {@code period} by {@code organisation} on {@code plan} uses. */
  public static Selection select(Period period, String organisation, String plan, List<RunRecord> found) {
    Period earliest = period;
    for (int i = 0; i < MOST_EARLIER_PERIODS; i++) earliest = Periods.previous(earliest);
    List<RunRecord> earlier = new ArrayList<>();
    List<SetAside> setAside = new ArrayList<>();
    for (RunRecord record : found.stream().sorted(Comparator.comparing(RunRecord::file)).toList()) {
      Period p = record.period();
      if (p.kind() != period.kind() || !p.lastMonth().isBefore(period.lastMonth()) || p.lastMonth().isBefore(earliest.lastMonth())) {
        continue;
      }
      if (!record.organisation().equals(organisation)) {
        setAside.add(new SetAside(record, Reason.OTHER_OFFICE));
      } else if (!record.plan().equals(plan)) {
        setAside.add(new SetAside(record, Reason.OTHER_PLAN));
      } else {
        earlier.add(record);
      }
    }
    earlier.sort(Comparator.comparing((RunRecord r) -> r.period().lastMonth()));
    return new Selection(List.copyOf(earlier), List.copyOf(setAside));
  }
}
