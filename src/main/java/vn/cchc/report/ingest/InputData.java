package vn.cchc.report.ingest;

import java.util.List;
import java.util.Map;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.Problem;

/**
 * Everything read for one run, valid rows only; what was rejected is in the ValidationReport.
 *
 * @param dossiers figures per unit code, in the order read
 * @param blocking why the run cannot go on (the registry or the plan cannot be used), each also in
 *     the validation report; empty when it can. Every file was still read and checked against what
 *     could be read, so the office fixes everything in one round (issue #8).
 */
public record InputData(
    UnitRegistry registry, UnitResolver resolver, Plan plan, SubmissionReader.Submissions submissions,
    Map<String, DossierCounts> dossiers, List<Problem> blocking) {

  public InputData {
    blocking = List.copyOf(blocking);
  }

  /** True when figures can be computed from these inputs. */
  public boolean usable() {
    return blocking.isEmpty();
  }
}
