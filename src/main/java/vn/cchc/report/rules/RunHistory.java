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
  /** How many earlier periods the trend shows at most: three years of quarters, a year of months (last year's is always among them). */
  public static final int MOST_EARLIER_PERIODS = 12;

  /** Why a record is not used. */
  public enum Reason {
    OTHER_OFFICE,
    OTHER_PLAN
  }

  public record SetAside(RunRecord record, Reason reason) {}

  /**
   * @param earlier the usable records, oldest first, at most {@link #MOST_EARLIER_PERIODS}
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
    List<RunRecord> earlier = new ArrayList<>();
    List<SetAside> setAside = new ArrayList<>();
    for (RunRecord record : found.stream().sorted(Comparator.comparing(RunRecord::file)).toList()) {
      if (record.period().kind() != period.kind() || !record.period().lastMonth().isBefore(period.lastMonth())) continue;
      if (!record.organisation().equals(organisation)) {
        setAside.add(new SetAside(record, Reason.OTHER_OFFICE));
      } else if (!record.plan().equals(plan)) {
        setAside.add(new SetAside(record, Reason.OTHER_PLAN));
      } else {
        earlier.add(record);
      }
    }
    earlier.sort(Comparator.comparing((RunRecord r) -> r.period().lastMonth()));
    // Twelve earlier periods always reach the same period last year (12 months, 4 quarters, 2 halves back).
    List<RunRecord> recent = earlier.subList(Math.max(0, earlier.size() - MOST_EARLIER_PERIODS), earlier.size());
    return new Selection(List.copyOf(recent), List.copyOf(setAside));
  }
}
