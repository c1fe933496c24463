package vn.cchc.report.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one sheet row as a workbook reader meets them, left to right: a column skipped is
 * an empty text cell, a column met twice (a damaged row) keeps its first cell.
 */
final class RowCells {
  private final List<String> cells = new ArrayList<>();
  private final List<CellKind> kinds = new ArrayList<>();
  private boolean typed;

  /** Whether the column already has its cell. */
  boolean filled(int column) {
    return column < cells.size();
  }

  void put(int column, ExcelTableReader.Value value) {
    if (filled(column)) return;
    while (cells.size() < column) {
      cells.add("");
      kinds.add(CellKind.TEXT);
    }
    cells.add(value.text());
    kinds.add(value.kind());
    typed |= value.kind() != CellKind.TEXT;
  }

  /** The row; kinds are kept only when some cell is not text (most rows of a status file are all text). */
  RawRow row(int number) {
    byte[] codes = null;
    if (typed) {
      codes = new byte[kinds.size()];
      for (int i = 0; i < codes.length; i++) codes[i] = kinds.get(i).code();
    }
    return new RawRow(number, cells, codes);
  }
}
