package vn.cchc.report.report.doc;

import java.util.List;
import java.util.Objects;

/** What a section holds, top to bottom. */
public sealed interface Block {

  /** Horizontal alignment. */
  enum Align {
    LEFT,
    CENTER,
    RIGHT,
    JUSTIFY
  }

  /** A piece of text with its own style; {@code size} in points, 0 = the paragraph's size. */
  record Run(String text, boolean bold, boolean italic, double size) {
    public Run {
      Objects.requireNonNull(text, "text");
    }

    public static Run plain(String text) {
      return new Run(text, false, false, 0);
    }

    public static Run bold(String text) {
      return new Run(text, true, false, 0);
    }

    public static Run italic(String text) {
      return new Run(text, false, true, 0);
    }
  }

  /**
   * Paragraph layout, sizes in points and centimetres.
   *
   * @param size font size of the runs that do not set their own
   * @param firstLineIndent in cm (1.27 for body text)
   * @param spaceBefore, spaceAfter in points
   * @param lineSpacing multiple of single spacing (1.0 … 1.5)
   * @param keepWithNext keep on the same page as the next block (headings, signature lines)
   */
  record Style(Align align, double size, double firstLineIndent, double spaceBefore, double spaceAfter, double lineSpacing,
      boolean keepWithNext) {
    public Style withAlign(Align newAlign) {
      return new Style(newAlign, size, firstLineIndent, spaceBefore, spaceAfter, lineSpacing, keepWithNext);
    }

    public Style withSize(double newSize) {
      return new Style(align, newSize, firstLineIndent, spaceBefore, spaceAfter, lineSpacing, keepWithNext);
    }

    public Style withSpace(double before, double after) {
      return new Style(align, size, firstLineIndent, before, after, lineSpacing, keepWithNext);
    }

    public Style keptWithNext() {
      return new Style(align, size, firstLineIndent, spaceBefore, spaceAfter, lineSpacing, true);
    }
  }

  /** A paragraph; line breaks inside a run's text ("\n") are line breaks within the paragraph. */
  record Paragraph(List<Run> runs, Style style) implements Block {
    public Paragraph {
      runs = List.copyOf(runs);
    }

    public String text() {
      StringBuilder text = new StringBuilder();
      runs.forEach(r -> text.append(r.text()));
      return text.toString();
    }

    /** The widest of the paragraph's lines ("\n" starts a line) as {@code width} measures text, in points. */
    public double widestLine(TextWidth width) {
      double widest = 0;
      double current = 0;
      for (Run run : runs) {
        double size = run.size() > 0 ? run.size() : style.size();
        String[] lines = run.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            widest = Math.max(widest, current);
            current = 0;
          }
          current += width.of(lines[i], run.bold(), run.italic(), size);
        }
      }
      return Math.max(widest, current);
    }
  }

  /** A renderer's measure of text in points (rules are as long as a paragraph's widest line). */
  @FunctionalInterface
  interface TextWidth {
    double of(String text, boolean bold, boolean italic, double size);
  }

  /**
   * A solid rule centred under the paragraph just above it (in the same column), as long as that
   * paragraph's widest line times {@code fraction}: 1.0 under the Tiêu ngữ, 1/3–1/2 under the
   * issuing body and the trích yếu (NĐ 30). {@code spaceAfter} in points.
   */
  record Rule(double fraction, double spaceAfter) implements Block {
    public Rule {
      if (fraction <= 0 || fraction > 1) throw new IllegalArgumentException("fraction in (0, 1]: " + fraction);
    }
  }

  /**
   * Two borderless columns side by side (the header block; Nơi nhận beside the signature).
   *
   * @param leftShare share of the text width given to the left column (0.4 = 40%)
   */
  record Columns(double leftShare, List<Block> left, List<Block> right) implements Block {
    public Columns {
      left = List.copyOf(left);
      right = List.copyOf(right);
      if (leftShare <= 0 || leftShare >= 1) throw new IllegalArgumentException("leftShare in (0, 1): " + leftShare);
    }
  }

  /**
   * A table with borders. The first {@code headerRows} rows repeat on every page; no row splits
   * across pages unless it alone is taller than a page.
   *
   * @param widths relative column widths (they are scaled to the text width)
   * @param size font size of the cells, in points
   */
  record Table(List<Double> widths, int headerRows, List<Row> rows, double size) implements Block {
    public Table {
      widths = List.copyOf(widths);
      rows = List.copyOf(rows);
      if (headerRows < 0 || headerRows > rows.size()) throw new IllegalArgumentException("headerRows out of range: " + headerRows);
      grid(widths.size(), rows);
    }

    /** Each row's slots, left to right: where its cells land and where cells from above span over it. */
    public List<List<Slot>> grid() {
      return grid(widths.size(), rows);
    }

    /** For each row, whether a cell of it (or of a row above) spans down into the next row. */
    public boolean[] spansIntoNext() {
      List<List<Slot>> grid = grid();
      boolean[] spans = new boolean[rows.size()];
      for (int r = 0; r + 1 < rows.size(); r++) spans[r] = grid.get(r + 1).stream().anyMatch(Slot::continued);
      return spans;
    }

    /**
     * For each row, whether it stays on the page of the next row: it asks to (a group's heading
     * row) or a cell spans from it into the next row. Both renderers keep such rows together.
     */
    public boolean[] keptWithNext() {
      boolean[] kept = spansIntoNext();
      for (int r = 0; r + 1 < rows.size(); r++) kept[r] |= rows.get(r).keepWithNext();
      return kept;
    }

    /**
     * The one walk of the grid: every row, with the row spans from above, must fill the columns
     * exactly, each column once (a template error otherwise).
     */
    private static List<List<Slot>> grid(int columns, List<Row> rows) {
      List<List<Slot>> grid = new java.util.ArrayList<>(rows.size());
      int[] rowsLeft = new int[columns];
      Cell[] above = new Cell[columns];
      int[] aboveStart = new int[columns];
      for (int r = 0; r < rows.size(); r++) {
        List<Cell> cells = rows.get(r).cells();
        List<Slot> slots = new java.util.ArrayList<>();
        int position = 0;
        int next = 0;
        while (position < columns) {
          if (rowsLeft[position] > 0) {
            Cell cell = above[position];
            int span = Math.min(cell.colSpan(), columns - position);
            if (aboveStart[position] != position) throw gridError(columns, r, cells, next, position);
            slots.add(new Slot(position, span, cell, true));
            for (int c = position; c < position + span; c++) rowsLeft[c]--;
            position += span;
            continue;
          }
          if (next >= cells.size()) break;
          Cell cell = cells.get(next++);
          if (position + cell.colSpan() > columns) throw gridError(columns, r, cells, next, position + cell.colSpan());
          for (int c = position; c < position + cell.colSpan(); c++) {
            if (rowsLeft[c] > 0) throw gridError(columns, r, cells, next, c);
            rowsLeft[c] = cell.rowSpan() - 1;
            above[c] = cell;
            aboveStart[c] = position;
          }
          slots.add(new Slot(position, cell.colSpan(), cell, false));
          position += cell.colSpan();
        }
        if (position != columns || next != cells.size()) throw gridError(columns, r, cells, next, position);
        grid.add(List.copyOf(slots));
      }
      return List.copyOf(grid);
    }

    private static IllegalArgumentException gridError(int columns, int row, List<Cell> cells, int used, int position) {
      return new IllegalArgumentException("bảng có " + columns + " cột nhưng dòng " + (row + 1) + " (\""
          + (cells.isEmpty() ? "" : cells.get(0).text()) + "\" …) có " + used + "/" + cells.size()
          + " ô lấp " + position + " cột");
    }
  }

  /**
   * A position of a table row, left to right: the cell that starts there, or ({@code continued})
   * the part of a cell of a row above that spans down over it. {@code span} columns wide.
   */
  record Slot(int column, int span, Cell cell, boolean continued) {}

  /**
   * A table row; {@code bold} for header and total rows; {@code keepWithNext} keeps it on the page
   * of the row under it (a group's heading row with the group's first row).
   */
  record Row(List<Cell> cells, boolean bold, boolean keepWithNext) {
    public Row {
      cells = List.copyOf(cells);
    }

    public Row(List<Cell> cells, boolean bold) {
      this(cells, bold, false);
    }
  }

  /**
   * A cell. A cell spanning several columns or rows is given once, at its top-left position; the
   * positions it covers are not given (as in HTML).
   */
  record Cell(String text, Align align, int colSpan, int rowSpan, boolean italic) {
    public Cell {
      Objects.requireNonNull(text, "text");
      if (colSpan < 1 || rowSpan < 1) throw new IllegalArgumentException("spans are ≥ 1");
    }

    public static Cell of(String text, Align align) {
      return new Cell(text, align, 1, 1, false);
    }
  }

  /** Starts a new page in the same section. */
  record PageBreak() implements Block {}
}
