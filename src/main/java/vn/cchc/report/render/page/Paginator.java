package vn.cchc.report.render.page;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.report.render.Twips;
import vn.cchc.report.render.Typography;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Section;

/**
 * Lays a section's blocks down its pages the way Word and LibreOffice lay out the same DOCX, so
 * both files break pages at the same lines:
 *
 * <ul>
 *   <li>a line box is its font's ascent + descent + line gap times the line spacing; the baseline
 *       sits ascent + line gap under the box's top, the extra of a spacing above 1 goes under the line;
 *   <li>a line goes on the page when its whole box fits above the bottom margin;
 *   <li>lines break at the same words ({@link LineBreaker}); page, margins and table columns are
 *       the DOCX's own numbers in twips ({@link Twips});
 *   <li>between two paragraphs the larger of the space after and the space before;
 *   <li>a paragraph's space before is dropped at the top of a page the text flowed onto;
 *   <li>a paragraph kept with the next one moves to a new page with that one's first line;
 *   <li>the two-column blocks (header, Nơi nhận beside the signature) never split;
 *   <li>tables break between rows, repeating their header rows; a row kept with the next one (a
 *       group's heading) moves with it; rows joined by a cell spanning them stay together; a row
 *       splits only when no page could hold it.
 * </ul>
 *
 * <p>Pure: the font's metrics in, boxes with their positions out. Coordinates are points from the
 * page's top-left corner, y downwards.
 */
public final class Paginator {
  private static final float RULE_BOX = (float) Typography.RULE_BOX;
  private static final float RULE_WIDTH = (float) Typography.RULE_WIDTH;
  private static final float RULE_HEIGHT = RULE_BOX + RULE_WIDTH;
  private static final float CELL_SPACE = (float) Typography.CELL_SPACE;
  private static final float CELL_PADDING_SIDE = (float) Typography.CELL_PADDING_SIDE;
  private static final float TABLE_BORDER = (float) Typography.TABLE_BORDER;
  private static final float PAGE_BREAK_SIZE = (float) Typography.TEXT_SIZE;
  private static final float NUMBER_SIZE = (float) Typography.PAGE_NUMBER_SIZE;
  private static final float HEADER_DISTANCE = (float) Typography.HEADER_DISTANCE;

  private final Metrics metrics;
  private final LineBreaker breaker;

  public Paginator(Metrics metrics) {
    this.metrics = metrics;
    this.breaker = new LineBreaker(metrics::advance);
  }

  /** A layout the pages cannot hold (a group of rows joined by a cell, taller than a page). */
  public static final class LayoutException extends RuntimeException {
    LayoutException(String message) {
      super(message);
    }
  }

  /**
   * The section's pages, at least one (a section has its page even with nothing on it, as in the
   * DOCX). From the second page on, the page number is centred in the top margin.
   *
   * @throws LayoutException when a part of a table cannot be laid on any page
   */
  public List<Page> pages(Section section) {
    return new Flow(section).run();
  }

  /** The layout of one section: where the next block starts, on which page. */
  private final class Flow {
    private final float width;
    private final float height;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private final List<Block> blocks;
    private final List<Page> pages = new ArrayList<>();
    /** Each table of the page flow laid out once (a kept heading above it measures its first rows). */
    private final Map<Block.Table, TableLayout> laidOut = new IdentityHashMap<>();
    private List<Box> boxes = new ArrayList<>();
    /** Where the next block starts: the bottom of the last line box, or the space under it. */
    private float y;
    /** The page was begun by text flowing over: the first paragraph's space before is dropped. */
    private boolean flowedOnto;
    /** The last paragraph's space after, not yet laid: the next paragraph may ask for more before it. */
    private float pendingAfter;

    Flow(Section section) {
      Section.Margins m = section.margins();
      width = Twips.points(Twips.pageWidth(section));
      height = Twips.points(Twips.pageHeight(section));
      left = Twips.points(Twips.of(m.left()));
      right = width - Twips.points(Twips.of(m.right()));
      top = Twips.points(Twips.of(m.top()));
      bottom = height - Twips.points(Twips.of(m.bottom()));
      blocks = section.blocks();
    }

    List<Page> run() {
      y = top;
      Block.Paragraph previous = null;
      for (int i = 0; i < blocks.size(); i++) {
        Block block = blocks.get(i);
        if (block instanceof Block.Paragraph p) {
          if (p.style().keepWithNext() && !pageEmpty()) {
            float needed = keptHeight(i);
            if (needed <= bottom - top && y + needed > bottom) newPage();
          }
          if (!(flowedOnto && pageEmpty())) y += gap(pendingAfter, p.style().spaceBefore());
          y = lines(p, left, right, y, true, true);
          pendingAfter = (float) p.style().spaceAfter();
          previous = p;
        } else if (block instanceof Block.Rule r) {
          y += pendingAfter;
          if (y + RULE_HEIGHT > bottom) newPage();
          y = rule(r, previous, left, right, y, true);
          pendingAfter = (float) r.spaceAfter();
        } else if (block instanceof Block.Columns c) {
          y += pendingAfter;
          pendingAfter = 0;
          columns(c);
        } else if (block instanceof Block.Table t) {
          y += pendingAfter;
          pendingAfter = 0;
          table(t);
        } else if (block instanceof Block.PageBreak) {
          // The DOCX's break is an empty 14 pt paragraph that starts the next page (at the very top
          // of a section LibreOffice keeps it on the page): the same empty line here.
          if (!pageEmpty()) newPage();
          flowedOnto = false;
          pendingAfter = 0;
          y += metrics.lineHeight() * PAGE_BREAK_SIZE;
        }
      }
      pages.add(new Page(width, height, boxes));
      return pages;
    }

    private boolean pageEmpty() {
      return y <= top;
    }

    private void newPage() {
      pages.add(new Page(width, height, boxes));
      boxes = new ArrayList<>();
      int number = pages.size() + 1;
      String text = Integer.toString(number);
      float textWidth = metrics.width(text, false, false, NUMBER_SIZE);
      boxes.add(new Box.Text(left + (right - left - textWidth) / 2, HEADER_DISTANCE + metrics.lineAscent() * NUMBER_SIZE,
          List.of(new Block.Run(text, false, false, NUMBER_SIZE)), 0));
      y = top;
      flowedOnto = true;
      pendingAfter = 0;
    }

    /**
     * The height a kept paragraph needs on this page: itself, the kept paragraphs and rules after
     * it, and the first line (or row, or whole column block) of what follows.
     */
    private float keptHeight(int from) {
      float needed = 0;
      float after = pendingAfter;
      for (int j = from; j < blocks.size(); j++) {
        Block block = blocks.get(j);
        boolean kept = j == from || block instanceof Block.Rule
            || block instanceof Block.Paragraph q && q.style().keepWithNext();
        if (block instanceof Block.Paragraph q) {
          needed += gap(after, q.style().spaceBefore());
          if (!kept) return needed + pitch(q) * leadingLines(q);
          needed += lines(q, left, right, y, false, false) - y;
          after = (float) q.style().spaceAfter();
          if (needed > bottom - top) return needed; // more than a page: the keep is given up anyway
        } else if (block instanceof Block.Rule) {
          needed += after + RULE_HEIGHT;
          after = (float) ((Block.Rule) block).spaceAfter();
        } else if (block instanceof Block.Columns c) {
          return needed + after + columnsHeight(c);
        } else if (block instanceof Block.Table t) {
          TableLayout table = laidOut(t);
          return needed + after + table.headerHeight() + table.height(table.firstKeptUnit());
        } else {
          return needed;
        }
      }
      return needed;
    }

    // ---- paragraphs

    /**
     * Lays the paragraph's lines from {@code from} down between {@code x0} and {@code x1} and
     * returns the bottom of its last line box (its space before and after are the caller's). With
     * {@code breaks}, lines that do not fit above the bottom margin go to a new page, with widow and
     * orphan control as Word and LibreOffice apply it (at least two lines of a paragraph at a page's
     * foot and at the next page's top; a paragraph of two or three lines is not split). A line
     * break ("\n") starts a line without the first-line indent, as in the DOCX.
     */
    private float lines(Block.Paragraph p, float x0, float x1, float from, boolean draw, boolean breaks) {
      Block.Style s = p.style();
      float pitch = pitch(p);
      float ascent = metrics.lineAscent() * size(p);
      List<Line> all = lineBoxes(p, x0, x1);
      float at = from;
      int next = 0;
      while (next < all.size()) {
        int take = all.size() - next;
        if (breaks) {
          int room = 0;
          while (room < take && at + (room + 1) * pitch <= bottom) room++;
          if (room < take) {
            int k = room;
            if (take - k < 2) k = take - 2; // no single line at the next page's top (widow)
            if (next == 0 && k < 2) k = 0; // no single first line at this page's foot (orphan)
            if (k <= 0 && pageEmpty() && at <= top) k = Math.max(room, 1); // a page cannot do better
            if (k <= 0) {
              newPage();
              at = top;
              continue;
            }
            take = k;
          }
        }
        for (Line line : all.subList(next, next + take)) {
          if (draw) line(line.runs(), s.align(), line.endsPiece(), line.x(), x1, at + ascent);
          at += pitch;
        }
        next += take;
        if (breaks) {
          y = at;
          if (next < all.size()) {
            newPage();
            at = top;
          }
        }
      }
      return at;
    }

    /** A line of a paragraph: its runs, where it starts, and whether it is the last before a line break or the end. */
    private record Line(List<Block.Run> runs, float x, boolean endsPiece) {}

    private List<Line> lineBoxes(Block.Paragraph p, float x0, float x1) {
      float indent = Twips.points(Twips.of(p.style().firstLineIndent() * 10));
      List<Line> all = new ArrayList<>();
      List<List<Block.Run>> pieces = pieces(p);
      for (int i = 0; i < pieces.size(); i++) {
        float first = i == 0 ? indent : 0;
        List<List<Block.Run>> lines = breaker.lines(pieces.get(i), x1 - x0 - first, x1 - x0);
        for (int k = 0; k < lines.size(); k++) all.add(new Line(lines.get(k), x0 + (k == 0 ? first : 0), k == lines.size() - 1));
      }
      return all;
    }

    /** The lines of a paragraph that must start on the page of what is kept with it: orphan control keeps two, or all of a short one. */
    private int leadingLines(Block.Paragraph p) {
      int count = lineBoxes(p, left, right).size();
      return count <= 3 ? count : 2;
    }

    /** One line between x0 and x1; justified lines fill it but the last one and a line of a single word, as in Word. */
    private void line(List<Block.Run> runs, Block.Align align, boolean last, float x0, float x1, float baseline) {
      if (runs.isEmpty()) return;
      float ink = 0;
      int spaces = 0;
      for (Block.Run run : runs) {
        for (int i = 0; i < run.text().length(); ) {
          int c = run.text().codePointAt(i);
          ink += metrics.advance(c, run.bold(), run.italic()) * (float) run.size();
          if (c == ' ') spaces++;
          i += Character.charCount(c);
        }
      }
      float room = x1 - x0 - ink;
      Box.Text text = switch (align) {
        case LEFT -> new Box.Text(x0, baseline, runs, 0);
        case CENTER -> new Box.Text(x0 + room / 2, baseline, runs, 0);
        case RIGHT -> new Box.Text(x1 - ink, baseline, runs, 0);
        case JUSTIFY -> new Box.Text(x0, baseline, runs, last || spaces == 0 || room <= 0 ? 0 : room / spaces);
      };
      boxes.add(text);
    }

    /** One line's height: the font's single line times the paragraph's spacing. */
    private float pitch(Block.Paragraph p) {
      return metrics.lineHeight() * (float) p.style().lineSpacing() * size(p);
    }

    // ---- rules

    /**
     * A rule centred under the paragraph above, as long as its widest line times the rule's
     * fraction, where the DOCX's bottom border lies; returns the y under it.
     */
    private float rule(Block.Rule rule, Block.Paragraph above, float x0, float x1, float from, boolean draw) {
      float textWidth = x1 - x0;
      if (above != null) textWidth = Math.min((float) above.widestLine(metrics::width), textWidth);
      float length = textWidth * (float) rule.fraction();
      if (draw) {
        float middle = (x0 + x1) / 2;
        boxes.add(new Box.Rule(middle - length / 2, middle + length / 2, from + RULE_BOX + RULE_WIDTH / 2, RULE_WIDTH));
      }
      return from + RULE_HEIGHT;
    }

    // ---- two columns

    /** Both columns from the same line; the block goes whole to the next page when it does not fit. */
    private void columns(Block.Columns c) {
      float needed = columnsHeight(c);
      if (!pageEmpty() && y + needed > bottom) newPage();
      if (y + needed <= bottom) {
        y = columnsAt(c, left, right, y, true);
        return;
      }
      // Taller than a page (a very long Nơi nhận): as Word splits a row that cannot fit, each column
      // goes on with its next paragraph at the top of the next page; nothing runs past the margin.
      List<Block> restLeft = byLine(c.left());
      List<Block> restRight = byLine(c.right());
      while (!restLeft.isEmpty() || !restRight.isEmpty()) {
        int takeLeft = fitting(restLeft, c, true);
        int takeRight = fitting(restRight, c, false);
        Block.Columns part = new Block.Columns(c.leftShare(), restLeft.subList(0, takeLeft), restRight.subList(0, takeRight));
        y = columnsAt(part, left, right, y, true);
        restLeft = restLeft.subList(takeLeft, restLeft.size());
        restRight = restRight.subList(takeRight, restRight.size());
        if (!restLeft.isEmpty() || !restRight.isEmpty()) newPage();
      }
    }

    /** How many of a column's first blocks fit above the bottom margin (at least one on an empty page). */
    private int fitting(List<Block> column, Block.Columns c, boolean leftSide) {
      int count = 0;
      while (count < column.size()) {
        List<Block> head = column.subList(0, count + 1);
        Block.Columns trial = new Block.Columns(c.leftShare(), leftSide ? head : List.of(), leftSide ? List.of() : head);
        if (columnsAt(trial, left, right, y, false) > bottom) break;
        count++;
      }
      return count == 0 && pageEmpty() && !column.isEmpty() ? 1 : count;
    }

    private float columnsHeight(Block.Columns c) {
      return columnsAt(c, left, right, y, false) - y;
    }

    private float columnsAt(Block.Columns c, float x0, float x1, float from, boolean draw) {
      float split = x0 + Twips.points(Twips.leftColumn(Twips.fromPoints(x1 - x0), c.leftShare()));
      return Math.max(column(c.left(), x0, split, from, draw), column(c.right(), split, x1, from, draw));
    }

    /** A column's blocks one under the other, without page breaks; returns the y under them. */
    private float column(List<Block> column, float x0, float x1, float from, boolean draw) {
      float at = from;
      float after = 0;
      Block.Paragraph previous = null;
      for (Block block : column) {
        if (block instanceof Block.Paragraph p) {
          at += gap(after, p.style().spaceBefore());
          at = lines(p, x0, x1, at, draw, false);
          after = (float) p.style().spaceAfter();
          previous = p;
          continue;
        }
        at += after;
        after = 0;
        if (block instanceof Block.Rule r) {
          at = rule(r, previous, x0, x1, at, draw);
          after = (float) r.spaceAfter();
        } else if (block instanceof Block.Columns c) {
          at = columnsAt(c, x0, x1, at, draw);
        } else if (block instanceof Block.Table t) {
          TableLayout table = new TableLayout(t, x0, x1 - x0, Float.MAX_VALUE);
          if (draw) table.draw(0, t.rows().size(), at);
          at += table.height(0, t.rows().size()) + TABLE_BORDER;
        }
      }
      // The cell's last paragraph's space after is inside the cell.
      return at + after;
    }

    // ---- tables

    private TableLayout laidOut(Block.Table t) {
      return laidOut.computeIfAbsent(t, k -> new TableLayout(k, left - CELL_PADDING_SIDE, right - left, bottom - top));
    }

    /**
     * Rows from here down, continued on new pages under the repeated header rows. A row kept with
     * the next one and rows joined by a spanning cell move together; a row no page can hold splits
     * where it stands, its parts from the top of their cells, as LibreOffice shows them.
     */
    private void table(Block.Table t) {
      TableLayout table = laidOut(t);
      float room = bottom - top - table.headerHeight();
      List<int[]> units = table.keptUnits();
      boolean first = true;
      for (int[] unit : units) {
        float needed = table.height(unit);
        if (first) {
          // The header rows go with the first row (or a row no page holds, with its first line): to
          // the next page together when they do not fit.
          float firstPart = needed <= room ? needed : table.minimumPart();
          if (!pageEmpty() && y + table.headerHeight() + firstPart > bottom) newPage();
          y = table.drawHeader(y);
          first = false;
        }
        if (y + needed <= bottom) {
          y = table.draw(unit[0], unit[1], y);
        } else if (needed <= room) {
          newPage();
          y = table.draw(unit[0], unit[1], table.drawHeader(y));
        } else {
          for (int[] part : table.spanUnits(unit[0], unit[1])) placeTall(table, part);
        }
      }
      if (first) y = table.drawHeader(y); // a table of header rows only
      // LibreOffice counts the whole bottom border into the table's height.
      y += TABLE_BORDER;
    }

    /** A group of rows kept together that no page holds: each row moves whole, a row no page holds splits. */
    private void placeTall(TableLayout table, int[] unit) {
      float room = bottom - top - table.headerHeight();
      float needed = table.height(unit);
      if (y + needed <= bottom) {
        y = table.draw(unit[0], unit[1], y);
      } else if (needed <= room) {
        newPage();
        y = table.draw(unit[0], unit[1], table.drawHeader(y));
      } else if (unit[1] - unit[0] > 1) {
        throw new LayoutException("các hàng " + (unit[0] + 1) + "–" + unit[1] + " của bảng có ô gộp qua nhiều hàng và cao hơn cả trang."
            + " Hãy bỏ gộp hàng (r…) ở các hàng này trong mẫu văn bản.");
      } else {
        List<Integer> shown = table.emptyProgress(unit[0]);
        boolean fresh = y <= top + table.headerHeight() + 0.01f; // at the top of a page, under the header rows
        while (true) {
          if (y + table.minimumPart() > bottom) {
            if (fresh) throw new LayoutException("một hàng của bảng cao hơn cả trang");
            newPage();
            y = table.drawHeader(y);
            fresh = true;
            continue;
          }
          float rest = table.restHeight(unit[0], shown);
          if (y + rest <= bottom) {
            y = table.drawPart(unit[0], shown, y, rest);
            return;
          }
          y = table.drawPart(unit[0], shown, y, bottom - y);
          newPage();
          y = table.drawHeader(y);
          fresh = true;
        }
      }
    }

    /** A table's columns, cells' lines and rows' heights, placed from {@code x}. */
    private final class TableLayout {
      private final List<List<CellText>> cells = new ArrayList<>();
      private final float[] heights;
      private final float pitch;
      private final float ascent;
      private final boolean[] spansIntoNext;
      private final boolean[] keptWithNext;
      /** The header rows repeated on each page: none when there is nothing under them or they are taller than a page. */
      private final int header;

      /** A cell that starts in its row, its lines wrapped where the DOCX's cell wraps. */
      private record CellText(Block.Slot slot, float x, float width, List<List<Block.Run>> lines) {}

      TableLayout(Block.Table table, float x, float width, float pageHeight) {
        spansIntoNext = table.spansIntoNext();
        keptWithNext = table.keptWithNext();
        float size = (float) table.size();
        pitch = metrics.lineHeight() * size;
        ascent = metrics.lineAscent() * size;
        int[] twips = Twips.columns(Twips.fromPoints(width), table.widths());
        float[] columnX = new float[twips.length + 1];
        int at = 0;
        for (int i = 0; i < twips.length; i++) {
          columnX[i] = x + Twips.points(at);
          at += twips[i];
        }
        columnX[twips.length] = x + Twips.points(at);
        List<List<Block.Slot>> grid = table.grid();
        heights = new float[grid.size()];
        for (int r = 0; r < grid.size(); r++) {
          Block.Row row = table.rows().get(r);
          List<CellText> texts = new ArrayList<>();
          for (Block.Slot slot : grid.get(r)) {
            if (slot.continued()) continue;
            float cellX = columnX[slot.column()];
            float cellWidth = columnX[slot.column() + slot.span()] - cellX;
            texts.add(new CellText(slot, cellX, cellWidth, wrapped(slot.cell(), row.bold(), size, cellWidth - 2 * CELL_PADDING_SIDE)));
          }
          cells.add(texts);
        }
        // As LibreOffice: a row is as tall as its tallest cell; a cell spanning rows makes its last row taller when it needs to.
        for (int r = 0; r < grid.size(); r++) {
          for (CellText cell : cells.get(r)) {
            if (cell.slot().cell().rowSpan() == 1) heights[r] = Math.max(heights[r], cellHeight(cell.lines().size()));
          }
          for (int start = 0; start < r; start++) {
            for (CellText cell : cells.get(start)) {
              if (lastRow(start, cell) != r) continue;
              float above = 0;
              for (int k = start; k < r; k++) above += heights[k];
              heights[r] = Math.max(heights[r], cellHeight(cell.lines().size()) - above);
            }
          }
        }
        // Header rows with nothing under them, or taller than a page, are laid as ordinary rows (the DOCX shows them).
        int headerRows = table.headerRows();
        header = table.rows().size() <= headerRows || height(0, headerRows) > pageHeight ? 0 : headerRows;
      }

      private int lastRow(int start, CellText cell) {
        return Math.min(start + cell.slot().cell().rowSpan(), heights.length) - 1;
      }

      /** Half the border, 1 pt before, the lines, 1 pt after, half the border: a row as tall as LibreOffice's. */
      private float cellHeight(int lines) {
        return TABLE_BORDER + 2 * CELL_SPACE + lines * pitch;
      }

      float headerHeight() {
        return height(0, header);
      }

      float height(int from, int to) {
        float sum = 0;
        for (int r = from; r < to; r++) sum += heights[r];
        return sum;
      }

      float height(int[] unit) {
        return height(unit[0], unit[1]);
      }

      /** Rows {@code from} to {@code to} in groups that no page break may cut: rows joined by a cell spanning them. */
      List<int[]> spanUnits(int from, int to) {
        return units(from, to, spansIntoNext);
      }

      /** The body's rows in groups kept on one page: rows joined by a spanning cell, a group's heading with its first row. */
      List<int[]> keptUnits() {
        return units(header, heights.length, keptWithNext);
      }

      private static List<int[]> units(int from, int to, boolean[] joined) {
        List<int[]> units = new ArrayList<>();
        int start = from;
        for (int r = from; r < to; r++) {
          if (r + 1 < to && joined[r]) continue;
          units.add(new int[] {start, r + 1});
          start = r + 1;
        }
        return units;
      }

      int[] firstKeptUnit() {
        List<int[]> units = keptUnits();
        return units.isEmpty() ? new int[] {header, header} : units.get(0);
      }

      float drawHeader(float from) {
        return draw(0, header, from);
      }

      /** Rows {@code from} to {@code to} (exclusive), whole, from {@code at} down; returns the y under them. */
      float draw(int from, int to, float at) {
        float rowTop = at;
        for (int r = from; r < to; r++) {
          for (CellText cell : cells.get(r)) {
            float cellHeight = height(r, lastRow(r, cell) + 1);
            boxes.add(new Box.Frame(cell.x(), rowTop, cell.width(), cellHeight, TABLE_BORDER));
            float offset = (cellHeight - cellHeight(cell.lines().size())) / 2;
            text(cell, cell.lines(), rowTop + offset);
          }
          rowTop += heights[r];
        }
        return rowTop;
      }

      private void text(CellText cell, List<List<Block.Run>> lines, float cellTop) {
        float baseline = cellTop + TABLE_BORDER / 2 + CELL_SPACE + ascent;
        for (int k = 0; k < lines.size(); k++) {
          line(lines.get(k), cell.slot().cell().align(), k == lines.size() - 1, cell.x() + CELL_PADDING_SIDE,
              cell.x() + cell.width() - CELL_PADDING_SIDE, baseline);
          baseline += pitch;
        }
      }

      // A row split over pages: how many lines of each of its cells are already shown.

      List<Integer> emptyProgress(int row) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < cells.get(row).size(); i++) shown.add(0);
        return shown;
      }

      /** The smallest part of a split row worth starting on a page: one line. */
      float minimumPart() {
        return cellHeight(1);
      }

      float restHeight(int row, List<Integer> shown) {
        int most = 0;
        for (int i = 0; i < shown.size(); i++) most = Math.max(most, cells.get(row).get(i).lines().size() - shown.get(i));
        return cellHeight(Math.max(most, 1));
      }

      /** The next part of a split row, {@code partHeight} tall, each cell's next lines from its top. */
      float drawPart(int row, List<Integer> shown, float at, float partHeight) {
        int fits = (int) Math.floor((partHeight - cellHeight(0)) / pitch + 1e-4);
        for (int i = 0; i < shown.size(); i++) {
          CellText cell = cells.get(row).get(i);
          boxes.add(new Box.Frame(cell.x(), at, cell.width(), partHeight, TABLE_BORDER));
          int from = shown.get(i);
          int to = Math.min(cell.lines().size(), from + fits);
          text(cell, cell.lines().subList(from, to), at);
          shown.set(i, to);
        }
        return at + partHeight;
      }
    }

    /** A cell's lines: its text cut at its line breaks, each piece wrapped where the DOCX's cell wraps. */
    private List<List<Block.Run>> wrapped(Block.Cell cell, boolean bold, float size, float cellWidth) {
      List<List<Block.Run>> lines = new ArrayList<>();
      for (String piece : Normalizer.normalize(cell.text(), Normalizer.Form.NFC).split("\n", -1)) {
        List<Block.Run> runs = piece.isEmpty() ? List.of() : List.of(new Block.Run(piece, bold, cell.italic(), size));
        lines.addAll(breaker.lines(runs, cellWidth, cellWidth));
      }
      return lines;
    }
  }

  /**
   * The space between two paragraphs: the larger of the first one's space after and the second's
   * space before, as LibreOffice lays out a DOCX.
   */
  private static float gap(float after, double before) {
    return Math.max(after, (float) before);
  }

  private static float size(Block.Paragraph p) {
    double size = p.style().size();
    for (Block.Run run : p.runs()) size = Math.max(size, run.size());
    return (float) size;
  }

  /** The paragraph's runs, sizes resolved and text in NFC, split at its line breaks ("\n"). */
  static List<List<Block.Run>> pieces(Block.Paragraph p) {
    List<List<Block.Run>> pieces = new ArrayList<>();
    List<Block.Run> current = new ArrayList<>();
    for (Block.Run run : p.runs()) {
      double size = run.size() > 0 ? run.size() : p.style().size();
      String[] parts = Normalizer.normalize(run.text(), Normalizer.Form.NFC).split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          pieces.add(current);
          current = new ArrayList<>();
        }
        if (!parts[i].isEmpty()) current.add(new Block.Run(parts[i], run.bold(), run.italic(), size));
      }
    }
    pieces.add(current);
    return pieces;
  }

  /**
   * The blocks with each paragraph cut at its line breaks ("\n") into paragraphs that stack the
   * same way (no space or indent between the pieces), so a long list in one paragraph can go on
   * over pages.
   */
  private static List<Block> byLine(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block block : blocks) {
      if (!(block instanceof Block.Paragraph p) || !p.text().contains("\n")) {
        out.add(block);
        continue;
      }
      List<List<Block.Run>> pieces = pieces(p);
      Block.Style s = p.style();
      for (int i = 0; i < pieces.size(); i++) {
        Block.Style piece = new Block.Style(s.align(), s.size(), i == 0 ? s.firstLineIndent() : 0, i == 0 ? s.spaceBefore() : 0,
            i == pieces.size() - 1 ? s.spaceAfter() : 0, s.lineSpacing(), s.keepWithNext());
        out.add(new Block.Paragraph(pieces.get(i), piece));
      }
    }
    return out;
  }
}
