package vn.cchc.report.report.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.report.report.doc.Block.Align;
import vn.cchc.report.report.doc.Block.Cell;
import vn.cchc.report.report.doc.Block.Row;
import vn.cchc.report.report.doc.Block.Slot;
import vn.cchc.report.report.doc.Block.Table;

/** The one walk of a table's grid ({@link Table#grid}) that both renderers follow. */
class TableGridTest {
  private static Cell cell(String text, int colSpan, int rowSpan) {
    return new Cell(text, Align.LEFT, colSpan, rowSpan, false);
  }

  private static Table table(int columns, List<List<Cell>> rows) {
    return new Table(java.util.Collections.nCopies(columns, 1.0), 0, rows.stream().map(r -> new Row(r, false)).toList(), 12);
  }

  @Test
  void placesCellsAndTheSpansFromAbove() {
    // | STT (2 rows) | Kết quả (2 columns)  |
    // |              | Đạt      | Chưa đạt  |
    Table t = table(3, List.of(List.of(cell("STT", 1, 2), cell("Kết quả", 2, 1)), List.of(cell("Đạt", 1, 1), cell("Chưa đạt", 1, 1))));

    List<List<Slot>> grid = t.grid();

    assertThat(grid.get(0)).extracting(Slot::column, Slot::span, s -> s.cell().text(), Slot::continued).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 1, "STT", false), org.assertj.core.groups.Tuple.tuple(1, 2, "Kết quả", false));
    assertThat(grid.get(1)).extracting(Slot::column, Slot::span, s -> s.cell().text(), Slot::continued).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 1, "STT", true), org.assertj.core.groups.Tuple.tuple(1, 1, "Đạt", false),
        org.assertj.core.groups.Tuple.tuple(2, 1, "Chưa đạt", false));
  }

  @Test
  void aWideCellSpanningDownIsOneContinuedSlot() {
    Table t = table(3, List.of(List.of(cell("A", 2, 2), cell("B", 1, 1)), List.of(cell("C", 1, 1))));

    assertThat(t.grid().get(1)).extracting(Slot::column, Slot::span, Slot::continued).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 2, true), org.assertj.core.groups.Tuple.tuple(2, 1, false));
  }

  @Test
  void refusesRowsThatDoNotFillTheColumnsExactlyOnce() {
    // Too few cells, too many, a cell wider than what is left, a cell laid over a span from above.
    assertThatThrownBy(() -> table(2, List.of(List.of(cell("a", 1, 1))))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table(2, List.of(List.of(cell("a", 1, 1), cell("b", 1, 1), cell("c", 1, 1)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table(2, List.of(List.of(cell("a", 1, 1), cell("b", 2, 1))))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table(2, List.of(List.of(cell("a", 1, 1), cell("b", 1, 2)), List.of(cell("c", 2, 1)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dòng 2");
  }
}
