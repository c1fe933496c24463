package vn.cchc.report.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.report.render.Zips;
import vn.cchc.report.report.Summary;

/**
 * One workbook being written: a sheet per table, a bold wrapped header row frozen with a filter on
 * it, numbers as numbers ("#,##0", which Excel shows with the reader's separators: 1.480 on a
 * Vietnamese Windows), rates as percentages, dates as dates (dd/mm/yyyy).
 */
final class SheetWriter {
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle number;
  private final CellStyle percent;
  private final CellStyle date;
  private XSSFSheet sheet;
  private Row row;
  private int column;

  SheetWriter() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = style();
    header.setFont(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    text = style();
    number = style();
    number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    percent = style();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    date = style();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
  }

  private CellStyle style() {
    return bordered(workbook);
  }

  /** A cell style with thin borders, wrapped text at the top of the cell: every table cell of the workbooks. */
  static CellStyle bordered(XSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  /** A new sheet with its header row; {@code widths} in characters. */
  void sheet(String name, List<String> headers, List<Integer> widths) {
    sheet = workbook.createSheet(name);
    row = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, widths.get(i) * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
  }

  void row() {
    row = sheet.createRow(sheet.getLastRowNum() + 1);
    column = 0;
  }

  void text(String value) {
    var cell = row.createCell(column++);
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(text);
  }

  void number(long value) {
    var cell = row.createCell(column++);
    cell.setCellValue(value);
    cell.setCellStyle(number);
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
    var cell = row.createCell(column++);
    cell.setCellValue(percentValue.movePointLeft(2).doubleValue());
    cell.setCellStyle(percent);
  }

  void date(LocalDate value) {
    var cell = row.createCell(column++);
    if (value != null) {
      cell.setCellValue(value);
      cell.setCellStyle(date);
    } else {
      cell.setCellStyle(text);
    }
  }

  /** The workbook, its dates (properties and zip entries) fixed to {@code on} so that the same run gives the same bytes. */
  void writeTo(OutputStream out, String title, String author, LocalDate on) throws IOException {
    save(workbook, out, title, author, on);
  }

  /** Writes and closes a workbook, its dates (properties and zip entries) fixed to {@code on}. */
  static void save(XSSFWorkbook workbook, OutputStream out, String title, String author, LocalDate on) throws IOException {
    var core = workbook.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setCreator(author);
    core.setLastModifiedByUser(author);
    Date stamp = Date.from(on.atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(stamp));
    core.setModified(Optional.of(stamp));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    workbook.write(buffer);
    workbook.close();
    out.write(Zips.withFixedTimes(buffer.toByteArray(), on));
  }
}
