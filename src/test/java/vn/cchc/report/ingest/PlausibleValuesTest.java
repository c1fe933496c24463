package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/**
 * Issue #8, item 5: a value that reads as a date or a count but cannot be one is a row error naming
 * it: Excel's day 0 and 1900 dates, dates after the run, a percentage in a count column; a number
 * cell is never read again through thousands separators; a formula saved without its value says so.
 */
class PlausibleValuesTest {
  private static final LocalDate FROM = LocalDate.of(2022, 6, 15);
  private static final LocalDate CUT_OFF = LocalDate.of(2022, 9, 14);
  private static final LocalDate TODAY = LocalDate.of(2022, 10, 1);
  private static final LocalDate PLAN_ISSUED = LocalDate.of(2022, 3, 1);

  @TempDir Path dir;

  private final ValidationReport report = new ValidationReport();

  private static final Plan PLAN = new Plan(java.util.stream.IntStream.rangeClosed(1, 9)
      .mapToObj(i -> new Task(new TaskId(String.valueOf(i)), "Nhiệm vụ " + i, false, "Phòng Kế hoạch – Tài chính", List.of("KHTC"),
          "", List.of(), "", "Năm 2022", null, "", "", SourceLocation.ofFile("ke-hoach.xlsx")))
      .toList());

  /** An .xlsx written without evaluating formulas, so a formula keeps no cached value. */
  private Path workbook(Path folder, String name, Consumer<Sheet> content) throws Exception {
    Files.createDirectories(folder);
    Path file = folder.resolve(name);
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      content.accept(wb.createSheet("Sheet1"));
      wb.write(out);
    }
    return file;
  }

  private static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return r.createCell(column);
  }

  private static CellStyle style(Sheet sheet, String format) {
    CellStyle style = sheet.getWorkbook().createCellStyle();
    style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(format));
    return style;
  }

  private static void header(Sheet sheet, String... names) {
    for (int c = 0; c < names.length; c++) cell(sheet, 0, c).setCellValue(names[c]);
  }

  @Test
  void refusesExcelsDayZeroAndDatesOutsideTheWork() throws Exception {
    workbook(dir.resolve("bao-cao"), "KHTC.xlsx", sheet -> {
      header(sheet, "STT", "Tình trạng", "Ngày hoàn thành");
      CellStyle date = style(sheet, "dd/mm/yyyy");
      Object[][] rows = {{1, 0.0}, {2, 60.0}, {3, "0"}, {4, "1/1/1900"}, {5, 44000.0}, {6, 44805.0}, {7, "2/9/2022"}};
      for (int r = 0; r < rows.length; r++) {
        cell(sheet, r + 1, 0).setCellValue((Integer) rows[r][0]);
        cell(sheet, r + 1, 1).setCellValue("Hoàn thành");
        Cell done = cell(sheet, r + 1, 2);
        if (rows[r][1] instanceof Double d) {
          done.setCellValue(d);
          done.setCellStyle(date);
        } else {
          done.setCellValue((String) rows[r][1]);
        }
      }
    });

    var submissions = SubmissionReader.read(dir.resolve("bao-cao"), "bao-cao", dir,
        new SubmissionReader.Context(PLAN, Fixtures.units(), CUT_OFF, TODAY, PLAN_ISSUED, ColumnMapping.NONE, true, true), report);

    assertThat(Fixtures.codes(report)).containsExactly(
        "IMPLAUSIBLE_DATE", "IMPLAUSIBLE_DATE", "BAD_DATE", "IMPLAUSIBLE_DATE", "DONE_BEFORE_PLAN");
    assertThat(Fixtures.described(report).get(0)).isEqualTo("bao-cao/KHTC.xlsx, trang tính \"Sheet1\", dòng 2, cột C (Ngày hoàn thành): "
        + "ngày 31/12/1899 (ô ghi \"1899-12-31\") trước năm 2000, không thể là ngày của công việc này; thường là ô ngày để trống hoặc "
        + "ghi số 0 trong Excel. Hãy ghi đúng ngày (ngày/tháng/năm).");
    assertThat(Fixtures.described(report).get(4)).contains("dòng 6").contains("ngày hoàn thành 18/6/2020 trước ngày ban hành kế hoạch (01/3/2022)");
    // The serial 44000 (18/6/2020) is kept with its warning; 44805 (2/9/2022) and the typed date are fine.
    assertThat(submissions.reports()).extracting(r -> r.taskId().value()).containsExactly("5", "6", "7");
  }

  @Test
  void refusesADossierReceivedIn1900OrAfterTheRun() throws Exception {
    Path folder = dir.resolve("ho-so");
    Fixtures.write(folder, "danh-sach.csv", Fixtures.utf8(Fixtures.lines(
        "Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp",
        "H1,Văn phòng Sở,1/1/1900,15/07/2022,10/07/2022,Trực tuyến",
        "H2,Văn phòng Sở,05/10/2022,15/10/2022,,Trực tuyến",
        "H3,Văn phòng Sở,01/07/2022,15/07/2022,03/10/2022,Trực tuyến",
        "H4,Văn phòng Sở,01/09/2022,15/11/2022,,Trực tuyến")));

    var counts = DossierReader.read(folder, "ho-so", dir,
        new DossierReader.Context(Fixtures.units(), FROM, CUT_OFF, TODAY, ColumnMapping.NONE, true), report);

    assertThat(Fixtures.codes(report)).containsExactly("IMPLAUSIBLE_DATE", "DATE_AFTER_RUN_DATE", "DATE_AFTER_RUN_DATE");
    assertThat(Fixtures.described(report).get(1)).isEqualTo("ho-so/danh-sach.csv, dòng 3, cột C (Ngày tiếp nhận): ngày 05/10/2022 "
        + "sau ngày chạy chương trình (01/10/2022). Hãy sửa lại ngày.");
    // H4's appointment date lies after the run: it is still in progress, and counted.
    DossierCounts vp = counts.get("VP");
    assertThat(vp.received()).isEqualTo(1);
    assertThat(vp.pendingInTime()).isEqualTo(1);
  }

  @Test
  void readsCountsFromNumberCellsAsTheyAreAndRefusesPercentages() throws Exception {
    workbook(dir.resolve("ho-so"), "bieu-06.xlsx", sheet -> {
      header(sheet, "Đơn vị", "Kỳ trước chuyển qua", "Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp", "Đã giải quyết trước hạn",
          "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn");
      CellStyle percent = style(sheet, "0.0%");
      Object[][] rows = {
          {"Văn phòng Sở", 0.0, 1480.0, "1.020", 2500.0, 0.0, 0.0, 0.0, 0.0},
          {"Thanh tra Sở", 0.0, 0.985, 0.0, 0.985, 0.0, 0.0, 0.0, 0.0},
          {"Phòng Lao động – Việc làm", 0.0, 1.48, 0.0, 1.48, 0.0, 0.0, 0.0, 0.0}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Cell cell = cell(sheet, r + 1, c);
          if (rows[r][c] instanceof String s) cell.setCellValue(s);
          else cell.setCellValue((Double) rows[r][c]);
          if (r == 1 && (c == 2 || c == 4)) cell.setCellStyle(percent);
        }
      }
    });

    var counts = DossierReader.read(dir.resolve("ho-so"), "ho-so", dir,
        new DossierReader.Context(Fixtures.units(), FROM, CUT_OFF, TODAY, ColumnMapping.NONE, true), report);

    assertThat(counts.get("VP").receivedOnline()).isEqualTo(1480);
    assertThat(counts.get("VP").receivedDirect()).as("typed text may group thousands").isEqualTo(1020);
    assertThat(counts).doesNotContainKeys("TTRA", "LDVL");
    assertThat(Fixtures.codes(report)).containsExactly("PERCENT_IN_COUNT", "PERCENT_IN_COUNT", "BAD_NUMBER", "BAD_NUMBER");
    assertThat(Fixtures.described(report).get(0)).isEqualTo("ho-so/bieu-06.xlsx, trang tính \"Sheet1\", dòng 3, cột C (Tiếp nhận "
        + "trực tuyến): ô định dạng phần trăm (\"0.985\") nằm trong cột số hồ sơ, nên không biết là bao nhiêu hồ sơ. Hãy ghi số hồ sơ "
        + "(số nguyên) và đổi định dạng ô sang Number hoặc General.");
    assertThat(report.problems()).extracting(Problem::value).contains("1.48");
  }

  @Test
  void saysWhenAFormulaWasSavedWithoutItsValue() throws Exception {
    workbook(dir.resolve("bao-cao"), "KHTC.xlsx", sheet -> {
      header(sheet, "STT", "Tình trạng", "Ngày hoàn thành");
      cell(sheet, 1, 0).setCellValue(1);
      cell(sheet, 1, 1).setCellValue("Hoàn thành");
      cell(sheet, 1, 2).setCellFormula("DATE(2022,9,2)");
    });

    SubmissionReader.read(dir.resolve("bao-cao"), "bao-cao", dir,
        new SubmissionReader.Context(PLAN, Fixtures.units(), CUT_OFF, TODAY), report);

    assertThat(Fixtures.described(report)).containsExactly("bao-cao/KHTC.xlsx, trang tính \"Sheet1\", dòng 2, cột C (Ngày hoàn thành): "
        + "ô là công thức nhưng tệp không lưu giá trị đã tính (tệp do phần mềm khác tạo ra). Hãy mở tệp bằng Excel, để Excel tính lại "
        + "rồi lưu (Ctrl+S) và chạy lại.");
    Fixtures.assertTally(report, "bao-cao/KHTC.xlsx", 1, 0, 1);
  }
}
