package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The report of the sample office as DOCX and PDF (issue 4): layout facts, and every checked figure equal to tong-hop.json. */
class SampleDocumentsTest {
  @TempDir static Path temp;
  private static JsonNode summary;
  private static XWPFDocument docx;
  private static PDDocument pdf;
  private static Path folder;

  @BeforeAll
  static void run() throws Exception {
    folder = SampleData.runInto(temp);
    summary = new ObjectMapper().readTree(folder.resolve("tong-hop.json").toFile());
    try (InputStream in = Files.newInputStream(folder.resolve("bao-cao-cchc-2022-Q1.docx"))) {
      docx = new XWPFDocument(in);
    }
    pdf = Loader.loadPDF(folder.resolve("bao-cao-cchc-2022-Q1.pdf").toFile());
  }

  @AfterAll
  static void close() throws Exception {
    docx.close();
    pdf.close();
  }

  private static String pdfPage(int number) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(number);
    stripper.setEndPage(number);
    return stripper.getText(pdf);
  }

  /** The whole text, page numbers left out, lines joined with spaces (a sentence may cross a page). */
  private static String pdfText() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
      pdfPage(i).lines().map(String::strip).filter(l -> !l.matches("\\d+")).forEach(l -> text.append(l).append(' '));
    }
    return text.toString().replaceAll(" +", " ");
  }

  private static String docxText() {
    StringBuilder text = new StringBuilder();
    docx.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
    for (XWPFTable t : docx.getTables()) {
      t.getRows().forEach(r -> {
        r.getTableCells().forEach(c -> text.append(c.getText()).append(" | "));
        text.append('\n');
      });
    }
    return text.toString();
  }

  private static List<CTSectPr> sections() {
    List<CTSectPr> sections = new ArrayList<>();
    for (XWPFParagraph p : docx.getParagraphs()) {
      if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) sections.add(p.getCTP().getPPr().getSectPr());
    }
    sections.add(docx.getDocument().getBody().getSectPr());
    return sections;
  }

  @Test
  void writesBothFormatsWithPlainFileNames() {
    assertThat(folder.resolve("bao-cao-cchc-2022-Q1.docx")).exists();
    assertThat(folder.resolve("bao-cao-cchc-2022-Q1.pdf")).exists();
  }

  @Test
  void hasAPortraitReportAndFiveLandscapeAppendicesInBothFormats() throws Exception {
    // Phụ lục I–IV, and V: the units' proposals.
    List<CTSectPr> sections = sections();
    assertThat(sections).hasSize(6);
    assertThat(sections.get(0).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
    for (int i = 1; i < 6; i++) assertThat(sections.get(i).getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
    long landscapePages = 0;
    for (var page : pdf.getPages()) if (page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) landscapePages++;
    assertThat(pdf.getPage(0).getMediaBox().getWidth()).isLessThan(pdf.getPage(0).getMediaBox().getHeight());
    assertThat(landscapePages).isGreaterThanOrEqualTo(5);
  }

  @Test
  void printsTheHeaderBlockDateLineAndRecipients() throws Exception {
    for (String text : List.of(docxText(), pdfText())) {
      assertThat(text).contains("UBND TỈNH BÌNH THUẬN", "SỞ LAO ĐỘNG - THƯƠNG BINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Bình Thuận, ngày 20 tháng 3 năm 2022", "BÁO CÁO", "- Như trên;", "- Lưu: VT, VP.",
          "KT. GIÁM ĐỐC", "Phạm Việt Công");
    }
  }

  @Test
  void numbersPdfPagesFromTwoAndRestartsInEachAppendix() throws Exception {
    assertThat(pdfPage(1)).doesNotStartWith("1");
    assertThat(pdfPage(2).strip()).startsWith("2");
    int appendix = -1;
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) if (pdfPage(i).strip().startsWith("Phụ lục I\n")) appendix = i;
    assertThat(appendix).isPositive();
    assertThat(pdfPage(appendix + 1).strip()).startsWith("2");
  }

  @Test
  void printsTheFiguresOfTheSummary() throws Exception {
    String pdfText = pdfText();
    String docxText = docxText();
    List<String> figures = new ArrayList<>();
    figures.add("đạt tỷ lệ " + summary.path("byTask").path("completion").path("printed").asText());
    figures.add("Tỷ lệ hồ sơ giải quyết đúng hạn: " + summary.path("dossiers").path("total").path("r1").path("printed").asText());
    for (JsonNode unit : summary.path("units")) {
      figures.add(unit.path("name").asText() + " (" + unit.path("completion").path("printed").asText() + ")");
    }
    // PDF text comes back line by line with justified spacing: compare without white space.
    String pdfCompact = pdfText.replaceAll("\\s+", "");
    assertThat(figures).allSatisfy(f -> {
      assertThat(docxText).contains(f);
      assertThat(pdfCompact).contains(f.replaceAll("\\s+", ""));
    });
  }

  @Test
  void breaksNoWordOfThePdfAcrossLines() throws Exception {
    // A column too narrow for its header ("ST|T") or a word split at a line end leaves pieces that are not words of the document.
    java.util.Set<String> words = new java.util.HashSet<>();
    docx.getParagraphs().forEach(p -> words.addAll(List.of(p.getText().split("\\s+"))));
    docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
        .forEach(p -> words.addAll(List.of(p.getText().split("\\s+")))))));
    // In the order the PDF writes the text (cell by cell): sorting by position would interleave neighbouring cells.
    String pdfInWritingOrder = new PDFTextStripper().getText(pdf);
    List<String> pieces = java.util.Arrays.stream(pdfInWritingOrder.split("\\s+"))
        .filter(w -> !w.isEmpty() && !w.matches("\\d+") && !words.contains(w))
        // two cells' texts that the extraction runs together ("98%)Tổng") are two words, not a broken one
        .filter(w -> java.util.stream.IntStream.range(1, w.length()).noneMatch(i -> words.contains(w.substring(0, i)) && words.contains(w.substring(i))))
        .toList();
    assertThat(pieces).as("PDF words that are not words of the DOCX").isEmpty();
  }

  @Test
  void repeatsTheAppendixHeaderRowsInTheDocx() {
    for (XWPFTable table : docx.getTables()) {
      if (!table.getText().contains("(1)")) continue;
      assertThat(table.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).isEqualTo(1);
    }
  }

  @Test
  void writesIdenticalFilesForIdenticalInputs() throws Exception {
    Path data = SampleData.copyInto(temp.resolve("again"));
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Main.run(new String[] {"--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("again/out").toString(),
        "--today", "2022-03-20"}, sink, sink);
    for (String name : List.of("bao-cao-cchc-2022-Q1.docx", "bao-cao-cchc-2022-Q1.pdf", "tong-hop.json")) {
      assertThat(Files.readAllBytes(temp.resolve("again/out/2022-Q1").resolve(name))).as(name).isEqualTo(Files.readAllBytes(folder.resolve(name)));
    }
  }
}
