package vn.cchc.report.ingest;

import java.util.Map;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.UnitRegistry;

/**
 * Everything read for one run, valid rows only; what was rejected is in the ValidationReport.
 *
 * @param dossiers figures per unit code, in the order read
 */
public record InputData(
    UnitRegistry registry, UnitResolver resolver, Plan plan, SubmissionReader.Submissions submissions,
    Map<String, DossierCounts> dossiers) {}
