package vn.cchc.report.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.report.domain.FormStamp;
import vn.cchc.report.render.Zips;
import vn.cchc.report.domain.Status;
import vn.cchc.report.report.UnitForms;
import vn.cchc.report.report.VietnameseFormat;

/**
 * A unit's form for a period (issue #12): its tasks with their deadlines, locked; the columns it fills
 * (Tình trạng from a list, Ngày hoàn thành a date inside the data window, Sản phẩm, Khó khăn, Đề
 * xuất with Gửi đến, Ghi chú); a frozen header; A4 landscape, fit to width, header repeated; an
 * instruction sheet; and a very hidden sheet that names the unit, period and plan, so that the
 * program recognises the file whatever it is renamed to.
 */
public final class UnitFormXlsx {
  public static final String DATA_SHEET = "Báo cáo";
  public static final List<String> HEADERS = List.of("STT", "Nội dung công việc", "Thời hạn", "Thời hạn theo Kế hoạch",
      "Kỳ trước đã báo cáo", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Gửi đến", "Ghi chú");
  /** The header's row (0-based): a title and the unit's line above it. */
  public static final int HEADER_ROW = 3;
  private static final int[] WIDTHS = {6, 42, 11, 14, 16, 16, 12, 26, 26, 26, 11, 18};
  /** The first column the unit fills (Tình trạng); the ones before it are locked. */
  public static final int FIRST_INPUT = 5;
  private static final int DATE_COLUMN = 6;
  private static final int TO_COLUMN = 10;

  private UnitFormXlsx() {}

  /** @param on the date the forms are made: the file's dates, so the same inputs give the same bytes */
  public static void write(UnitForms.UnitForm form, LocalDate on, OutputStream out) throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    XSSFSheet stamp = book.createSheet(FormStamp.SHEET);
    String[][] fields = form.stamp().fields();
    for (int i = 0; i < fields.length; i++) {
      Row row = stamp.createRow(i);
      row.createCell(0).setCellValue(fields[i][0]);
      row.createCell(1).setCellValue(fields[i][1]);
    }
    XSSFSheet sheet = book.createSheet(DATA_SHEET);
    Styles styles = new Styles(book);
    Row title = sheet.createRow(0);
    title.createCell(0).setCellValue("BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ " + form.plan().toUpperCase(java.util.Locale.ROOT));
    title.getCell(0).setCellStyle(styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
    Row line = sheet.createRow(1);
    line.createCell(0).setCellValue("Đơn vị: " + form.unitName() + " — " + form.periodName() + " (số liệu từ ngày "
        + VietnameseFormat.date(form.windowFrom()) + " đến ngày "
        + VietnameseFormat.date(form.cutOff()) + ")");
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
    Row header = sheet.createRow(HEADER_ROW);
    header.setHeightInPoints(32);
    for (int c = 0; c < HEADERS.size(); c++) {
      header.createCell(c).setCellValue(HEADERS.get(c));
      header.getCell(c).setCellStyle(styles.header);
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    int r = HEADER_ROW + 1;
    for (UnitForms.Row task : form.rows()) {
      Row row = sheet.createRow(r++);
      String[] fixed = {task.id(), task.content(), task.dueDatePrinted(), task.deadlineText(), task.lastStatus()};
      for (int c = 0; c < fixed.length; c++) {
        row.createCell(c).setCellValue(fixed[c]);
        row.getCell(c).setCellStyle(styles.locked);
      }
      for (int c = FIRST_INPUT; c < HEADERS.size(); c++) row.createCell(c).setCellStyle(c == DATE_COLUMN ? styles.date : styles.input);
      // Tall enough for the wrapped task (spreadsheets do not size rows of a file they open), and room to write.
      int lines = 2;
      for (int c = 0; c < fixed.length; c++) lines = Math.max(lines, (int) Math.ceil(fixed[c].length() / (WIDTHS[c] * 0.95)));
      row.setHeightInPoints(lines * 15f);
    }
    int last = Math.max(HEADER_ROW + 1, r - 1);
    validations(sheet, form, last);
    sheet.createFreezePane(2, HEADER_ROW + 1);
    sheet.enableLocking();
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    instructions(book.createSheet("Hướng dẫn"), form, styles);
    book.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
    book.setActiveSheet(1);
    book.setFirstVisibleTab(1);
    sheet.setSelected(true);
    save(book, out, "Báo cáo tiến độ " + form.periodName() + " — " + form.unitName(), "cchc-report", on);
  }

  private static void validations(XSSFSheet sheet, UnitForms.UnitForm form, int last) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    String[] statuses = java.util.Arrays.stream(Status.values()).map(Status::label).toArray(String[]::new);
    add(sheet, helper.createExplicitListConstraint(statuses), last, FIRST_INPUT, "Tình trạng", "Hãy chọn một tình trạng trong danh sách.");
    LocalDate from = form.windowFrom();
    LocalDate to = form.cutOff();
    DataValidationConstraint dates = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
        "DATE(" + from.getYear() + "," + from.getMonthValue() + "," + from.getDayOfMonth() + ")",
        "DATE(" + to.getYear() + "," + to.getMonthValue() + "," + to.getDayOfMonth() + ")", "dd/mm/yyyy");
    add(sheet, dates, last, DATE_COLUMN, "Ngày hoàn thành", "Hãy ghi ngày hoàn thành (ngày/tháng/năm) từ "
        + VietnameseFormat.date(from) + " đến " + VietnameseFormat.date(to) + ".");
    add(sheet, helper.createExplicitListConstraint(new String[] {"Sở", "UBND tỉnh"}), last, TO_COLUMN, "Gửi đến",
        "Đề xuất gửi Sở hay gửi UBND tỉnh: chọn trong danh sách, hoặc để trống.");
  }

  private static void add(XSSFSheet sheet, DataValidationConstraint constraint, int last, int column, String title, String text) {
    DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
        new CellRangeAddressList(HEADER_ROW + 1, last, column, column));
    validation.setShowErrorBox(true);
    validation.setSuppressDropDownArrow(true);
    validation.createErrorBox(title, text);
    validation.setShowPromptBox(true);
    validation.createPromptBox(title, text);
    sheet.addValidationData(validation);
  }

  private static void instructions(XSSFSheet sheet, UnitForms.UnitForm form, Styles styles) {
    String[] lines = {
      "HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO TIẾN ĐỘ",
      "1. Biểu mẫu này dành riêng cho " + form.unitName() + ", " + form.periodName() + ", Kế hoạch số " + form.plan() + ".",
      "   Không dùng biểu mẫu của kỳ khác hay của đơn vị khác: chương trình tổng hợp sẽ không nhận.",
      "2. Các cột STT, Nội dung công việc, Thời hạn, Kỳ trước đã báo cáo đã khóa; chỉ điền các cột từ Tình trạng trở đi,",
      "   mỗi nhiệm vụ một dòng. Cột Kỳ trước đã báo cáo nhắc lại điều đơn vị đã báo cáo kỳ trước (nếu có).",
      "3. Tình trạng: chọn trong danh sách (Hoàn thành, Đang thực hiện, Chưa thực hiện, Không thực hiện).",
      "4. Ngày hoàn thành: chỉ ghi khi Hoàn thành, dạng ngày/tháng/năm, trong kỳ báo cáo.",
      "5. Sản phẩm: số, ký hiệu, ngày văn bản kết quả. Không thực hiện: ghi lý do ở cột Ghi chú.",
      "6. Đề xuất, kiến nghị: ở cột Gửi đến chọn Sở (Sở hoặc một phòng của Sở giải quyết) hay UBND tỉnh.",
      "7. Có thể đổi tên tệp; không thêm, xóa hay đổi thứ tự cột; lưu lại dạng .xlsx rồi gửi Văn phòng Sở.",
    };
    for (int i = 0; i < lines.length; i++) {
      Row row = sheet.createRow(i);
      row.createCell(0).setCellValue(lines[i]);
      if (i == 0) row.getCell(0).setCellStyle(styles.title);
    }
    sheet.setColumnWidth(0, 120 * 256);
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle locked;
    final CellStyle input;
    final CellStyle date;

    Styles(XSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      title = book.createCellStyle();
      title.setFont(bold);
      header = bordered(book);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      locked = bordered(book);
      input = bordered(book);
      input.setLocked(false);
      date = bordered(book);
      date.setLocked(false);
      date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** A cell style with thin borders, wrapped text at the top of the cell. */
    private static CellStyle bordered(XSSFWorkbook book) {
      CellStyle style = book.createCellStyle();
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }

  /** Writes and closes a workbook, its dates (properties and zip entries) fixed to {@code on}. */
  private static void save(XSSFWorkbook workbook, OutputStream out, String title, String author, LocalDate on) throws IOException {
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
