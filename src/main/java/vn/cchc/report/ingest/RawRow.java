package vn.cchc.report.ingest;

import java.util.List;

/**
 * One row as read from a sheet or CSV file, before any meaning is given to it.
 *
 * @param number 1-based row number as Excel shows it (for CSV: the record number)
 * @param cells cleaned cell texts ({@link CellText#clean}); dates from Excel date cells come as ISO "yyyy-mm-dd"
 * @param kinds the {@link CellKind} code of each cell, or null when every cell is {@link CellKind#TEXT}
 *     (CSV rows: a million-row list carries no second array)
 */
record RawRow(int number, List<String> cells, byte[] kinds) {
  public RawRow {
    cells = List.copyOf(cells);
    if (kinds != null && kinds.length != cells.size()) {
      throw new IllegalArgumentException("kinds " + kinds.length + " ≠ cells " + cells.size());
    }
  }

  /** A row of text cells. */
  public RawRow(int number, List<String> cells) {
    this(number, cells, null);
  }

  /** The cell at a 0-based column, "" past the end. */
  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  /** What the cell at a 0-based column held; {@link CellKind#TEXT} past the end. */
  public CellKind kind(int column) {
    return kinds == null || column >= kinds.length ? CellKind.TEXT : CellKind.of(kinds[column]);
  }

  public boolean isBlank() {
    for (String cell : cells) if (!cell.isEmpty()) return false;
    return true;
  }

  /** The same row with other cell texts, kinds kept (merged cells filled in). */
  RawRow withCells(List<String> newCells) {
    if (kinds == null) return new RawRow(number, newCells, null);
    byte[] newKinds = java.util.Arrays.copyOf(kinds, newCells.size());
    return new RawRow(number, newCells, newKinds);
  }
}
