package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/**
 * Fuzz targets of the readers (issue #8, item 9). Each writes the input to a file named as a unit
 * would name it and reads it through {@link TableParser#read} with every kind, then through the
 * reader of the kind its header turned out to be ({@link PlanReader}, {@link SubmissionReader},
 * {@link DossierReader}, {@link UnitRegistryReader}). Whatever the bytes, the same invariants hold
 * (examples.md "two channels", rules §7): nothing escapes, every file balances, a failed file gives
 * no row, every problem names the file and is short, and the input file is left as it was.
 *
 * <p>In {@code mvn verify} each target runs once on every seed in
 * {@code src/test/resources/vn/cchc/report/ingest/ReaderFuzzTestInputs/<target>/} (written by
 * {@link FuzzCorpusGenerator}); {@code bench/fuzz} fuzzes them.
 */
class ReaderFuzzTest {
  private static final List<InputKind> ALL_KINDS = List.of(InputKind.values());
  private static final String FOLDER = "bao-cao/2022-Q1";
  /** The data window of Quý I/2022 (Nghị định 09/2019: 15/12 to 14/3) and a day of the run after it. */
  private static final LocalDate FROM = LocalDate.of(2021, 12, 15);
  private static final LocalDate CUT_OFF = LocalDate.of(2022, 3, 14);
  private static final LocalDate TODAY = LocalDate.of(2022, 4, 1);
  /** A quoted value: {@link Messages#SHOWN_CHARS}, then "… (1.234.567 ký tự)". */
  static final int MAX_VALUE_CHARS = Messages.SHOWN_CHARS + 40;
  /** The longest fixed wording (about 450 characters) plus a few quoted values and lists of names. */
  static final int MAX_MESSAGE_CHARS = 1_500;
  /**
   * While fuzzing, an input of a few KB that takes longer than this is a finding. (Not JUnit's
   * {@code @Timeout}: on a {@code @FuzzTest} it limits the whole fuzzing run.) The first reads of a
   * JVM are not timed: they load and instrument POI and the rest, which takes over 30 s on a busy machine.
   */
  private static final long MAX_NANOS_FUZZING = 30_000_000_000L;
  private static final int UNTIMED_READS = 200;
  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();
  private static int reads;

  /** A plan like the sample office's: a heading over two tasks of the phòng chuyên môn, and tasks of single units. */
  private static final Plan PLAN = new Plan(List.of(
      task("1", false, "VP"),
      task("2", true, "KHTC", "LDVL", "BTXH"),
      task("2.1", false, "KHTC", "LDVL", "BTXH"),
      task("2.2", false, "KHTC"),
      task("3", false, "TTDVVL")));

  private static Task task(String id, boolean heading, String... leads) {
    return new Task(new TaskId(id), "Nhiệm vụ " + id, heading, String.join(", ", leads), List.of(leads), "", List.of(), "",
        "Năm 2022", null, "", "", SourceLocation.ofFile("ke-hoach/ke-hoach.xlsx"));
  }

  @FuzzTest
  void csvFile(byte[] bytes) throws IOException {
    readAndCheck(bytes, "KHTC.csv");
  }

  @FuzzTest
  void xlsxFile(byte[] bytes) throws IOException {
    readAndCheck(bytes, "KHTC.xlsx");
  }

  @FuzzTest
  void xlsFile(byte[] bytes) throws IOException {
    readAndCheck(bytes, "KHTC.xls");
  }

  /** The "Excel" export of e-government systems: an HTML page named .xls. */
  @FuzzTest
  void htmlFile(byte[] bytes) throws IOException {
    readAndCheck(bytes, "KHTC.xls");
  }

  /**
   * Cell contents, types, merges and sheets chosen by the fuzzer, written by POI as .xlsx or .xls:
   * explores the header search and the row checks rather than the zip and OLE2 containers.
   */
  @FuzzTest
  void workbookCells(FuzzedDataProvider data) throws IOException {
    boolean xls = data.consumeBoolean();
    byte[] bytes;
    try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
      WorkbookWriter.fill(workbook, data);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      workbook.write(out);
      bytes = out.toByteArray();
    }
    readAndCheck(bytes, xls ? "KHTC.xls" : "KHTC.xlsx");
  }

  // ---- the harness -------------------------------------------------------------------------

  /** Writes the bytes as {@code FOLDER/name} in a fresh folder, reads them every way, checks every invariant. */
  static void readAndCheck(byte[] bytes, String name) throws IOException {
    // Replaying the seeds (not while fuzzing: Jazzer writes on the console itself), nothing may be
    // printed on the console: a library's "[Fatal Error] …" line is noise in the office's window.
    if (FUZZING) {
      read(bytes, name);
      return;
    }
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      read(bytes, name);
    } finally {
      System.setErr(err);
    }
    assertThat(console.toString(java.nio.charset.StandardCharsets.UTF_8)).as("printed on the console while reading").isEmpty();
  }

  private static void read(byte[] bytes, String name) throws IOException {
    long start = System.nanoTime();
    Path root = Files.createTempDirectory("cchc-fuzz-");
    try {
      Path folder = Files.createDirectories(root.resolve(FOLDER));
      Path file = folder.resolve(name);
      Files.write(file, bytes);
      String display = FOLDER + "/" + name;

      ValidationReport report = new ValidationReport();
      FileReport fileReport = report.open(display, InputKind.SUBMISSION.id());
      List<InputKind> found = TableParser.read(file, display, ALL_KINDS, fileReport, (row, f) -> {
        // Touch everything a reader would: every field, its kind, every location.
        int chars = 0;
        for (Column column : row.header().kind().columns()) {
          chars += row.get(column.id()).length() + row.at(column.id()).describe().length();
          row.kind(column.id());
        }
        if ((row.location().row() + chars) % 3 == 0) f.tally().countRejected();
        else f.tally().countUsed();
      });
      report.commit(fileReport);
      assertThat(!fileReport.failed() || found.isEmpty()).as("a failed file reports no kind: %s", found).isTrue();
      checkReport(report, display);

      if (!found.isEmpty()) {
        ValidationReport second = new ValidationReport();
        switch (found.get(0)) {
          case UNITS -> UnitRegistryReader.read(file, display, second);
          case PLAN -> PlanReader.read(file, display, Fixtures.units(), second);
          case SUBMISSION -> SubmissionReader.read(
              folder, FOLDER, root, new SubmissionReader.Context(PLAN, Fixtures.units(), CUT_OFF, TODAY), second);
          case DOSSIER_TABLE, DOSSIER_LIST -> DossierReader.readFile(file, display, Fixtures.units(), FROM, CUT_OFF, second);
        }
        checkReport(second, display);
      }

      // Reading never writes: a damaged workbook must come out of the run as it went in.
      assertThat(Files.readAllBytes(file)).as("the input file after reading").isEqualTo(bytes);
      try (Stream<Path> left = Files.list(folder)) {
        assertThat(left.map(p -> p.getFileName().toString())).as("files beside the input after reading").containsExactly(name);
      }
    } finally {
      deleteTree(root);
    }
    if (FUZZING && ++reads > UNTIMED_READS) {
      assertThat(System.nanoTime() - start).as("nanoseconds to read %,d bytes", bytes.length).isLessThan(MAX_NANOS_FUZZING);
    }
  }

  /** rules §7 and the message recipe, for every file of the report. */
  static void checkReport(ValidationReport report, String display) {
    assertThat(report.tallies()).as("files accounted for").isNotEmpty();
    for (FileTally tally : report.tallies()) {
      assertThat(tally.file()).isEqualTo(display);
      assertThat(tally.read()).as("read = used + rejected in %s (%s)", tally.file(), tally.outcome())
          .isEqualTo(tally.used() + tally.rejected());
      assertThat(tally.used()).as("rows used").isNotNegative();
      assertThat(tally.rejected()).as("rows rejected").isNotNegative();
      if (tally.failed()) {
        assertThat(tally.used()).as("a failed file gives no row").isZero();
        assertThat(report.problems()).contains(tally.fileProblem());
      }
    }
    for (Problem problem : report.problems()) {
      assertThat(problem.where().file()).as("the file a problem names").isEqualTo(display);
      assertThat(problem.message()).as("message of %s", problem.code()).isNotBlank()
          .hasSizeLessThanOrEqualTo(MAX_MESSAGE_CHARS);
      assertThat(problem.value()).as("value of %s", problem.code()).hasSizeLessThanOrEqualTo(MAX_VALUE_CHARS);
      String described = problem.describe();
      assertThat(described).as("problem %s", problem.code()).startsWith(display)
          .hasSizeLessThanOrEqualTo(display.length() + 2 * MAX_VALUE_CHARS + 40 + MAX_MESSAGE_CHARS)
          .doesNotContain(System.getProperty("java.io.tmpdir"));
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  // ---- workbooks from fuzzed cells ---------------------------------------------------------

  /** Builds sheets from a {@link FuzzedDataProvider}: header-like rows, typed cells, merges, hidden sheets. */
  static final class WorkbookWriter {
    /** Every header label the readers know, so the fuzzer's rows often are headers. */
    private static final List<String> LABELS = Stream.of(InputKind.values())
        .flatMap(k -> k.columns().stream())
        .flatMap(c -> Stream.concat(c.aliases().stream(), c.secondaryAliases().stream()))
        .distinct()
        .toList();
    private static final List<String> VALUES = List.of(
        "1", "2", "2.1", "2.2", "3", "II", "I.", "1.1.1", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không thực hiện",
        "Xong", "20/9/2022", "1/3/2022", "2022-03-01", "31/02/2022", "14/3/2022", "KHTC", "VP", "Văn phòng Sở", "CPCM",
        "Phòng Kế hoạch – Tài chính", "Trung tâm Dịch vụ việc làm", "Trực tuyến", "Trực tiếp", "Bưu chính", "1.480",
        "Tổng cộng", "(1)", "(2)", "(3)", "Năm 2022", "Trước 30/9/2022", "Quý I/2022", "Thường xuyên", "", " ", "=A1");
    private static final List<String> FORMULAS = List.of(
        "1+1", "A1&B1", "1/0", "NA()", "SUM(A1:A3)", "DATE(2022,3,1)", "\"Hoàn thành\"", "TODAY()", "\"2.1\"");

    private WorkbookWriter() {}

    static void fill(Workbook workbook, FuzzedDataProvider data) {
      int sheets = data.consumeInt(1, 3);
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle percentStyle = workbook.createCellStyle();
      percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0%"));
      for (int s = 0; s < sheets; s++) {
        String name = WorkbookUtil.createSafeSheetName(data.consumeString(20));
        if (name.isBlank() || workbook.getSheet(name) != null) name = "Sheet" + (s + 1);
        Sheet sheet = workbook.createSheet(name);
        int rows = data.consumeInt(0, 14);
        int columns = data.consumeInt(1, 8);
        for (int r = 0; r < rows; r++) {
          Row row = sheet.createRow(r + data.consumeInt(0, 1)); // now and then a skipped row
          boolean header = data.consumeInt(0, 3) == 0;
          for (int c = 0; c < columns; c++) {
            if (data.remainingBytes() == 0) break;
            writeCell(row, c, header, data, dateStyle, percentStyle);
          }
        }
        int merges = data.consumeInt(0, 3);
        for (int m = 0; m < merges && rows > 0; m++) {
          int firstRow = data.consumeInt(0, rows - 1);
          int firstColumn = data.consumeInt(0, columns - 1);
          int lastRow = data.consumeInt(firstRow, rows);
          int lastColumn = data.consumeInt(firstColumn, columns);
          if (lastRow == firstRow && lastColumn == firstColumn) continue;
          // Unsafe: overlapping merges happen in files other programs write.
          sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
      }
      for (int s = 1; s < sheets; s++) {
        if (data.consumeInt(0, 4) == 0) workbook.setSheetHidden(s, true);
      }
      try {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      } catch (RuntimeException e) {
        // A formula POI cannot compute stays without a value, as in files of other programs.
      }
    }

    private static void writeCell(Row row, int c, boolean header, FuzzedDataProvider data, CellStyle dateStyle, CellStyle percentStyle) {
      int type = data.consumeInt(0, 11);
      if (type == 0) return; // no cell
      Cell cell = row.createCell(c);
      switch (header ? Math.min(type, 3) : type) {
        case 1 -> cell.setCellValue(data.consumeString(60));
        case 2, 3 -> cell.setCellValue(header ? data.pickValue(LABELS) : data.pickValue(VALUES));
        case 4 -> cell.setCellValue(data.pickValue(VALUES) + data.consumeString(8));
        case 5 -> cell.setCellValue(data.consumeInt(-5, 200_000) / (data.consumeBoolean() ? 1.0 : 10.0));
        case 6 -> cell.setCellValue(data.consumeDouble());
        case 7 -> {
          cell.setCellValue(LocalDate.of(2021, 1, 1).plusDays(data.consumeInt(-800, 1_500)));
          cell.setCellStyle(dateStyle);
        }
        case 8 -> cell.setCellValue(data.consumeBoolean());
        case 9 -> cell.setCellFormula(data.pickValue(FORMULAS));
        case 10 -> cell.setCellErrorValue(data.pickValue(List.of(FormulaError.DIV0, FormulaError.NA, FormulaError.REF)).getCode());
        default -> {
          cell.setCellValue(data.consumeInt(0, 100) / 100.0);
          cell.setCellStyle(percentStyle);
        }
      }
    }
  }
}
