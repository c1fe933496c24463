package vn.cchc.report.ingest;

import java.util.List;

/**
 * One row as read from a sheet or CSV file, before any meaning is given to it.
 *
 * @param number 1-based row number as Excel shows it (for CSV: the record number)
 * @param cells cleaned cell texts ({@link CellText#clean}); dates from Excel date cells come as ISO "yyyy-mm-dd"
 */
public record RawRow(int number, List<String> cells) {
  public RawRow {
    cells = List.copyOf(cells);
  }

  /** The cell at a 0-based column, "" past the end. */
  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  public boolean isBlank() {
    return cells.stream().allMatch(String::isEmpty);
  }
}
