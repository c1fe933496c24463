package vn.cchc.report.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
  /** Rows written out to the stream at a time: a province's validation report has 200,000 problems. */
  private static final int FLUSH_EVERY = 1_000;

  /** A cell's kind of content, which decides its number format. */
  private enum Kind {
    HEADER, TEXT, NUMBER, PERCENT, DATE
  }

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final Workbook book;
  private Worksheet sheet;
  private int row;
  private int column;

  SheetWriter(String author) {
    book = new Workbook(buffer, author, "1.0");
  }

  /** A new sheet with its header row; {@code widths} in characters. */
  void sheet(String name, List<String> headers, List<Integer> widths) throws IOException {
    if (sheet != null) sheet.finish();
    sheet = book.newWorksheet(name);
    for (int c = 0; c < headers.size(); c++) {
      put(0, c, Kind.HEADER, headers.get(c));
      sheet.width(c, widths.get(c));
    }
    sheet.freezePane(0, 1);
    sheet.setAutoFilter(0, 0, headers.size() - 1);
    row = 0;
  }

  void row() throws IOException {
    row++;
    column = 0;
    if (row % FLUSH_EVERY == 0) sheet.flush();
  }

  void text(String value) {
    put(row, column++, Kind.TEXT, value == null ? "" : value);
  }

  void number(long value) {
    put(row, column++, Kind.NUMBER, value);
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
    put(row, column++, Kind.PERCENT, percentValue.movePointLeft(2));
  }

  void date(LocalDate value) {
    if (value == null) text("");
    else put(row, column++, Kind.DATE, value);
  }

  /** The workbook, its dates (properties and zip entries) fixed to {@code on} so that the same run gives the same bytes. */
  void writeTo(OutputStream out, String title, LocalDate on) throws IOException {
    book.properties().setTitle(title);
    book.finish();
    // fastexcel writes the time of writing as the creation date of the properties
    String stamp = on.atStartOfDay().atOffset(ZoneOffset.UTC).toInstant().toString();
    out.write(Zips.withFixedTimes(buffer.toByteArray(), on, "docProps/core.xml",
        xml -> xml.replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + stamp + "$2")));
  }

  /** A cell: text inline in its sheet (no table of shared strings to hold in memory), bordered, wrapped at the top. */
  private void put(int r, int c, Kind kind, Object value) {
    switch (kind) {
      case HEADER, TEXT -> sheet.inlineString(r, c, (String) value);
      case NUMBER, PERCENT -> sheet.value(r, c, (Number) value);
      case DATE -> sheet.value(r, c, (LocalDate) value);
    }
    var style = sheet.style(r, c).borderStyle("thin").wrapText(true).verticalAlignment("top");
    switch (kind) {
      case HEADER -> style.bold().horizontalAlignment("center");
      case NUMBER -> style.format("#,##0");
      case PERCENT -> style.format("0.00%");
      case DATE -> style.format("dd/mm/yyyy");
      case TEXT -> { }
    }
    style.set();
  }
}
