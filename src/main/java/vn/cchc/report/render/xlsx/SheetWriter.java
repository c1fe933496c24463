package vn.cchc.report.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.cchc.report.render.Zips;
import vn.cchc.report.report.Summary;

/**
 * One plain workbook being written (the figures, the validation report): a sheet per table, a bold
 * wrapped header row frozen with a filter on it, numbers as numbers ("#,##0", which Excel shows with
 * the reader's separators: 1.480 on a Vietnamese Windows), rates as percentages, dates as dates
 * (dd/mm/yyyy), every cell bordered and wrapped at the top. Written by fastexcel, which streams the
 * sheets without the Office library's object model (a check run writes one in a fraction of the
 * time); the units' forms, with validations and protection, stay with POI ({@link UnitFormXlsx}).
 */
final class SheetWriter {
  /** A cell's kind of content, which decides its number format. */
  private enum Kind {
    HEADER, TEXT, NUMBER, PERCENT, DATE
  }

  private record Cell(Kind kind, Object value) {}

  private record Sheet(String name, List<String> headers, List<Integer> widths, List<List<Cell>> rows) {}

  private final List<Sheet> sheets = new ArrayList<>();
  private List<Cell> row;

  /** A new sheet with its header row; {@code widths} in characters. */
  void sheet(String name, List<String> headers, List<Integer> widths) {
    sheets.add(new Sheet(name, List.copyOf(headers), List.copyOf(widths), new ArrayList<>()));
  }

  void row() {
    row = new ArrayList<>();
    sheets.get(sheets.size() - 1).rows().add(row);
  }

  void text(String value) {
    row.add(new Cell(Kind.TEXT, value == null ? "" : value));
  }

  void number(long value) {
    row.add(new Cell(Kind.NUMBER, value));
  }

  /** A rate as a percentage (63,64% is stored as 0,6364); a rate with no denominator as its printed "—". */
  void rate(Summary.RateFigure rate) {
    if (rate.percent() == null) {
      text(rate.printed());
      return;
    }
    percentOf(rate.percent());
  }

  void percentOf(BigDecimal percentValue) {
    row.add(new Cell(Kind.PERCENT, percentValue.movePointLeft(2)));
  }

  void date(LocalDate value) {
    row.add(value == null ? new Cell(Kind.TEXT, "") : new Cell(Kind.DATE, value));
  }

  /** The workbook, its dates (properties and zip entries) fixed to {@code on} so that the same run gives the same bytes. */
  void writeTo(OutputStream out, String title, String author, LocalDate on) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Workbook book = new Workbook(buffer, author, "1.0");
    book.properties().setTitle(title);
    for (Sheet sheet : sheets) {
      Worksheet ws = book.newWorksheet(sheet.name());
      for (int c = 0; c < sheet.headers().size(); c++) {
        put(ws, 0, c, new Cell(Kind.HEADER, sheet.headers().get(c)));
        ws.width(c, sheet.widths().get(c));
      }
      for (int r = 0; r < sheet.rows().size(); r++) {
        List<Cell> cells = sheet.rows().get(r);
        for (int c = 0; c < cells.size(); c++) put(ws, r + 1, c, cells.get(c));
      }
      ws.freezePane(0, 1);
      ws.setAutoFilter(0, 0, sheet.headers().size() - 1);
    }
    book.finish();
    // fastexcel writes the time of writing as the creation date of the properties
    String stamp = on.atStartOfDay().atOffset(ZoneOffset.UTC).toInstant().toString();
    out.write(Zips.withFixedTimes(buffer.toByteArray(), on, "docProps/core.xml",
        xml -> xml.replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + stamp + "$2")));
  }

  private static void put(Worksheet ws, int r, int c, Cell cell) {
    switch (cell.kind()) {
      case HEADER, TEXT -> ws.value(r, c, (String) cell.value());
      case NUMBER, PERCENT -> ws.value(r, c, (Number) cell.value());
      case DATE -> ws.value(r, c, (LocalDate) cell.value());
    }
    var style = ws.style(r, c).borderStyle("thin").wrapText(true).verticalAlignment("top");
    switch (cell.kind()) {
      case HEADER -> style.bold().horizontalAlignment("center");
      case NUMBER -> style.format("#,##0");
      case PERCENT -> style.format("0.00%");
      case DATE -> style.format("dd/mm/yyyy");
      case TEXT -> { }
    }
    style.set();
  }
}
