package vn.cchc.report.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cells merged vertically in a table's body: a Word table pasted into Excel leaves the lead unit or
 * the deadline of several tasks in one merged cell, whose text sits in its first row only. Each row
 * the merge spans takes that text (issue #8), in the merge's first column; a horizontal merge gives
 * nothing to its other columns (its text belongs to one field).
 */
final class BodyMerges {
  private BodyMerges() {}

  /**
   * @param rows a sheet's rows, in order
   * @param headerLastRow merges that start at or above this row belong to the header and are left alone
   * @return the rows, those inside a vertical merge with its text filled in
   */
  static List<RawRow> fill(List<RawRow> rows, List<Merge> merges, int headerLastRow) {
    List<Merge> body = merges.stream().filter(m -> m.vertical() && m.firstRow() > headerLastRow).toList();
    if (body.isEmpty()) return rows;
    Map<Integer, Integer> indexByNumber = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) indexByNumber.put(rows.get(i).number(), i);
    List<RawRow> filled = new ArrayList<>(rows);
    for (Merge merge : body) {
      Integer top = indexByNumber.get(merge.firstRow());
      if (top == null) continue;
      RawRow source = filled.get(top);
      String text = source.cell(merge.firstColumn());
      if (text.isEmpty()) continue;
      CellKind kind = source.kind(merge.firstColumn());
      for (int number = merge.firstRow() + 1; number <= merge.lastRow(); number++) {
        Integer index = indexByNumber.get(number);
        if (index != null) filled.set(index, withCell(filled.get(index), merge.firstColumn(), text, kind));
      }
    }
    return filled;
  }

  /** First rows of the vertical merges under the header, in order. */
  static List<Integer> verticalBelow(List<Merge> merges, int headerLastRow) {
    return merges.stream().filter(m -> m.vertical() && m.firstRow() > headerLastRow).map(Merge::firstRow).sorted().toList();
  }

  private static RawRow withCell(RawRow row, int column, String text, CellKind kind) {
    List<String> cells = new ArrayList<>(row.cells());
    while (cells.size() <= column) cells.add("");
    cells.set(column, text);
    if (row.kinds() == null && kind == CellKind.TEXT) return new RawRow(row.number(), cells, null);
    byte[] kinds = new byte[cells.size()];
    for (int c = 0; c < cells.size(); c++) kinds[c] = row.kind(c).code();
    kinds[column] = kind.code();
    return new RawRow(row.number(), cells, kinds);
  }
}
