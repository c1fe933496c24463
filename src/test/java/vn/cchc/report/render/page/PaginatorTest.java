package vn.cchc.report.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Block.Paragraph;
import vn.cchc.report.report.doc.Block.Run;
import vn.cchc.report.report.doc.Section;

/**
 * The paginator on its own, with a font whose every character is half an em wide, whose line is
 * one em (baseline 0.8 em under its top) — so a 10 pt line is 10 pt tall and holds two letters per
 * 10 pt of width. The page is A4 portrait with 20 mm top and bottom margins (56.7 pt): 728.5 pt
 * of text height, 72 lines of 10 pt.
 */
class PaginatorTest {
  private static final Metrics FONT = new Metrics() {
    @Override
    public float advance(int codePoint, boolean bold, boolean italic) {
      return 0.5f;
    }

    @Override
    public float lineHeight() {
      return 1f;
    }

    @Override
    public float lineAscent() {
      return 0.8f;
    }

    @Override
    public float width(String text, boolean bold, boolean italic, double size) {
      return (float) (text.length() * 0.5 * size);
    }
  };
  private static final float TOP = 56.7f;
  private static final float BOTTOM = 841.9f - 56.7f;
  private static final float LEFT = 85.05f;
  private static final float RIGHT = 595.3f - 42.5f;
  private static final Block.Style LINE = new Block.Style(Block.Align.LEFT, 10, 0, 0, 0, 1.0, false);

  private final Paginator paginator = new Paginator(FONT);

  @ParameterizedTest(name = "{0} lines of 10 pt → {1} on the pages")
  @CsvSource({"1, 1", "72, 72", "73, 72 1", "144, 72 72", "150, 72 72 6"})
  void aLineGoesOnThePageWhenItsWholeBoxFits(int count, String perPage) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= count; i++) blocks.add(line(LINE, "Dòng " + i));
    assertThat(linesPerPage(blocks)).isEqualTo(perPage);
  }

  @ParameterizedTest(name = "line spacing {0}, space before {1}, after {2} → {3}")
  @CsvSource({
    // 1.5 spacing: 15 pt a line, 728.5 / 15 = 48 lines
    "1.5, 0, 0, 48 2",
    // 6 pt before every paragraph (the section's first too): 45 × 16 = 720 ≤ 728.5; on the page the
    // text flowed onto the first paragraph's space before is dropped
    "1.0, 6, 0, 45 5",
    // the larger of after and before between two paragraphs, not both (6 + 6 would give 39 lines)
    "1.0, 6, 6, 45 5",
    "1.0, 0, 12, 33 17",
  })
  void spacingDecidesHowManyLinesAPageHolds(double spacing, double before, double after, String perPage) {
    Block.Style style = new Block.Style(Block.Align.LEFT, 10, 0, before, after, spacing, false);
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 50; i++) blocks.add(line(style, "Dòng " + i));
    assertThat(linesPerPage(blocks)).isEqualTo(perPage);
  }

  @Test
  void theFirstBaselineIsTheAscentUnderTheTopMarginAndSpaceBeforeIsDroppedOnAFlowedPage() {
    Block.Style spaced = LINE.withSpace(6, 0);
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 60; i++) blocks.add(line(spaced, "Đoạn " + i));
    List<Page> pages = paginator.pages(portrait(blocks));
    assertThat(texts(pages.get(0)).get(0).baseline()).as("a section keeps its first space before").isCloseTo(TOP + 6 + 8, within(0.01f));
    assertThat(texts(pages.get(1)).get(0).baseline()).isCloseTo(TOP + 8, within(0.01f));
  }

  @ParameterizedTest(name = "{0} lines, then a paragraph of {1} → {2} lines on the pages")
  @CsvSource({
    "71, 1, 72",
    // orphan: a paragraph's first line does not stand alone at a page's foot
    "71, 2, 71 2",
    "71, 5, 71 5",
    // widow: nor its last line alone at the next page's top; a paragraph of 3 lines is not split
    "70, 3, 70 3",
    "70, 4, 72 2",
    "69, 4, 71 2",
    "68, 5, 71 2",
    "67, 5, 72",
    "72, 4, 72 4",
    // longer than a page: split where the page ends, the last page keeping two lines at least
    "0, 73, 71 2",
    "0, 80, 72 8",
  })
  void widowAndOrphanControl(int before, int lines, String perPage) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= before; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(line(LINE, IntStream.rangeClosed(1, lines).mapToObj(i -> "Câu " + i).collect(Collectors.joining("\n"))));
    assertThat(linesPerPage(blocks)).isEqualTo(perPage);
  }

  @ParameterizedTest(name = "{0} lines before a heading kept with a paragraph of 4 lines → heading on page {1}")
  @CsvSource({"69, 1", "70, 2"})
  void aKeptHeadingNeedsTheLinesOrphanControlKeepsWithIt(int before, int headingPage) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= before; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(line(LINE.keptWithNext(), "II. NHIỆM VỤ KỲ TỚI"));
    blocks.add(line(LINE, "Câu 1\nCâu 2\nCâu 3\nCâu 4"));
    List<Page> pages = paginator.pages(portrait(blocks));
    assertThat(pageOf(pages, "II. NHIỆM VỤ KỲ TỚI")).isEqualTo(headingPage);
    assertThat(pageOf(pages, "Câu 2")).isEqualTo(headingPage);
  }

  @ParameterizedTest(name = "{0} lines before a kept heading → heading on page {1}")
  @CsvSource({"69, 1", "70, 1", "71, 2"})
  void aHeadingKeptWithTheNextParagraphGoesWithItsFirstLine(int before, int headingPage) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= before; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(line(LINE.keptWithNext(), "II. NHIỆM VỤ KỲ TỚI"));
    blocks.add(line(LINE, "Nội dung đầu tiên"));
    List<Page> pages = paginator.pages(portrait(blocks));
    assertThat(pageOf(pages, "II. NHIỆM VỤ KỲ TỚI")).isEqualTo(headingPage);
    assertThat(pageOf(pages, "Nội dung đầu tiên")).isEqualTo(headingPage);
  }

  @Test
  void aKeepLongerThanAPageIsGivenUpUntilTheRestOfItFitsAPage() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(line(LINE, "Dòng đầu"));
    for (int i = 1; i <= 80; i++) blocks.add(line(LINE.keptWithNext(), "Đề mục " + i));
    blocks.add(line(LINE, "Cuối"));
    // Headings 1–9 start chains of more than 72 lines: they stay; heading 10's chain (71 headings
    // and "Cuối") fits a page and goes to the next one whole.
    assertThat(linesPerPage(blocks)).isEqualTo("10 72");
  }

  @Test
  void aJustifiedLineEndsOnTheRightMarginItsLastLineDoesNot() {
    Block.Style justified = LINE.withAlign(Block.Align.JUSTIFY);
    List<Page> pages = paginator.pages(portrait(List.of(line(justified, words(40, "ab")))));
    List<Box.Text> lines = texts(pages.get(0));
    assertThat(lines).hasSizeGreaterThan(1);
    Box.Text first = lines.get(0);
    float ink = first.text().length() * 5;
    long spaces = first.text().chars().filter(c -> c == ' ').count();
    assertThat(first.x() + ink + spaces * first.wordSpacing()).isCloseTo(RIGHT, within(0.01f));
    assertThat(lines.get(lines.size() - 1).wordSpacing()).isZero();
  }

  @ParameterizedTest(name = "{0} → x {1}")
  @CsvSource({"LEFT, 85.05", "CENTER, 308.925", "RIGHT, 532.8"})
  void alignment(Block.Align align, float x) {
    List<Page> pages = paginator.pages(portrait(List.of(line(LINE.withAlign(align), "abcd")))); // 20 pt wide
    assertThat(texts(pages.get(0)).get(0).x()).isCloseTo(x, within(0.01f));
  }

  @Test
  void pagesFromTheSecondOnCarryTheirNumberInTheTopMargin() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 150; i++) blocks.add(line(LINE, "Dòng " + i));
    List<Page> pages = paginator.pages(portrait(blocks));
    assertThat(pages).hasSize(3);
    assertThat(pages.stream().map(p -> numbers(p).stream().map(Box.Text::text).collect(Collectors.joining())).toList())
        .containsExactly("", "2", "3");
  }

  @Test
  void aSectionWithNothingHasOnePage() {
    assertThat(paginator.pages(portrait(List.of()))).hasSize(1);
  }

  // ---- tables: 12 pt cells, a row of one line is 0.5 + 2 + 12 = 14.5 pt tall

  @ParameterizedTest(name = "{0} rows after {1} lines → body rows per page {2}")
  @CsvSource({
    // 728.5 pt: 2 header rows (29 pt) + 48 rows (696 pt) = 725 pt
    "48, 0, 48",
    "49, 0, 48 1",
    "100, 0, 48 48 4",
    // after 70 lines (700 pt) the header and one row do not fit: the table starts on the next page
    "5, 70, 0 5",
    "5, 68, 1 4",
  })
  void tablesBreakBetweenRowsUnderTheirRepeatedHeader(int rows, int linesBefore, String perPage) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= linesBefore; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(table(rows, r -> false));
    List<Page> pages = paginator.pages(portrait(blocks));
    String counts = pages.stream().map(p -> Long.toString(texts(p).stream().filter(t -> t.text().startsWith("Hàng ")).count()))
        .collect(Collectors.joining(" "));
    assertThat(counts).isEqualTo(perPage);
    for (Page page : pages) {
      boolean hasRows = texts(page).stream().anyMatch(t -> t.text().startsWith("Hàng "));
      if (hasRows) assertThat(texts(page).stream().filter(t -> t.text().equals("STT")).count()).as("header repeated").isEqualTo(1);
      assertThat(page.boxes()).allSatisfy(b -> {
        if (b instanceof Box.Frame f) assertThat(f.top() + f.height()).isLessThanOrEqualTo(BOTTOM + 0.01f);
      });
    }
  }

  @ParameterizedTest(name = "group heading at body row {0} of 60 → page {1}, with its first row")
  @CsvSource({"20, 1", "47, 1", "48, 2", "49, 2"})
  void aGroupHeadingRowIsKeptWithItsFirstRow(int headingRow, int page) {
    // Without the keep, body row 48 is the last on page 1.
    List<Page> pages = paginator.pages(portrait(List.of(table(60, r -> r == headingRow))));
    assertThat(pageOf(pages, "Hàng " + headingRow)).isEqualTo(page);
    assertThat(pageOf(pages, "Hàng " + (headingRow + 1))).isEqualTo(page);
  }

  @Test
  void rowsJoinedByASpanningCellStayTogether() {
    List<Block.Row> rows = new ArrayList<>(header());
    for (int r = 1; r <= 60; r++) {
      if (r == 48) rows.add(new Block.Row(List.of(cell("Hàng " + r), new Block.Cell("gộp", Block.Align.LEFT, 1, 2, false)), false));
      else if (r == 49) rows.add(new Block.Row(List.of(cell("Hàng " + r)), false));
      else rows.add(new Block.Row(List.of(cell("Hàng " + r), cell("x")), false));
    }
    List<Page> pages = paginator.pages(portrait(List.of(new Block.Table(List.of(1.0, 3.0), 2, rows, 12))));
    assertThat(pageOf(pages, "Hàng 48")).isEqualTo(2);
    assertThat(pageOf(pages, "Hàng 49")).isEqualTo(2);
  }

  @Test
  void aRowNoPageCanHoldIsSplitWhereItStandsAndLosesNoLine() {
    String tall = IntStream.rangeClosed(1, 70).mapToObj(i -> "Kết quả " + i).collect(Collectors.joining("\n"));
    List<Block.Row> rows = new ArrayList<>(header());
    rows.add(new Block.Row(List.of(cell("Hàng 1"), cell("ngắn")), false));
    rows.add(new Block.Row(List.of(cell("Hàng 2"), cell(tall)), false));
    rows.add(new Block.Row(List.of(cell("Hàng 3"), cell("cuối")), false));
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 20; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(new Block.Table(List.of(1.0, 3.0), 2, rows, 12));
    List<Page> pages = paginator.pages(portrait(blocks));
    assertThat(pageOf(pages, "Kết quả 1")).as("starts under the rows before it").isEqualTo(1);
    for (int i = 1; i <= 70; i++) assertThat(pageOf(pages, "Kết quả " + i)).as("line %d", i).isPositive();
    assertThat(pageOf(pages, "Kết quả 70")).isEqualTo(2);
    assertThat(pageOf(pages, "cuối")).isEqualTo(2);
    for (Page page : pages) assertThat(texts(page)).allSatisfy(t -> assertThat(t.baseline()).isLessThan(BOTTOM));
  }

  @Test
  void rowsJoinedByACellAndTallerThanAPageAreRefusedWithAMessage() {
    String tall = IntStream.rangeClosed(1, 70).mapToObj(i -> "Kết quả " + i).collect(Collectors.joining("\n"));
    List<Block.Row> rows = new ArrayList<>(header());
    rows.add(new Block.Row(List.of(cell("Hàng 1"), new Block.Cell(tall, Block.Align.LEFT, 1, 2, false)), false));
    rows.add(new Block.Row(List.of(cell("Hàng 2")), false));
    assertThatThrownBy(() -> paginator.pages(portrait(List.of(new Block.Table(List.of(1.0, 3.0), 2, rows, 12)))))
        .isInstanceOf(Paginator.LayoutException.class).hasMessageContaining("gộp");
  }

  @Test
  void aCellsTextIsCentredVerticallyInItsRow() {
    List<Block.Row> rows = List.of(new Block.Row(List.of(cell("a"), cell("b\nc\nd")), false));
    Page page = paginator.pages(portrait(List.of(new Block.Table(List.of(1.0, 1.0), 0, rows, 12)))).get(0);
    float a = texts(page).stream().filter(t -> t.text().equals("a")).findFirst().orElseThrow().baseline();
    float c = texts(page).stream().filter(t -> t.text().equals("c")).findFirst().orElseThrow().baseline();
    assertThat(a).isCloseTo(c, within(0.01f));
  }

  @Test
  void theSignatureBlockMovesWhole() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 70; i++) blocks.add(line(LINE, "Dòng " + i));
    blocks.add(new Block.Columns(0.45, List.of(line(LINE, "Nơi nhận:"), line(LINE, "- Như trên;"), line(LINE, "- Lưu: VT.")),
        List.of(line(LINE, "GIÁM ĐỐC"), line(LINE, "Nguyễn Văn A"))));
    List<Page> pages = paginator.pages(portrait(blocks));
    assertThat(pageOf(pages, "Nơi nhận:")).isEqualTo(2);
    assertThat(pageOf(pages, "GIÁM ĐỐC")).isEqualTo(2);
  }

  // ---- helpers

  private static Block.Table table(int bodyRows, java.util.function.IntPredicate keptWithNext) {
    List<Block.Row> rows = new ArrayList<>(header());
    for (int r = 1; r <= bodyRows; r++) {
      rows.add(new Block.Row(List.of(cell("Hàng " + r), cell("nội dung")), keptWithNext.test(r), keptWithNext.test(r)));
    }
    return new Block.Table(List.of(1.0, 3.0), 2, rows, 12);
  }

  private static List<Block.Row> header() {
    return List.of(new Block.Row(List.of(cell("STT"), cell("Nội dung")), true), new Block.Row(List.of(cell("(1)"), cell("(2)")), false));
  }

  private static Block.Cell cell(String text) {
    return Block.Cell.of(text, Block.Align.LEFT);
  }

  private static String words(int count, String word) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> word + i).collect(Collectors.joining(" "));
  }

  private static Paragraph line(Block.Style style, String text) {
    return new Paragraph(List.of(Run.plain(text)), style);
  }

  private static Section portrait(List<Block> blocks) {
    return new Section(false, Section.Margins.DEFAULT, blocks);
  }

  /** The text lines under the top margin (not the page number). */
  private static List<Box.Text> texts(Page page) {
    return page.boxes().stream().filter(b -> b instanceof Box.Text t && t.baseline() > TOP).map(b -> (Box.Text) b).toList();
  }

  private static List<Box.Text> numbers(Page page) {
    return page.boxes().stream().filter(b -> b instanceof Box.Text t && t.baseline() < TOP).map(b -> (Box.Text) b).toList();
  }

  private String linesPerPage(List<Block> blocks) {
    return paginator.pages(portrait(blocks)).stream().map(p -> Integer.toString(texts(p).size())).collect(Collectors.joining(" "));
  }

  private static int pageOf(List<Page> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (texts(pages.get(i)).stream().anyMatch(t -> t.text().equals(text))) return i + 1;
    }
    return -1;
  }

  private static String allText(List<Page> pages) {
    return pages.stream().flatMap(p -> texts(p).stream()).map(Box.Text::text).collect(Collectors.joining(" "));
  }

  @SuppressWarnings("unused")
  private static String dump(List<Page> pages) {
    return Arrays.toString(pages.stream().map(p -> texts(p).size()).toArray());
  }
}
