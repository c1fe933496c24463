package vn.cchc.report.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.report.domain.Channel;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.DossierRecord;
import vn.cchc.report.problem.SourceLocation;

/**
 * Tallies a dossier list into Biểu 06 figures per unit for one data window (rules §6), one dossier
 * at a time so a million-row export needs no more memory than its units.
 *
 * <p>Within the window [from, to]: a dossier received before {@code from} and not resolved before
 * it is carried over; one received in the window counts by its channel; one resolved in the window
 * is trước hạn (before its appointment date), đúng hạn (on it) or quá hạn (after it); one with no
 * result by {@code to} is in progress, trong hạn while its appointment date is ≥ {@code to}, else
 * quá hạn. Dossiers resolved before the window or received after it are not this period's.
 */
public final class DossierTally {

  /** Where a dossier fell. */
  public enum Placement {
    COUNTED,
    RESOLVED_BEFORE_WINDOW,
    RECEIVED_AFTER_WINDOW
  }

  private static final int CARRIED = 0;
  private static final int ONLINE = 1;
  private static final int DIRECT = 2;
  private static final int POSTAL = 3;
  private static final int EARLY = 4;
  private static final int ON_DUE = 5;
  private static final int LATE = 6;
  private static final int PENDING_OK = 7;
  private static final int PENDING_LATE = 8;

  private final LocalDate from;
  private final LocalDate to;
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final Map<String, SourceLocation> firstRows = new LinkedHashMap<>();

  public DossierTally(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) throw new IllegalArgumentException("window ends before it starts: " + from + " – " + to);
    this.from = from;
    this.to = to;
  }

  /** Counts one dossier; {@code row} is remembered as the unit's first source row. */
  public Placement add(DossierRecord dossier, SourceLocation row) {
    LocalDate received = dossier.receivedOn();
    LocalDate done = dossier.doneOn();
    if (received.isAfter(to)) return Placement.RECEIVED_AFTER_WINDOW;
    if (done != null && done.isBefore(from)) return Placement.RESOLVED_BEFORE_WINDOW;
    long[] c = counts.computeIfAbsent(dossier.unitCode(), u -> new long[9]);
    firstRows.putIfAbsent(dossier.unitCode(), row);
    if (received.isBefore(from)) c[CARRIED]++;
    else c[channelIndex(dossier.channel())]++;
    if (done != null && !done.isAfter(to)) {
      int cmp = done.compareTo(dossier.dueOn());
      c[cmp < 0 ? EARLY : cmp == 0 ? ON_DUE : LATE]++;
    } else {
      c[dossier.dueOn().isBefore(to) ? PENDING_LATE : PENDING_OK]++;
    }
    return Placement.COUNTED;
  }

  private static int channelIndex(Channel channel) {
    if (channel == Channel.ONLINE) return ONLINE;
    if (channel == Channel.POSTAL) return POSTAL;
    return DIRECT;
  }

  /** The figures per unit, in the order units were first seen; no returned column (-1). */
  public Map<String, DossierCounts> result() {
    Map<String, DossierCounts> result = new LinkedHashMap<>();
    counts.forEach((unit, c) -> result.put(unit, new DossierCounts(unit, c[CARRIED], c[ONLINE], c[DIRECT], c[POSTAL],
        c[EARLY], c[ON_DUE], c[LATE], c[PENDING_OK], c[PENDING_LATE], -1, firstRows.get(unit))));
    return result;
  }
}
