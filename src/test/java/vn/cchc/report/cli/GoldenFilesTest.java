package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the sample office (issue #10, item 6): the JSON summary, the validation report
 * and each document's text — the PDF page by page, the DOCX in body order with its page and
 * section breaks — kept under {@code src/test/resources/golden/sample-2022-Q1/}. Any change of a
 * wording, a figure or a page break fails here and shows as a diff of those files in review.
 *
 * <p>After a change that is meant: {@code mvn -B -ntp test -Dtest=GoldenFilesTest -Dgolden.update=true},
 * then read {@code git diff src/test/resources/golden} before committing.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/sample-2022-Q1");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String REPORT = "bao-cao-cchc-2022-Q1";

  @TempDir static Path temp;
  private static Path out;

  @BeforeAll
  static void run() throws Exception {
    out = SampleData.runInto(temp);
  }

  static Stream<String> goldenFiles() {
    return Stream.of("tong-hop.json", "kiem-tra-du-lieu.csv", "kiem-tra-du-lieu-doi-soat.csv", REPORT + ".pdf.txt", REPORT + ".docx.txt");
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void matchesItsGoldenFile(String name) throws Exception {
    String actual = produced(name);
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) fail("%s has no golden file: run the update command in this class's comment", name);
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) fail(firstDifference(name, expected, actual));
  }

  /** The file as the run wrote it, or the text of a document. */
  private static String produced(String name) throws IOException {
    if (name.endsWith(".pdf.txt")) return pdfPages(out.resolve(name.substring(0, name.length() - 4)));
    if (name.endsWith(".docx.txt")) return docxBody(out.resolve(name.substring(0, name.length() - 4)));
    return Files.readString(out.resolve(name), StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** Each page's text in drawing order under a "=== trang N ===" line. */
  static String pdfPages(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      // In the order the PDF draws its text (the paginator's order: down the page, a table row by
      // row and cell by cell), which tenths of a point of difference in a cell's position do not change.
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        text.append("=== trang ").append(page).append(" ===\n");
        stripper.getText(pdf).lines().map(String::stripTrailing).forEach(line -> text.append(line).append('\n'));
      }
    }
    return text.toString();
  }

  /**
   * The body in order: a paragraph per line, a table row per line with its cells between " | ",
   * and a line for each explicit page break and section end (where the page size or direction can
   * change). Where LibreOffice or Word break the pages otherwise is the PDF parity test's concern.
   */
  static String docxBody(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
      for (IBodyElement element : docx.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          if (paragraph.isPageBreak()) text.append("--- sang trang ---\n");
          text.append(paragraph.getText()).append('\n');
          if (paragraph.getCTP().xmlText().contains("w:type=\"page\"")) text.append("--- ngắt trang ---\n");
          if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) text.append("--- hết phần ---\n");
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
              cells.add(String.join(" / ", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()));
            }
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
          }
          text.append("--- hết bảng ---\n");
        }
      }
    }
    return text.toString();
  }

  private static String firstDifference(String name, String expected, String actual) {
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    int line = 0;
    while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) line++;
    return String.format("%s differs from %s from line %d:%n  golden: %s%n  now:    %s%n"
            + "If the change is meant, update the golden files (see GoldenFilesTest) and review their diff.",
        name, GOLDEN.resolve(name), line + 1,
        line < want.size() ? want.get(line) : "(end of file)", line < got.size() ? got.get(line) : "(end of file)");
  }
}
