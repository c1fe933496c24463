package vn.cchc.report.domain;

import java.util.Map;
import java.util.Optional;

/**
 * What a unit's form (issue #12) says about itself, in a very hidden sheet, so that the file is
 * recognised whatever it is renamed to: the unit it is for, the period, the plan.
 *
 * @param plan the plan's number and symbol, "56/KH-SLĐTBXH"
 */
public record FormStamp(String unitCode, String periodId, String plan) {
  /** The very hidden sheet: one "key | value" a row. */
  public static final String SHEET = "_cchc_bieu_mau";
  public static final String FORM = "cchc-report/bao-cao-tien-do/1";

  /** The stamp the sheet's rows hold, or empty when it is not a form of this program (or a damaged one). */
  public static Optional<FormStamp> of(Map<String, String> fields) {
    if (!FORM.equals(fields.get("FORM"))) return Optional.empty();
    String unit = fields.getOrDefault("UNIT", "");
    String period = fields.getOrDefault("PERIOD", "");
    String plan = fields.getOrDefault("PLAN", "");
    if (unit.isBlank() || period.isBlank() || plan.isBlank()) return Optional.empty();
    return Optional.of(new FormStamp(unit, period, plan));
  }

  /** The sheet's rows, in order. */
  public String[][] fields() {
    return new String[][] {{"FORM", FORM}, {"UNIT", unitCode}, {"PERIOD", periodId}, {"PLAN", plan}};
  }
}
