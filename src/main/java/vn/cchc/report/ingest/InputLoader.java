package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/**
 * Reads every input of one run in dependency order: the unit registry, the plan (its lead cells
 * resolve against the registry), the period's unit submissions and dossier files.
 */
public final class InputLoader {

  /**
   * Where the inputs are.
   *
   * @param dataRoot the folder messages name files relative to
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

  private InputLoader() {}

  /**
   * @throws InputException when the registry or the plan cannot be used at all: nothing can be
   *     checked without them
   */
  public static InputData load(Locations where, Dates dates, ValidationReport report) throws InputException {
    String unitsName = display(where, where.units());
    UnitRegistry registry = UnitRegistryReader.read(where.units(), unitsName, report);
    requireUsable(report, unitsName, !registry.units().isEmpty());
    UnitResolver resolver = new UnitResolver(registry);

    String planName = display(where, where.plan());
    Plan plan = PlanReader.read(where.plan(), planName, resolver, report);
    requireUsable(report, planName, !plan.reportable().isEmpty());

    var context = new SubmissionReader.Context(plan, resolver, dates.cutOff(), dates.today());
    var submissions = SubmissionReader.read(where.submissions(), display(where, where.submissions()), context, report);
    Map<String, DossierCounts> dossiers = DossierReader.read(
        where.dossiers(), display(where, where.dossiers()), resolver, dates.windowStart(), dates.cutOff(), report);
    return new InputData(registry, resolver, plan, submissions, dossiers);
  }

  private static void requireUsable(ValidationReport report, String file, boolean usable) throws InputException {
    if (usable) return;
    Problem cause = report.problems().stream()
        .filter(p -> p.where().file().equals(file) && p.isError())
        .findFirst()
        .orElse(Problem.error("EMPTY_FILE", SourceLocation.ofFile(file), "", "tệp không có dòng dữ liệu hợp lệ nào. Hãy kiểm tra đã chọn đúng tệp."));
    throw new InputException(cause);
  }

  /** The path as messages show it: relative to the data folder, with "/" separators. */
  static String display(Locations where, Path path) {
    Path shown = path.startsWith(where.dataRoot()) ? where.dataRoot().relativize(path) : path;
    return shown.toString().replace('\\', '/');
  }
}
