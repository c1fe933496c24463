package vn.cchc.report.ingest;

import java.util.Iterator;

/**
 * One sheet of a workbook, or the single table of a CSV file, read row by row (streaming).
 *
 * @param name the sheet name, or null for CSV
 * @param hidden true for a sheet hidden in Excel
 */
public record SheetData(String name, boolean hidden, Iterator<RawRow> rows) {}
