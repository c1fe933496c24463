package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12, item 4: the figures workbook holds the appendices' tables as numbers, rates and dates
 * (the same figures as tong-hop.json), formatted, frozen and filtered; the validation report has an
 * XLSX twin with the CSV's rows.
 */
class WorkbooksTest {
  @TempDir static Path temp;
  private static Path folder;
  private static XSSFWorkbook figures;
  private static XSSFWorkbook validation;
  private static JsonNode summary;

  @BeforeAll
  static void run() throws Exception {
    folder = SampleData.runInto(temp);
    figures = new XSSFWorkbook(Files.newInputStream(folder.resolve("bang-so-lieu.xlsx")));
    validation = new XSSFWorkbook(Files.newInputStream(folder.resolve("kiem-tra-du-lieu.xlsx")));
    summary = new ObjectMapper().readTree(folder.resolve("tong-hop.json").toFile());
  }

  @AfterAll
  static void close() throws Exception {
    figures.close();
    validation.close();
  }

  private static Row row(XSSFSheet sheet, String first) {
    for (Row row : sheet) if (row.getCell(0) != null && row.getCell(0).toString().equals(first)) return row;
    for (Row row : sheet) if (row.getCell(1) != null && row.getCell(1).toString().equals(first)) return row;
    throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
  }

  @Test
  void hasASheetPerTableWithFrozenFilteredHeaders() {
    assertThat(figures.getNumberOfSheets()).isEqualTo(5);
    for (int i = 0; i < figures.getNumberOfSheets(); i++) {
      XSSFSheet sheet = figures.getSheetAt(i);
      assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
    }
  }

  @Test
  void unitFiguresAreNumbersAndRatesArePercentages() {
    XSSFSheet units = figures.getSheet("Đơn vị");
    Row office = row(units, "Văn phòng Sở");
    JsonNode json = summary.get("units").get(0);
    assertThat(json.get("name").asText()).isEqualTo("Văn phòng Sở");
    assertThat(office.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(office.getCell(2).getNumericCellValue()).isEqualTo(json.get("assigned").asDouble());
    assertThat(office.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    assertThat(office.getCell(14).getNumericCellValue()).isCloseTo(json.get("completion").get("percent").asDouble() / 100, within(1e-9));
    assertThat(office.getCell(14).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
    Row total = row(units, "Tổng cộng");
    assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(summary.get("unitTotal").get("assigned").asDouble());
  }

  @Test
  void datesAreDates() {
    Row task = row(figures.getSheet("Nhiệm vụ"), "5.2");
    assertThat(DateUtil.isCellDateFormatted(task.getCell(4))).isTrue();
    assertThat(task.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(task.getCell(6).getStringCellValue()).as("cần xác minh thời hạn").isEqualTo("Có");
    Row overdue = row(figures.getSheet("Quá hạn"), "Văn phòng Sở");
    assertThat(overdue.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
  }

  @Test
  void dossierTotalsMatchTheSummary() {
    Row total = row(figures.getSheet("Hồ sơ TTHC"), "Tổng cộng");
    JsonNode json = summary.get("dossiers").get("total");
    assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(json.get("received").asDouble());
    assertThat(total.getCell(5).getNumericCellValue()).as("postal").isEqualTo(json.get("postal").asDouble());
    assertThat(total.getCell(14).getNumericCellValue()).isCloseTo(json.get("r1").get("percent").asDouble() / 100, within(1e-9));
  }

  @Test
  void theValidationWorkbookHasTheCsvsRows() throws Exception {
    var problems = CSVFormat.RFC4180.parse(Files.newBufferedReader(folder.resolve("kiem-tra-du-lieu.csv"), StandardCharsets.UTF_8))
        .getRecords();
    XSSFSheet sheet = validation.getSheet("Lỗi và cảnh báo");
    assertThat(sheet.getLastRowNum()).as("one row per problem under the header").isEqualTo(problems.size() - 1);
    for (int i = 1; i < problems.size(); i++) {
      assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo(problems.get(i).get(1));
      assertThat(sheet.getRow(i).getCell(7).getStringCellValue()).isEqualTo(problems.get(i).get(7));
    }
    XSSFSheet reconciliation = validation.getSheet("Đối soát");
    Row plan = row(reconciliation, "ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx");
    assertThat(plan.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(plan.getCell(2).getNumericCellValue()).isEqualTo(plan.getCell(3).getNumericCellValue() + plan.getCell(4).getNumericCellValue());
  }
}
