package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.render.docx.DocxRenderer;
import vn.cchc.report.render.pdf.PdfRenderer;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;

/**
 * The sample report's PDF beside its DOCX as LibreOffice lays it out: the same pages, each with the
 * same words, its first line at the same height. Runs where LibreOffice ({@code soffice}) is
 * installed: {@code .ci/run} installs it when missing and the machine can (CI does), and then sets
 * {@code CCHC_REQUIRE_LIBREOFFICE=1} so that this test fails rather than being skipped. Skipped
 * elsewhere.
 */
class PdfMatchesDocxTest {
  @TempDir static Path temp;

  @Test
  void everyPageHoldsTheSameWordsAsLibreOfficesLayoutOfTheDocx() throws Exception {
    requireLibreOffice();
    Path data = SampleData.copyInto(temp);
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Main.run(new String[] {"--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("out").toString(),
        "--today", "2022-03-20"}, sink, sink);
    Path folder = temp.resolve("out/2022-Q1");
    assertSamePages(folder.resolve("bao-cao-cchc-2022-Q1.docx"), folder.resolve("bao-cao-cchc-2022-Q1.pdf"));
    // Two of the công văn đôn đốc (issue #12): the longest list and the one with a due date to verify.
    for (String unit : List.of("TEBDG", "VP")) {
      assertSamePages(folder.resolve("cong-van-don-doc-" + unit + ".docx"), folder.resolve("cong-van-don-doc-" + unit + ".pdf"));
    }
  }

  /**
   * Issue #12: a unit's form opens in LibreOffice Calc (headless conversion back to XLSX succeeds) and
   * keeps its tasks, its Tình trạng list and its protection.
   */
  @Test
  void aUnitsFormOpensInLibreOfficeCalc() throws Exception {
    requireLibreOffice();
    Path calc = Path.of(soffice()).toRealPath().getParent().resolve("libsclo.so");
    if ("1".equals(System.getenv("CCHC_REQUIRE_LIBREOFFICE"))) assertThat(calc).as("LibreOffice Calc, which .ci/run installed").exists();
    assumeThat(calc).as("LibreOffice Calc").exists();
    Path data = SampleData.copyInto(temp.resolve("forms-office"));
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(Main.run(new String[] {"lap-bieu-mau", "--config", data.resolve("cau-hinh.yaml").toString(), "--output",
        temp.resolve("forms-out").toString(), "--today", "2022-03-01"}, sink, sink)).isZero();
    Path form = temp.resolve("forms-out/bieu-mau-2022-Q1/VP.xlsx");
    Path outDir = Files.createDirectories(temp.resolve("forms-lo"));
    Path profile = Files.createDirectories(temp.resolve("lo-profile"));
    Process process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to",
        "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString(), form.toString()).redirectErrorStream(true)
        .redirectOutput(temp.resolve("lo-form.log").toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    Path saved = outDir.resolve("VP.xlsx");
    assertThat(saved).as(Files.readString(temp.resolve("lo-form.log"))).exists();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(saved))) {
      var sheet = book.getSheet(vn.cchc.report.render.xlsx.UnitFormXlsx.DATA_SHEET);
      assertThat(sheet).isNotNull();
      assertThat(sheet.getRow(vn.cchc.report.render.xlsx.UnitFormXlsx.HEADER_ROW).getCell(vn.cchc.report.render.xlsx.UnitFormXlsx.FIRST_INPUT).getStringCellValue())
          .isEqualTo("Tình trạng");
      assertThat(sheet.getDataValidations()).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
          .contains("Hoàn thành"));
      assertThat(sheet.getCTWorksheet().isSetSheetProtection()).isTrue();
    }
  }

  /** The office of {@link WordingOfficeTest}: group headings that keep-with-next moves, sub-items, Phụ lục V. */
  @Test
  void theWordingOfficesPagesMatchToo() throws Exception {
    requireLibreOffice();
    Path office = WordingOfficeTest.writeOffice(temp.resolve("wording"));
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Main.run(new String[] {"--config", office.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("wording-out").toString(),
        "--today", "2022-03-20"}, sink, sink);
    Path folder = temp.resolve("wording-out/2022-Q1");
    Path docx = Files.copy(folder.resolve("bao-cao-cchc-2022-Q1.docx"), temp.resolve("wording.docx"));
    assertSamePages(docx, folder.resolve("bao-cao-cchc-2022-Q1.pdf"));
  }

  /**
   * A table whose group heading row (kept with the next row) and a pair of rows joined by a cell
   * fall at a page's foot: both files move them to the next page together.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "heading row {0}, rows joined from {1}")
  @org.junit.jupiter.params.provider.CsvSource({"43, 60", "42, 60", "20, 43", "20, 42"})
  void keptRowsMoveTogetherInBothFiles(int heading, int joined) throws Exception {
    requireLibreOffice();
    List<Block.Row> rows = new ArrayList<>();
    rows.add(new Block.Row(List.of(Block.Cell.of("STT", Block.Align.CENTER), Block.Cell.of("Nội dung", Block.Align.CENTER)), true));
    for (int r = 1; r <= 80; r++) {
      if (r == joined + 1) {
        rows.add(new Block.Row(List.of(Block.Cell.of("Hàng" + r, Block.Align.LEFT)), false));
      } else if (r == joined) {
        rows.add(new Block.Row(List.of(Block.Cell.of("Hàng" + r, Block.Align.LEFT), new Block.Cell("Gộp" + r, Block.Align.LEFT, 1, 2, false)),
            false));
      } else {
        rows.add(new Block.Row(List.of(Block.Cell.of("Hàng" + r, Block.Align.LEFT), Block.Cell.of("Việc" + r, Block.Align.LEFT)),
            r == heading, r == heading));
      }
    }
    Block.Table table = new Block.Table(List.of(1.0, 6.0), 1, rows, 12);
    Document document = new Document("t", "a", java.time.LocalDate.of(2022, 3, 20),
        List.of(new Section(false, Section.Margins.DEFAULT, List.of(table))));
    Path docx = temp.resolve("kept-" + heading + "-" + joined + ".docx");
    Path pdf = temp.resolve("kept-" + heading + "-" + joined + ".pdf");
    try (var out = Files.newOutputStream(docx)) {
      new DocxRenderer().render(document, out);
    }
    try (var out = Files.newOutputStream(pdf)) {
      new PdfRenderer().render(document, out);
    }
    assertSamePages(docx, pdf);
    try (PDDocument ours = Loader.loadPDF(pdf.toFile())) {
      assertThat(pageOf(ours, "Hàng" + heading)).as("the heading row with the next").isEqualTo(pageOf(ours, "Hàng" + (heading + 1)));
      assertThat(pageOf(ours, "Hàng" + joined)).as("the rows joined by a cell").isEqualTo(pageOf(ours, "Hàng" + (joined + 1)));
    }
  }

  private static int pageOf(PDDocument pdf, String word) throws IOException {
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) if (words(pdf, page).contains(word)) return page;
    return -1;
  }

  private static void requireLibreOffice() {
    if ("1".equals(System.getenv("CCHC_REQUIRE_LIBREOFFICE"))) {
      assertThat(soffice()).as("LibreOffice (soffice) on the PATH, which .ci/run installed").isNotNull();
    }
    assumeThat(soffice()).as("LibreOffice (soffice) on the PATH").isNotNull();
  }

  private static void assertSamePages(Path docx, Path pdf) throws Exception {
    Path converted = convert(docx, temp.resolve("lo"));
    try (PDDocument ours = Loader.loadPDF(pdf.toFile());
        PDDocument libre = Loader.loadPDF(converted.toFile())) {
      assertThat(ours.getNumberOfPages()).as("pages").isEqualTo(libre.getNumberOfPages());
      for (int page = 1; page <= libre.getNumberOfPages(); page++) {
        assertThat(words(ours, page)).as("the words of page %d", page).isEqualTo(words(libre, page));
        assertThat(firstBaseline(ours, page)).as("the first line of page %d", page)
            .isCloseTo(firstBaseline(libre, page), org.assertj.core.data.Offset.offset(1f));
      }
    }
  }

  private static String soffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) return Path.of(dir, "soffice").toString();
    }
    return null;
  }

  private static Path convert(Path docx, Path outDir) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(temp.resolve("lo-profile"));
    Process process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
        "--outdir", outDir.toString(), docx.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("lo.log").toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice converts within 3 minutes").isTrue();
    Path pdf = outDir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
    assertThat(pdf).exists();
    return pdf;
  }

  /** The page's words, sorted: the same words on the same page whatever the order of the cells. */
  private static List<String> words(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    List<String> words = new ArrayList<>(Arrays.asList(stripper.getText(pdf).strip().split("\\s+")));
    words.sort(null);
    return words;
  }

  /** The baseline (pt from the top) of the page's first line under the page number. */
  private static float firstBaseline(PDDocument pdf, int page) throws IOException {
    float[] first = {Float.MAX_VALUE};
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        float baseline = positions.get(0).getYDirAdj();
        if (baseline > 50) first[0] = Math.min(first[0], baseline);
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return first[0];
  }
}
