package vn.cchc.report.rules;

/** Which days a period's report counts (rules §5). */
public enum CutOffConvention {
  /** Nghị định 09/2019/NĐ-CP, Điều 12 (the default): from the 15th of the month before the period to the 14th of its last month. */
  DECREE_09_2019,
  /** Calendar periods: from the period's first day to its last (Q3: 1/7–30/9). */
  CALENDAR
}
