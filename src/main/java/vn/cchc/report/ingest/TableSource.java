package vn.cchc.report.ingest;

import java.util.Iterator;

/**
 * An opened input table: the sheets of a workbook, or one sheet for a CSV file. Sheets are read
 * one after another, each row by row, so memory stays bounded on big files. A failure while
 * reading rows surfaces as an {@link UncheckedInputException}.
 */
interface TableSource extends AutoCloseable {

  /** The sheets in workbook order; each iterator may be consumed once. */
  Iterator<SheetData> sheets();

  /** What the reader found out about the file, e.g. "CSV, UTF-8 có BOM, dấu phân cách ';'". */
  String description();

  @Override
  void close();
}
