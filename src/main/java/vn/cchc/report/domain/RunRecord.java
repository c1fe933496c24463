package vn.cchc.report.domain;

import java.math.BigDecimal;

/**
 * What an earlier run left in the output folder (its tong-hop.json, issue #13): whose it is and
 * its headline rates, for "higher than last year" and the trend of the run summary page. A rate
 * is null when that run had nothing to count.
 *
 * @param file where the record is, relative to the output folder ("2021-Q4/tong-hop.json")
 * @param plan the plan's number and symbol as "56/KH-SLĐTBXH"
 * @param dossierOnTime the dossier rate (R1 or R2) that the reading run's target applies to
 */
public record RunRecord(
    Period period,
    String file,
    String organisation,
    String plan,
    BigDecimal taskCompletion,
    BigDecimal taskOnTime,
    BigDecimal dossierOnTime) {}
