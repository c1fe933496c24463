package vn.cchc.report.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * One sheet of a workbook, or the single table of a CSV file, read row by row (streaming).
 *
 * @param name the sheet name, or null for CSV
 * @param hidden true for a sheet hidden in Excel
 * @param rows the rows in order, blank rows included or not as the format gives them
 * @param merges the sheet's merged ranges; complete only once {@code rows} is consumed (an .xlsx
 *     file lists them after its rows)
 */
record SheetData(String name, boolean hidden, Iterator<RawRow> rows, Supplier<List<Merge>> merges) {

  /** A sheet without merged cells (CSV). */
  public SheetData(String name, boolean hidden, Iterator<RawRow> rows) {
    this(name, hidden, rows, List::of);
  }
}
