package vn.cchc.report.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.report.domain.Period;
import vn.cchc.report.domain.RunRecord;
import vn.cchc.report.rules.Periods;

/**
 * What the run summary page tong-hop.html shows beyond the {@link Summary} (issue #13): the trend
 * of the headline rates over the earlier periods that were run, the run's files to link to, where
 * last year's figure came from, and the charts, drawn by a renderer from the same figures.
 *
 * @param lastYearRecordPeriod the period name of the record that gave last year's dossier rate ("Quý I/2021"), "" when
 *     the configuration gave it or there is none
 * @param lastYearConfiguredBesideRecord the configuration gives last year's rate and the trend also shows that
 *     period's record (the two may differ: the page says which is which)
 */
public record RunPage(
    List<TrendPoint> trend, List<OutputFile> files, String lastYearRecordPeriod, boolean lastYearConfiguredBesideRecord, Charts charts) {
  /**
   * The page lists this many problems at most, the first ones (a province's run can have 200,000: a
   * page that size does not open); the validation report's CSV and workbook hold them all.
   */
  public static final int MOST_PROBLEMS_SHOWN = 2_000;

  /**
   * One period's headline rates; a rate is null (printed "—") when that period had nothing to count.
   *
   * @param recorded false for a period between the first and the last that was never run (or whose record
   *     was left out): a gap in the trend, all rates null
   */
  public record TrendPoint(
      String period,
      String periodName,
      boolean current,
      boolean recorded,
      BigDecimal taskCompletion,
      String taskCompletionPrinted,
      BigDecimal taskOnTime,
      String taskOnTimePrinted,
      BigDecimal dossierOnTime,
      String dossierOnTimePrinted) {}

  /** What a file of the run is, for the words of its link. */
  public enum FileKind {
    REPORT_DOCX, REPORT_PDF, SUMMARY_JSON, FIGURES_XLSX, PROBLEMS_CSV, PROBLEMS_XLSX, RECONCILIATION_CSV,
    REMINDER_DOCX, REMINDER_PDF, REMINDERS_PDF,
    /** The page itself, which does not link to itself. */
    RUN_PAGE
  }

  /** A file of the run, by its name in the period's folder; {@code unitName} for a letter to one unit, else "". */
  public record OutputFile(String name, FileKind kind, String unitName) {}

  /**
   * The charts, as inline SVG; the template gives their words. Each draws the figures of the summary
   * and the trend it was made with.
   */
  public interface Charts {
    /** Each unit's task completion rate, bars, with the threshold as a line labelled {@code markerLabel}. */
    String unitCompletion(String markerLabel);

    /** Each unit's dossier on-time rate (the one the target applies to), with the target's line. */
    String unitDossiers(String markerLabel);

    /** The headline rates period by period, one line each, named by the three labels; the target's line. */
    String trend(String taskCompletion, String taskOnTime, String dossierOnTime, String markerLabel);
  }

  /**
   * Every period from the oldest earlier record's to this run's ({@code current}, the summary's), oldest first: each earlier period
   * with its record's rates, or as a gap when there is none (a line never joins two periods across
   * one that was not run), then this run's.
   */
  public static List<TrendPoint> trend(Period current, List<RunRecord> earlier, Summary summary) {
    Map<Period, RunRecord> records = new LinkedHashMap<>();
    for (RunRecord r : earlier) records.put(r.period(), r);
    Summary.Header h = summary.header();
    List<TrendPoint> points = new ArrayList<>();
    Period p = earlier.isEmpty() ? current : earlier.get(0).period();
    for (; p.lastMonth().isBefore(current.lastMonth()); p = Periods.next(p)) {
      RunRecord r = records.get(p);
      points.add(r == null ? new TrendPoint(p.id(), p.vietnameseName(), false, false, null, printed(null), null, printed(null), null,
          printed(null)) : point(p.id(), p.vietnameseName(), false, r.taskCompletion(), r.taskOnTime(), r.dossierOnTime()));
    }
    points.add(point(h.period(), h.periodName(), true, summary.byTask().completion().percent(), summary.byTask().onTime().percent(),
        targetRate(summary.dossiers().total(), h.dossierTargetRate()).percent()));
    return List.copyOf(points);
  }

  /** How many periods of the trend were run, this one included. */
  public long periodsRun() {
    return trend.stream().filter(TrendPoint::recorded).count();
  }

  /** True when the trend has a period that was not run between two that were. */
  public boolean trendHasGaps() {
    return trend.stream().anyMatch(t -> !t.recorded());
  }

  /** The rate of a Biểu 06 line that the target applies to: R1 or R2, as the run's header names it. */
  public static Summary.RateFigure targetRate(Summary.DossierLine line, String rate) {
    return rate.toUpperCase(Locale.ROOT).equals("R2") ? line.r2() : line.r1();
  }

  private static TrendPoint point(String id, String name, boolean current, BigDecimal completion, BigDecimal onTime, BigDecimal dossier) {
    return new TrendPoint(id, name, current, true, completion, printed(completion), onTime, printed(onTime), dossier, printed(dossier));
  }

  private static String printed(BigDecimal percent) {
    return percent == null ? VietnameseFormat.NOT_APPLICABLE : VietnameseFormat.percent(percent);
  }
}
