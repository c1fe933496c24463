package vn.cchc.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Block.Paragraph;
import vn.cchc.report.report.doc.Block.Run;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;
import vn.cchc.report.report.doc.Styles;

/**
 * Where the PDF breaks pages, by the rules Word and LibreOffice apply to the same DOCX (the page
 * geometry is the NĐ 30 default: A4 portrait, top and bottom margins 20 mm = 1134 twips = 56,7 pt).
 */
class PdfPageFlowTest {
  private static final float PAGE_HEIGHT = 841.9f;
  private static final float MARGIN = 56.7f;
  /** Liberation Serif: ascent 1825 + line gap 87 over 2048 units; single line (1825 + 443 + 87) / 2048. */
  private static final float ASCENT = 1912f / 2048;
  private static final float SINGLE = 2355f / 2048;
  private static final Block.Style LINE = new Block.Style(Block.Align.LEFT, 14, 0, 0, 0, 1.0, false);

  /** One text line as the PDF shows it: page (1-based), baseline from the page's top, text. */
  record Line(int page, float baseline, String text) {}

  @Test
  void aLineGoesOnThePageWhenItsBoxFitsAboveTheBottomMargin() throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 60; i++) blocks.add(line(LINE, "Dòng " + i));
    List<Line> lines = lines(blocks);
    int fits = (int) Math.floor((PAGE_HEIGHT - 2 * MARGIN) / (SINGLE * 14));
    assertThat(fits).as("A4 less 2 × 20 mm holds 45 lines of 14 pt").isEqualTo(45);
    assertThat(onPage(lines, 1)).hasSize(fits);
    assertThat(onPage(lines, 1).get(0).baseline()).isCloseTo(MARGIN + ASCENT * 14, within(0.1f));
    assertThat(onPage(lines, 2).get(0).text()).isEqualTo("Dòng " + (fits + 1));
  }

  @Test
  void aParagraphContinuesOnTheNextPageLineByLine() throws Exception {
    // 43 lines, then a paragraph whose first two lines fill the page (orphan control keeps two).
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 43; i++) blocks.add(line(LINE, "Dòng " + i));
    String words = String.join(" ", IntStream.rangeClosed(1, 60).mapToObj(i -> "chữ" + i).toList());
    blocks.add(line(LINE, words));
    List<Line> lines = lines(blocks);
    assertThat(onPage(lines, 1)).hasSize(45);
    assertThat(onPage(lines, 1).get(43).text()).startsWith("chữ1 chữ2");
    assertThat(onPage(lines, 2).get(0).text()).doesNotContain("chữ1 ").contains("chữ60".substring(0, 3));
    assertThat(String.join(" ", lines.stream().map(Line::text).toList())).contains("chữ59 chữ60");
  }

  @Test
  void spaceBeforeIsDroppedAtTheTopOfAPageTheTextFlowedOnto() throws Exception {
    Block.Style spaced = LINE.withSpace(6, 0);
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 60; i++) blocks.add(line(spaced, "Đoạn " + i));
    List<Line> lines = lines(blocks);
    assertThat(onPage(lines, 1).get(0).baseline()).as("a section's first paragraph keeps its space before")
        .isCloseTo(MARGIN + 6 + ASCENT * 14, within(0.1f));
    assertThat(onPage(lines, 2).get(0).baseline()).isCloseTo(MARGIN + ASCENT * 14, within(0.1f));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "after {0} pt, before {1} pt → {2} pt between the lines")
  @org.junit.jupiter.params.provider.CsvSource({"6, 12, 12", "6, 6, 6", "12, 0, 12", "0, 0, 0"})
  void twoParagraphsAreApartByTheLargerOfTheirSpaces(double after, double before, float gap) throws Exception {
    List<Line> lines = lines(List.of(line(LINE.withSpace(0, after), "Đoạn trên"), line(LINE.withSpace(before, 0), "Đoạn dưới")));
    assertThat(lines.get(1).baseline() - lines.get(0).baseline()).isCloseTo(SINGLE * 14 + gap, within(0.05f));
  }

  @Test
  void aHeadingKeptWithTheNextParagraphMovesToTheNextPageWithIt() throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 44; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(line(LINE.withSpace(6, 0).keptWithNext(), "II. NHIỆM VỤ KỲ TỚI"));
    blocks.add(line(LINE, "Nội dung đầu tiên"));
    List<Line> lines = lines(blocks);
    assertThat(onPage(lines, 1)).hasSize(44);
    assertThat(onPage(lines, 2).get(0).text()).isEqualTo("II. NHIỆM VỤ KỲ TỚI");
    assertThat(onPage(lines, 2).get(0).baseline()).as("moved to a new page: no space before").isCloseTo(MARGIN + ASCENT * 14, within(0.1f));
    assertThat(onPage(lines, 2).get(1).text()).isEqualTo("Nội dung đầu tiên");
  }

  @Test
  void aHeadingWithRoomForTheNextLineStays() throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 43; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(line(LINE.keptWithNext(), "II. NHIỆM VỤ KỲ TỚI"));
    blocks.add(line(LINE, "Nội dung đầu tiên"));
    List<Line> lines = lines(blocks);
    assertThat(onPage(lines, 1)).extracting(Line::text).endsWith("II. NHIỆM VỤ KỲ TỚI", "Nội dung đầu tiên");
  }

  @Test
  void theSignatureBlockIsNeverSplit() throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 42; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(new Block.Columns(0.45,
        List.of(line(Styles.RECIPIENTS.withSize(12), Run.bold("Nơi nhận:")), line(Styles.RECIPIENTS, "- Như trên;"),
            line(Styles.RECIPIENTS, "- Lưu: VT, VP.")),
        List.of(line(Styles.SIGNATURE, Run.bold("GIÁM ĐỐC")), line(Styles.SIGNATURE.withSpace(60, 0), Run.bold("Nguyễn Văn A")))));
    List<Line> lines = lines(blocks);
    assertThat(onPage(lines, 1)).hasSize(42);
    assertThat(onPage(lines, 2)).extracting(Line::text).contains("Nơi nhận:", "GIÁM ĐỐC", "Nguyễn Văn A", "- Lưu: VT, VP.");
  }

  @Test
  void aSignatureBlockTallerThanAPageGoesOnOverTheNextPageWithoutLosingALine() throws Exception {
    List<Block> recipients = new ArrayList<>();
    recipients.add(line(Styles.RECIPIENTS.withSize(12), Run.bold("Nơi nhận:")));
    for (int i = 1; i <= 90; i++) recipients.add(line(Styles.RECIPIENTS, "- Đơn vị nhận số " + i + ";"));
    List<Block> blocks = new ArrayList<>();
    blocks.add(line(LINE, "Đoạn cuối./."));
    blocks.add(new Block.Columns(0.45, recipients, List.of(line(Styles.SIGNATURE, Run.bold("GIÁM ĐỐC")))));
    List<Line> lines = lines(blocks);
    for (int i = 1; i <= 90; i++) {
      String item = "- Đơn vị nhận số " + i + ";";
      assertThat(lines).as(item).anyMatch(l -> l.text().startsWith(item));
    }
    assertThat(lines).allSatisfy(l -> assertThat(l.baseline()).as(l.text()).isLessThan(PAGE_HEIGHT - MARGIN));
    // As LibreOffice does with the DOCX's row: to a new page first, then over the next one.
    assertThat(lines.stream().filter(l -> l.text().startsWith("Nơi nhận")).findFirst().orElseThrow().page()).isEqualTo(2);
    assertThat(lines.stream().mapToInt(Line::page).max().orElse(0)).isEqualTo(3);
  }

  @Test
  void aNoiNhanOfOneParagraphWithLineBreaksGoesOnOverTheNextPage() throws Exception {
    String items = String.join("\n", IntStream.rangeClosed(1, 90).mapToObj(i -> "- Đơn vị nhận số " + i + ";").toList());
    List<Block> blocks = List.of(new Block.Columns(0.45, List.of(line(Styles.RECIPIENTS, items)),
        List.of(line(Styles.SIGNATURE, Run.bold("GIÁM ĐỐC")))));
    List<Line> lines = lines(blocks);
    for (int i = 1; i <= 90; i++) {
      String item = "- Đơn vị nhận số " + i + ";";
      assertThat(lines).as(item).anyMatch(l -> l.text().startsWith(item));
    }
    assertThat(lines).allSatisfy(l -> assertThat(l.baseline()).as(l.text()).isLessThan(PAGE_HEIGHT - MARGIN));
  }

  @Test
  void aTableAtTheFootStartsOnTheNextPageWithItsHeader() throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 44; i++) blocks.add(line(LINE, "Dòng " + i));
    List<Block.Row> rows = new ArrayList<>();
    rows.add(new Block.Row(List.of(cell("STT"), cell("Nội dung")), true));
    for (int i = 1; i <= 3; i++) rows.add(new Block.Row(List.of(cell(Integer.toString(i)), cell("Nhiệm vụ " + i)), false));
    blocks.add(new Block.Table(List.of(1.0, 5.0), 1, rows, 12));
    List<Line> lines = lines(blocks);
    assertThat(onPage(lines, 1)).extracting(Line::text).doesNotContain("STT Nội dung");
    assertThat(onPage(lines, 2).get(0).text()).isEqualTo("STT Nội dung");
    assertThat(onPage(lines, 2)).extracting(Line::text).contains("3 Nhiệm vụ 3");
  }

  @Test
  void aPageBreakLeavesTheEmptyLineOfTheDocxParagraphThatCarriesIt() throws Exception {
    List<Line> lines = lines(List.of(new Block.PageBreak(), line(LINE, "Một"), new Block.PageBreak(), line(LINE, "Hai")));
    assertThat(lines).extracting(Line::page).containsExactly(1, 2);
    assertThat(lines).allSatisfy(l -> assertThat(l.baseline()).isCloseTo(MARGIN + SINGLE * 14 + ASCENT * 14, within(0.1f)));
  }

  @Test
  void aRowNoPageCanHoldIsSplitWhereItStandsOthersMoveWhole() throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 10; i++) blocks.add(line(LINE, "Dòng " + i));
    String tall = String.join("\n", IntStream.rangeClosed(1, 70).mapToObj(i -> "Kết quả số " + i).toList());
    List<Block.Row> rows = new ArrayList<>();
    rows.add(new Block.Row(List.of(cell("STT"), cell("Kết quả")), true));
    rows.add(new Block.Row(List.of(cell("1"), cell("Ngắn")), false));
    rows.add(new Block.Row(List.of(cell("2"), cell(tall)), false));
    rows.add(new Block.Row(List.of(cell("3"), cell("Hàng cuối")), false));
    blocks.add(new Block.Table(List.of(1.0, 6.0), 1, rows, 12));
    List<Line> lines = lines(blocks);
    Line first = lines.stream().filter(l -> l.text().contains("Kết quả số 1")).findFirst().orElseThrow();
    assertThat(first.page()).as("the tall row starts under the rows before it").isEqualTo(1);
    assertThat(lines.stream().filter(l -> l.text().contains("Hàng cuối")).findFirst().orElseThrow().page()).isEqualTo(2);
    assertThat(lines).allSatisfy(l -> assertThat(l.baseline()).isLessThan(PAGE_HEIGHT - MARGIN));
  }

  @Test
  void aTableOfHeaderRowsOnlyIsPrinted() throws Exception {
    List<Block.Row> rows = List.of(new Block.Row(List.of(cell("STT"), cell("Nội dung")), true),
        new Block.Row(List.of(cell("(1)"), cell("(2)")), false));
    List<Line> lines = lines(List.of(line(LINE, "Không có nhiệm vụ quá hạn."), new Block.Table(List.of(1.0, 5.0), 2, rows, 12)));
    assertThat(lines).extracting(Line::text).contains("STT Nội dung", "(1) (2)");
  }

  @Test
  void aSectionWithNothingInItStillHasItsPage() throws Exception {
    Section empty = new Section(true, Section.Margins.DEFAULT, List.of());
    Section report = new Section(false, Section.Margins.DEFAULT, List.of(line(LINE, "Báo cáo")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(new Document("t", "a", LocalDate.of(2022, 3, 20), List.of(report, empty)), out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
    }
    ByteArrayOutputStream alone = new ByteArrayOutputStream();
    new PdfRenderer().render(new Document("t", "a", LocalDate.of(2022, 3, 20), List.of(empty)), alone);
    try (PDDocument pdf = Loader.loadPDF(alone.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
    }
  }

  private static Block.Cell cell(String text) {
    return new Block.Cell(text, Block.Align.LEFT, 1, 1, false);
  }

  private static Paragraph line(Block.Style style, String text) {
    return new Paragraph(List.of(Run.plain(text)), style);
  }

  private static Paragraph line(Block.Style style, Run run) {
    return new Paragraph(List.of(run), style);
  }

  private static List<Line> onPage(List<Line> lines, int page) {
    return lines.stream().filter(l -> l.page() == page).toList();
  }

  /** The lines of a one-section portrait document, in reading order, without the page numbers. */
  private static List<Line> lines(List<Block> blocks) throws Exception {
    Document document = new Document("t", "a", LocalDate.of(2022, 3, 20), List.of(new Section(false, Section.Margins.DEFAULT, blocks)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(document, out);
    List<Line> lines = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) lines.addAll(lines(pdf, page));
    }
    return lines;
  }

  private static List<Line> lines(PDDocument pdf, int page) throws IOException {
    List<Line> lines = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        float baseline = positions.get(0).getYDirAdj();
        if (baseline < MARGIN) return; // the page number, in the top margin
        if (!lines.isEmpty() && Math.abs(lines.get(lines.size() - 1).baseline() - baseline) < 0.5f) {
          Line last = lines.remove(lines.size() - 1);
          lines.add(new Line(page, baseline, last.text() + " " + text.strip()));
        } else {
          lines.add(new Line(page, baseline, text.strip()));
        }
      }
    };
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return lines;
  }
}
