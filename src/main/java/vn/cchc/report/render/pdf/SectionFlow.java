package vn.cchc.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.report.render.Twips;
import vn.cchc.report.render.Typography;
import vn.cchc.report.report.doc.Block;

/**
 * Lays one section's blocks down its pages the way Word and LibreOffice lay out the same DOCX, so
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
 *   <li>tables break between rows, repeating their header rows.
 * </ul>
 *
 * <p>OpenPDF's own page flow ({@code Document.add}) needs room for one more leading under a line
 * and drops space before near the foot, so it broke pages a line or two earlier than the DOCX.
 */
final class SectionFlow {
  // The layout numbers of {@link Typography}, as the floats OpenPDF takes.
  static final float RULE_BOX = (float) Typography.RULE_BOX;
  static final float RULE_WIDTH = (float) Typography.RULE_WIDTH;
  private static final float RULE_HEIGHT = RULE_BOX + RULE_WIDTH;
  private static final float CELL_SPACE = (float) Typography.CELL_SPACE;
  private static final float CELL_PADDING_SIDE = (float) Typography.CELL_PADDING_SIDE;
  private static final float TABLE_BORDER = (float) Typography.TABLE_BORDER;
  private static final float PAGE_BREAK_SIZE = (float) Typography.TEXT_SIZE;

  private final com.lowagie.text.Document pdf;
  private final PdfWriter writer;
  private final PdfFonts fonts;
  private final LineBreaker breaker;
  private final float left;
  private final float right;
  private final float top;
  private final float bottom;
  /** Where the next block starts: the bottom of the last line box, or the space under it. */
  private float y;
  /** The page was begun by text flowing over: the first paragraph's space before is dropped. */
  private boolean flowedOnto;
  /** The last paragraph's space after, not yet laid: the next paragraph may ask for more before it. */
  private float pendingAfter;

  SectionFlow(com.lowagie.text.Document pdf, PdfWriter writer, PdfFonts fonts) {
    this.pdf = pdf;
    this.writer = writer;
    this.fonts = fonts;
    this.breaker = new LineBreaker(fonts::advance);
    this.left = pdf.left();
    this.right = pdf.right();
    this.top = pdf.top();
    this.bottom = pdf.bottom();
  }

  /** Lays the blocks from the top of the current (new) page. */
  void write(List<Block> blocks) throws DocumentException {
    // A section always has its page, as in the DOCX, even with nothing on it.
    writer.setPageEmpty(false);
    y = top;
    pendingAfter = 0;
    flowedOnto = false;
    Block.Paragraph previous = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block instanceof Block.Paragraph p) {
        if (p.style().keepWithNext() && !pageEmpty()) {
          float needed = keptHeight(blocks, i);
          if (needed <= top - bottom && y - needed < bottom) newPage();
        }
        if (!(flowedOnto && pageEmpty())) y -= gap(pendingAfter, p.style().spaceBefore());
        y = lines(p, left, right, y, canvas(), true);
        pendingAfter = (float) p.style().spaceAfter();
        previous = p;
      } else if (block instanceof Block.Rule r) {
        y -= pendingAfter;
        if (y - RULE_HEIGHT < bottom) newPage();
        y = rule(r, previous, left, right, y, canvas());
        pendingAfter = (float) r.spaceAfter();
      } else if (block instanceof Block.Columns c) {
        y -= pendingAfter;
        pendingAfter = 0;
        columns(c);
      } else if (block instanceof Block.Table t) {
        y -= pendingAfter;
        pendingAfter = 0;
        table(t);
      } else if (block instanceof Block.PageBreak) {
        // The DOCX's break is an empty 14 pt paragraph that starts the next page (at the very top of
        // a section LibreOffice keeps it on the page): the same empty line here.
        if (!pageEmpty()) newPage();
        writer.setPageEmpty(false); // the page exists even when nothing follows the break
        flowedOnto = false;
        pendingAfter = 0;
        y -= fonts.lineHeight() * PAGE_BREAK_SIZE;
      }
    }
  }

  private PdfContentByte canvas() {
    return writer.getDirectContent();
  }

  /**
   * The space between two paragraphs: the larger of the first one's space after and the second's
   * space before, as LibreOffice lays out a DOCX.
   */
  private static float gap(float after, double before) {
    return Math.max(after, (float) before);
  }

  private boolean pageEmpty() {
    return y >= top;
  }

  private void newPage() {
    writer.setPageEmpty(false);
    pdf.newPage();
    y = top;
    flowedOnto = true;
    pendingAfter = 0;
  }

  /**
   * The height a kept paragraph needs on this page: itself, the kept paragraphs and rules after it,
   * and the first line (or row, or whole column block) of what follows.
   */
  private float keptHeight(List<Block> blocks, int from) throws DocumentException {
    float needed = 0;
    float after = pendingAfter;
    for (int j = from; j < blocks.size(); j++) {
      Block block = blocks.get(j);
      boolean kept = j == from || block instanceof Block.Rule
          || block instanceof Block.Paragraph q && q.style().keepWithNext();
      if (block instanceof Block.Paragraph q) {
        needed += gap(after, q.style().spaceBefore());
        if (!kept) return needed + pitch(q);
        needed += y - lines(q, left, right, y, null, false);
        after = (float) q.style().spaceAfter();
        if (needed > top - bottom) return needed; // more than a page: the keep is given up anyway
      } else if (block instanceof Block.Rule r) {
        needed += after + RULE_HEIGHT;
        after = (float) r.spaceAfter();
      } else if (block instanceof Block.Columns c) {
        return needed + after + columnsHeight(c);
      } else if (block instanceof Block.Table t) {
        PdfPTable table = pdfTable(t, right - left, t.headerRows() + 1);
        return needed + after + table.getTotalHeight();
      } else {
        return needed;
      }
    }
    return needed;
  }

  // ---- paragraphs

  /** One line's height: the font's single line times the paragraph's spacing. */
  private float pitch(Block.Paragraph p) {
    return fonts.lineHeight() * (float) p.style().lineSpacing() * size(p);
  }

  private static float size(Block.Paragraph p) {
    double size = p.style().size();
    for (Block.Run run : p.runs()) size = Math.max(size, run.size());
    return (float) size;
  }

  /**
   * Lays the paragraph's lines from {@code from} down between {@code x0} and {@code x1} and returns
   * the bottom of its last line box (its space before and after are the caller's). A null canvas
   * only measures. With {@code breaks}, a line whose box does not fit above the bottom margin goes
   * to a new page. Lines break where the DOCX's do ({@link LineBreaker}); a line break ("\n")
   * starts a line without the first-line indent, as in the DOCX.
   */
  private float lines(Block.Paragraph p, float x0, float x1, float from, PdfContentByte canvas, boolean breaks)
      throws DocumentException {
    Block.Style s = p.style();
    float pitch = pitch(p);
    float ascent = fonts.lineAscent() * size(p);
    float indent = Twips.points(Twips.of(s.firstLineIndent() * 10));
    float at = from;
    List<List<Block.Run>> pieces = pieces(p);
    for (int i = 0; i < pieces.size(); i++) {
      float first = i == 0 ? indent : 0;
      List<List<Block.Run>> lines = breaker.lines(pieces.get(i), x1 - x0 - first, x1 - x0);
      for (int k = 0; k < lines.size(); k++) {
        if (breaks && at - pitch < bottom && !(pageEmpty() && at >= top)) {
          newPage();
          at = top;
        }
        List<Block.Run> line = lines.get(k);
        int written = 1;
        if (canvas != null && !line.isEmpty()) {
          ColumnText column = new ColumnText(canvas);
          column.addText(phrase(line));
          column.setAlignment(lineAlignment(s.align(), k == lines.size() - 1, line));
          column.setLeading(pitch, 0);
          column.setSimpleColumn(x0 + (k == 0 ? first : 0), -1e6f, x1, at + pitch - ascent);
          column.go();
          // A word wider than the whole line: OpenPDF breaks it over more lines.
          written = Math.max(1, column.getLinesWritten());
        }
        at -= pitch * written;
        if (breaks) y = at;
      }
    }
    return at;
  }

  /** Justified lines fill the line but the last one, and a line with a single word, as in Word. */
  private static int lineAlignment(Block.Align align, boolean last, List<Block.Run> line) {
    if (align != Block.Align.JUSTIFY) return align(align);
    boolean oneWord = line.stream().noneMatch(r -> r.text().contains(" "));
    return last || oneWord ? Element.ALIGN_LEFT : Element.ALIGN_JUSTIFIED_ALL;
  }

  private Phrase phrase(List<Block.Run> runs) {
    Phrase phrase = new Phrase();
    for (Block.Run run : runs) phrase.add(new Chunk(run.text(), fonts.font(run.bold(), run.italic(), run.size())));
    return phrase;
  }

  /** The paragraph's runs, sizes resolved and text in NFC, split at its line breaks ("\n"). */
  private static List<List<Block.Run>> pieces(Block.Paragraph p) {
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

  // ---- rules

  /**
   * A rule centred under the paragraph above, as long as its widest line times the rule's fraction,
   * drawn where the DOCX's bottom border lies; returns the y under it.
   */
  private float rule(Block.Rule rule, Block.Paragraph above, float x0, float x1, float from, PdfContentByte canvas) {
    float width = x1 - x0;
    float textWidth = above == null ? width : Math.min((float) above.widestLine(fonts::width), width);
    float length = textWidth * (float) rule.fraction();
    if (canvas != null) {
      float at = from - RULE_BOX - RULE_WIDTH / 2;
      canvas.saveState();
      canvas.setColorStroke(Color.BLACK);
      canvas.setLineWidth(RULE_WIDTH);
      canvas.moveTo(x0 + (width - length) / 2, at);
      canvas.lineTo(x0 + (width + length) / 2, at);
      canvas.stroke();
      canvas.restoreState();
    }
    return from - RULE_HEIGHT;
  }

  // ---- two columns

  /** Both columns from the same line; the block goes whole to the next page when it does not fit. */
  private void columns(Block.Columns c) throws DocumentException {
    float height = columnsHeight(c);
    if (!pageEmpty() && y - height < bottom) newPage();
    if (y - height >= bottom) {
      y = columnsAt(c, left, right, y, canvas());
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
      y = columnsAt(part, left, right, y, canvas());
      restLeft = restLeft.subList(takeLeft, restLeft.size());
      restRight = restRight.subList(takeRight, restRight.size());
      if (!restLeft.isEmpty() || !restRight.isEmpty()) newPage();
    }
  }

  /**
   * The blocks with each paragraph cut at its line breaks ("\n") into paragraphs that stack the same
   * way (no space or indent between the pieces), so a long list in one paragraph can go on over pages.
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

  /** How many of a column's first blocks fit above the bottom margin (at least one on an empty page). */
  private int fitting(List<Block> blocks, Block.Columns c, boolean leftSide) throws DocumentException {
    int count = 0;
    while (count < blocks.size()) {
      List<Block> head = blocks.subList(0, count + 1);
      Block.Columns trial = new Block.Columns(c.leftShare(), leftSide ? head : List.of(), leftSide ? List.of() : head);
      if (y - columnsAt(trial, left, right, y, null) > y - bottom) break;
      count++;
    }
    return count == 0 && pageEmpty() && !blocks.isEmpty() ? 1 : count;
  }

  private float columnsHeight(Block.Columns c) throws DocumentException {
    return y - columnsAt(c, left, right, y, null);
  }

  private float columnsAt(Block.Columns c, float x0, float x1, float from, PdfContentByte canvas) throws DocumentException {
    float split = x0 + Twips.points(Twips.leftColumn(Twips.fromPoints(x1 - x0), c.leftShare()));
    return Math.min(column(c.left(), x0, split, from, canvas), column(c.right(), split, x1, from, canvas));
  }

  /** A column's blocks one under the other, without page breaks; returns the y under them. */
  private float column(List<Block> blocks, float x0, float x1, float from, PdfContentByte canvas) throws DocumentException {
    float at = from;
    float after = 0;
    Block.Paragraph previous = null;
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        at -= gap(after, p.style().spaceBefore());
        at = lines(p, x0, x1, at, canvas, false);
        after = (float) p.style().spaceAfter();
        previous = p;
        continue;
      }
      at -= after;
      after = 0;
      if (block instanceof Block.Rule r) {
        at = rule(r, previous, x0, x1, at, canvas);
        after = (float) r.spaceAfter();
      } else if (block instanceof Block.Columns c) {
        at = columnsAt(c, x0, x1, at, canvas);
      } else if (block instanceof Block.Table t) {
        PdfPTable table = pdfTable(t, x1 - x0);
        if (canvas != null) table.writeSelectedRows(0, -1, x0, at, canvas);
        at -= table.getTotalHeight() + TABLE_BORDER;
      }
    }
    // The cell's last paragraph's space after is inside the cell.
    return at - after;
  }

  // ---- tables

  /** Rows from here down, continued on new pages under the repeated header rows; a row splits only when taller than a page. */
  private void table(Block.Table t) throws DocumentException {
    TableColumn column = new TableColumn(canvas());
    if (!pageEmpty()) {
      // As OpenPDF's Document.add does: without a paragraph before it, a table whose header rows
      // do not fit at the foot of the page would be dropped instead of moved.
      com.lowagie.text.Paragraph nothing = new com.lowagie.text.Paragraph();
      nothing.setLeading(0);
      column.addElement(nothing);
    }
    PdfPTable table = pdfTable(t, right - left);
    // ColumnText silently drops a table with no row under its header rows, or whose header rows do
    // not fit on a page: such header rows are laid as ordinary rows (the DOCX shows them).
    if (t.rows().size() <= t.headerRows() || table.getHeaderHeight() > top - bottom) table.setHeaderRows(0);
    // A row that no page can hold is split; its parts start at the top, as LibreOffice shows them.
    for (int k = table.getHeaderRows(); k < table.size(); k++) {
      if (table.getRowHeight(k) <= top - bottom - table.getHeaderHeight()) continue;
      for (PdfPCell cell : table.getRow(k).getCells()) if (cell != null) cell.setVerticalAlignment(Element.ALIGN_TOP);
    }
    column.addElement(table);
    column.setSimpleColumn(left - CELL_PADDING_SIDE, bottom, right - CELL_PADDING_SIDE, y);
    while ((column.goSplittingTallRowsInPlace() & ColumnText.NO_MORE_COLUMN) != 0) {
      if (pageEmpty() && column.getYLine() >= top) throw new DocumentException("một hàng của bảng cao hơn cả trang");
      newPage();
      column.setSimpleColumn(left - CELL_PADDING_SIDE, bottom, right - CELL_PADDING_SIDE, top);
    }
    // LibreOffice counts the whole bottom border into the table's height.
    y = column.getYLine() - TABLE_BORDER;
  }

  /**
   * ColumnText for a table, deciding before each page where a row that does not fit goes: rows stay
   * whole (to the next page), but a row taller than a whole page is split where it stands, as Word
   * and LibreOffice do with the DOCX's rows (cantSplit yields to a row no page can hold).
   */
  private final class TableColumn extends ColumnText {
    TableColumn(PdfContentByte canvas) {
      super(canvas);
    }

    int goSplittingTallRowsInPlace() throws DocumentException {
      PdfPTable table = null;
      for (Element element : compositeElements) if (element instanceof PdfPTable t) table = t;
      if (table != null) table.setSplitLate(!tallRowComesNext(table, Math.max(listIdx, table.getHeaderRows()), getYLine() - bottom));
      return go();
    }

    /** Whether the first row that does not fit in {@code available} is one that no page could hold. */
    private boolean tallRowComesNext(PdfPTable table, int from, float available) {
      float header = table.getHeaderHeight();
      float room = available - header;
      for (int k = from; k < table.size(); k++) {
        float height = table.getRowHeight(k);
        if (height > room) return height > top - bottom - header;
        room -= height;
      }
      return false;
    }
  }

  private PdfPTable pdfTable(Block.Table t, float width) throws DocumentException {
    return pdfTable(t, width, t.rows().size());
  }

  /** The table's first {@code rowCount} rows over {@code width} points, its columns as wide as the DOCX's to the twip. */
  private PdfPTable pdfTable(Block.Table t, float width, int rowCount) throws DocumentException {
    PdfPTable table = new PdfPTable(t.widths().size());
    int[] twips = Twips.columns(Twips.fromPoints(width), t.widths());
    float[] widths = new float[twips.length];
    for (int i = 0; i < widths.length; i++) widths[i] = twips[i];
    // Relative widths over the full width, not a locked total: ColumnText would otherwise work out
    // every row's height again on each page (minutes for a 200-page appendix).
    table.setWidthPercentage(100);
    table.setWidths(widths);
    table.setTotalWidth(width);
    table.setHeaderRows(t.headerRows());
    table.setSplitLate(true);
    table.setSplitRows(true);
    // As in the DOCX: half the border, the paragraph's 1 pt before, then the line box, whose baseline
    // LibreOffice sets at the font's ascent + line gap (OpenPDF at its typographic ascender); under
    // it the rest of the line box, 1 pt after and half the border. Rows are then as tall as
    // LibreOffice's and a cell centred vertically sits where it does there.
    float size = (float) t.size();
    float paddingBottom = TABLE_BORDER / 2 + CELL_SPACE + (fonts.lineHeight() - fonts.lineAscent()) * size;
    List<List<Block.Slot>> grid = t.grid();
    for (int r = 0; r < Math.min(rowCount, t.rows().size()); r++) {
      Block.Row row = t.rows().get(r);
      float paddingTop = TABLE_BORDER / 2 + CELL_SPACE + (fonts.lineAscent() - fonts.ascender(row.bold())) * size;
      for (Block.Slot slot : grid.get(r)) {
        if (slot.continued()) continue; // OpenPDF places the cell of the row above over it
        Block.Cell c = slot.cell();
        int cellTwips = 0;
        for (int j = slot.column(); j < slot.column() + slot.span(); j++) cellTwips += twips[j];
        String text = wrapped(Normalizer.normalize(c.text(), Normalizer.Form.NFC), row.bold(), c.italic(), size,
            Twips.points(cellTwips) - 2 * CELL_PADDING_SIDE);
        PdfPCell cell = new PdfPCell(new Phrase(text, fonts.font(row.bold(), c.italic(), t.size())));
        cell.setColspan(c.colSpan());
        cell.setRowspan(c.rowSpan());
        cell.setHorizontalAlignment(align(c.align()));
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderWidth(TABLE_BORDER);
        cell.setBorder(Rectangle.BOX);
        cell.setPaddingTop(paddingTop);
        cell.setPaddingBottom(paddingBottom);
        cell.setPaddingLeft(CELL_PADDING_SIDE);
        cell.setPaddingRight(CELL_PADDING_SIDE);
        cell.setLeading(0, fonts.lineHeight());
        cell.setUseAscender(true);
        table.addCell(cell);
      }
    }
    return table;
  }

  /** A cell's text with a line break wherever the DOCX's cell wraps. */
  private String wrapped(String text, boolean bold, boolean italic, float size, float width) {
    StringBuilder out = new StringBuilder();
    for (String piece : text.split("\n", -1)) {
      if (!out.isEmpty()) out.append('\n');
      List<List<Block.Run>> lines = breaker.lines(List.of(new Block.Run(piece, bold, italic, size)), width, width);
      for (int k = 0; k < lines.size(); k++) {
        if (k > 0) out.append('\n');
        lines.get(k).forEach(r -> out.append(r.text()));
      }
    }
    return out.toString();
  }

  private static int align(Block.Align align) {
    return switch (align) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      case JUSTIFY -> Element.ALIGN_JUSTIFIED;
    };
  }
}
