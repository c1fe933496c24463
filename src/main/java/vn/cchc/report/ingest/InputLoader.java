package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;

/**
 * Reads every input of one run in dependency order: the unit registry, the plan (its lead cells
 * resolve against the registry), the period's unit submissions and dossier files. When the
 * registry or the plan cannot be used, the rest is still read and checked against what could be
 * read, and the run stops afterwards ({@link InputData#blocking}).
 */
public final class InputLoader {

  /**
   * Where the inputs are.
   *
   * @param dataRoot the folder messages name files relative to; links may not leave it
   * @param submissions the folder of this period's unit reports (bao-cao/2022-Q1)
   * @param dossiers the folder of this period's dossier files (ho-so/2022-Q1)
   */
  public record Locations(Path dataRoot, Path units, Path plan, Path submissions, Path dossiers) {}

  /**
   * The dates a run checks against.
   *
   * @param windowStart first day of the period's data window
   * @param cutOff last day of the data window (ngày chốt số liệu)
   * @param today the day of the run: no completion date may be later
   */
  public record Dates(LocalDate windowStart, LocalDate cutOff, LocalDate today) {}

  /**
   * The office's choices about reading.
   *
   * @param mapping header names of the office ({@code columns:})
   * @param defaultLead leads of a plan table without a lead column ("" when none)
   * @param defaultDeadline deadline of tasks without one ("" when none)
   * @param planIssuedOn a completion date before it draws a warning; null when not known
   */
  public record Settings(ColumnMapping mapping, String defaultLead, String defaultDeadline, LocalDate planIssuedOn, String periodId,
      String planLabel) {
    public static final Settings DEFAULT = new Settings(ColumnMapping.NONE, "", "", null, "", "");

    /** Without a period and plan to check forms against. */
    public Settings(ColumnMapping mapping, String defaultLead, String defaultDeadline, LocalDate planIssuedOn) {
      this(mapping, defaultLead, defaultDeadline, planIssuedOn, "", "");
    }
  }

  private InputLoader() {}

  public static InputData load(Locations where, Dates dates, ValidationReport report) {
    return load(where, dates, Settings.DEFAULT, report);
  }

  public static InputData load(Locations where, Dates dates, Settings settings, ValidationReport report) {
    List<Problem> blocking = new ArrayList<>();
    String unitsName = display(where, where.units());
    UnitRegistry registry = UnitRegistryReader.read(where.units(), unitsName, settings.mapping(), report);
    boolean unitsKnown = usable(report, unitsName, !registry.units().isEmpty(), blocking);
    UnitResolver resolver = new UnitResolver(registry);

    // The dossier figures need only the registry: they are read on another core while the plan and the
    // submissions are read here, into a report of their own that joins this one after the submissions'
    // (the order a reading one after the other gives), with a resolver of their own (it caches).
    var dossierContext = new DossierReader.Context(new UnitResolver(registry), dates.windowStart(), dates.cutOff(), dates.today(),
        settings.mapping(), unitsKnown);
    ValidationReport dossierReport = new ValidationReport();
    java.util.concurrent.FutureTask<Map<String, DossierCounts>> dossierReading = new java.util.concurrent.FutureTask<>(() ->
        DossierReader.read(where.dossiers(), display(where, where.dossiers()), where.dataRoot(), dossierContext, dossierReport));
    Thread dossierThread = new Thread(dossierReading, "cchc-report-dossiers");
    dossierThread.setDaemon(true);
    dossierThread.start();

    String planName = display(where, where.plan());
    var planOptions = new PlanReader.Options(settings.mapping(), settings.defaultLead(), settings.defaultDeadline(), unitsKnown);
    Plan plan = PlanReader.read(where.plan(), planName, resolver, planOptions, report);
    boolean planKnown = usable(report, planName, !plan.reportable().isEmpty(), blocking);

    var context = new SubmissionReader.Context(plan, resolver, dates.cutOff(), dates.today(), settings.planIssuedOn(),
        settings.mapping(), planKnown, unitsKnown, settings.periodId(), settings.planLabel());
    var submissions = SubmissionReader.read(
        where.submissions(), display(where, where.submissions()), where.dataRoot(), context, report);
    Map<String, DossierCounts> dossiers = joined(dossierReading);
    report.addAll(dossierReport);
    return new InputData(registry, resolver, plan, submissions, dossiers, blocking);
  }

  /** What a reading on another thread gave; what it threw, thrown here. */
  private static <T> T joined(java.util.concurrent.FutureTask<T> reading) {
    try {
      return reading.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the dossier figures were read", e);
    }
  }

  /**
   * True when the registry or the plan can be used; else its first error (or "no valid row",
   * recorded now) joins the blocking problems.
   */
  private static boolean usable(ValidationReport report, String file, boolean hasRows, List<Problem> blocking) {
    FileTally tally = report.tally(file);
    boolean failed = tally == null || tally.failed();
    if (!failed && hasRows) return true;
    Problem cause = report.problems().stream()
        .filter(p -> p.where().file().equals(file) && p.isError())
        .findFirst()
        .orElse(null);
    if (cause == null) {
      cause = Messages.noValidRow(file);
      report.add(cause);
    }
    blocking.add(cause);
    return false;
  }

  /** The path as messages show it: relative to the data folder, with "/" separators. */
  static String display(Locations where, Path path) {
    Path shown = path.startsWith(where.dataRoot()) ? where.dataRoot().relativize(path) : path;
    return shown.toString().replace('\\', '/');
  }
}
