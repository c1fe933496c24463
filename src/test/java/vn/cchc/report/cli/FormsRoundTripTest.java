package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.domain.FormStamp;
import vn.cchc.report.render.xlsx.UnitFormXlsx;

/**
 * Issue #12, items 1 and 2: the forms of the sample office made with lap-bieu-mau, filled as each
 * unit would (every task Hoàn thành on 10/3/2022; one file renamed; one form of the previous period
 * dropped in as well), read back by the run: exactly the expected figures and exactly one error.
 */
class FormsRoundTripTest {
  @TempDir static Path temp;
  private static Path data;
  private static Path forms;
  private static int exit;
  private static JsonNode summary;
  private static List<CSVRecord> problems;

  @BeforeAll
  static void run() throws Exception {
    data = SampleData.copyInto(temp);
    Path submissions = data.resolve("bao-cao/2022-Q1");
    clear(submissions);
    clear(data.resolve("ho-so/2022-Q1")); // the sample's dossier table holds a planted error; dossiers are not the point here
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    String config = data.resolve("cau-hinh.yaml").toString();
    assertThat(Main.run(new String[] {"lap-bieu-mau", "--config", config, "--output", temp.resolve("out").toString(),
        "--today", "2022-03-01"}, sink, sink)).isZero();
    forms = temp.resolve("out/bieu-mau-2022-Q1");
    Main.run(new String[] {"lap-bieu-mau", "--config", config, "--output", temp.resolve("old").toString(), "--period", "2021-Q4",
        "--today", "2021-12-01"}, sink, sink);
    try (Stream<Path> files = Files.list(forms)) {
      for (Path form : files.toList()) {
        String name = form.getFileName().toString();
        // Văn phòng Sở renames its file, as people do.
        Path target = submissions.resolve(name.equals("VP.xlsx") ? "Bao cao VP quy 1 (da dien).xlsx" : name);
        fill(form, target);
      }
    }
    // Phòng Kế hoạch - Tài chính also sends back last period's form by mistake.
    fill(temp.resolve("old/bieu-mau-2021-Q4/KHTC.xlsx"), submissions.resolve("KHTC ky truoc.xlsx"));
    exit = Main.run(new String[] {"--config", config, "--output", temp.resolve("out").toString(), "--today", "2022-03-20"}, sink, sink);
    Path folder = temp.resolve("out/2022-Q1");
    summary = new ObjectMapper().readTree(folder.resolve("tong-hop.json").toFile());
    String csv = Files.readString(folder.resolve("kiem-tra-du-lieu.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
    problems = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
  }

  private static void clear(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) Files.delete(f);
    }
  }

  /** What a unit does: every task Hoàn thành on 10/3/2022 with its product, in the form's own cells. */
  private static void fill(Path form, Path target) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(form))) {
      XSSFSheet sheet = book.getSheet(UnitFormXlsx.DATA_SHEET);
      for (int r = UnitFormXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || row.getCell(0) == null || row.getCell(0).getStringCellValue().isBlank()) continue;
        row.getCell(UnitFormXlsx.FIRST_INPUT).setCellValue("Hoàn thành");
        row.getCell(UnitFormXlsx.FIRST_INPUT + 1).setCellValue(LocalDate.of(2022, 3, 10));
        row.getCell(UnitFormXlsx.FIRST_INPUT + 2).setCellValue("Văn bản số " + r + "/BC");
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        book.write(out);
      }
    }
  }

  @Test
  void makesOneFormPerLeadUnitWithItsTasksOnly() throws Exception {
    try (Stream<Path> files = Files.list(forms)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList()).hasSize(10).contains("VP.xlsx", "TEBDG.xlsx");
    }
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(forms.resolve("VP.xlsx")))) {
      assertThat(book.getSheetVisibility(book.getSheetIndex(FormStamp.SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
      XSSFSheet sheet = book.getSheet(UnitFormXlsx.DATA_SHEET);
      List<String> ids = new ArrayList<>();
      for (int r = UnitFormXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
      List<String> expected = new ArrayList<>();
      for (JsonNode task : summary.get("tasks")) {
        if (task.get("heading").asBoolean()) continue;
        for (JsonNode lead : task.get("leads")) if (lead.get("code").asText().equals("VP")) expected.add(task.get("id").asText());
      }
      assertThat(ids).isEqualTo(expected);
      assertThat(sheet.getRow(UnitFormXlsx.HEADER_ROW + 1).getCell(1).getCellStyle().getLocked()).as("task columns locked").isTrue();
      assertThat(sheet.getRow(UnitFormXlsx.HEADER_ROW + 1).getCell(4).getCellStyle().getLocked()).as("last period's status").isTrue();
      assertThat(sheet.getRow(UnitFormXlsx.HEADER_ROW + 1).getCell(5).getCellStyle().getLocked()).as("Tình trạng to fill").isFalse();
      assertThat(sheet.getCTWorksheet().isSetSheetProtection()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      List<? extends DataValidation> validations = sheet.getDataValidations();
      assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
          .containsExactly("Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không thực hiện"));
      assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("DATE(2021,12,15)"));
      assertThat(book.getSheet("Hướng dẫn")).isNotNull();
    }
  }

  @Test
  void nextPeriodsFormRecallsWhatEachUnitReported() throws Exception {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(Main.run(new String[] {"lap-bieu-mau", "--config", data.resolve("cau-hinh.yaml").toString(), "--output",
        temp.resolve("out").toString(), "--period", "2022-Q2", "--today", "2022-03-21"}, sink, sink)).isZero();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(temp.resolve("out/bieu-mau-2022-Q2/VP.xlsx")))) {
      XSSFSheet sheet = book.getSheet(UnitFormXlsx.DATA_SHEET);
      int checked = 0;
      for (int r = UnitFormXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
        String id = sheet.getRow(r).getCell(0).getStringCellValue();
        String last = sheet.getRow(r).getCell(4).getStringCellValue();
        for (JsonNode task : summary.get("tasks")) {
          if (!task.get("id").asText().equals(id) || task.get("leads").size() != 1) continue;
          assertThat(last).as("task %s", id).isEqualTo(task.get("classLabel").asText()).startsWith("Hoàn thành");
          checked++;
        }
      }
      assertThat(checked).isPositive();
    }
  }

  @Test
  void readsTheFilledFormsBackWithExactlyTheOneExpectedError() {
    assertThat(problems).filteredOn(p -> p.get("Mức độ").equals("Lỗi")).singleElement().satisfies(p -> {
      assertThat(p.get("Mã")).isEqualTo("FORM_OF_ANOTHER_PERIOD");
      assertThat(p.get("Tệp")).isEqualTo("bao-cao/2022-Q1/KHTC ky truoc.xlsx");
      assertThat(p.get("Nội dung cần sửa")).contains("kỳ 2021-Q4", "kỳ 2022-Q1");
    });
    assertThat(problems).as("no problem in a correctly filled form").noneMatch(p -> p.get("Tệp").startsWith("bao-cao/")
        && !p.get("Mã").equals("FORM_OF_ANOTHER_PERIOD"));
    assertThat(exit).isEqualTo(ExitCode.DATA_ERRORS.code());
  }

  @Test
  void everyUnitReportedEveryTaskAsDone() {
    assertThat(summary.get("unitsNotReporting")).isEmpty();
    for (JsonNode unit : summary.get("units")) {
      assertThat(unit.get("classes").get("notReported").asLong()).as(unit.get("name").asText()).isZero();
      assertThat(unit.get("classes").get("done").asLong()).as(unit.get("name").asText())
          .isEqualTo(unit.get("assigned").asLong() - unit.get("classes").get("dropped").asLong());
    }
    // The renamed file counts for Văn phòng Sở.
    JsonNode office = summary.get("units").get(0);
    assertThat(office.get("code").asText()).isEqualTo("VP");
    assertThat(office.get("reported").asBoolean()).isTrue();
  }
}
