package vn.cchc.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.domain.Deadline;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.Severity;
import vn.cchc.report.problem.SourceLocation;

/** rules §2: deadline text → due date. Every deadline text of the five seeds, the rule's examples, and edge forms. */
class DeadlineParserTest {

  private final DeadlineParser parser = new DeadlineParser();
  private final DeadlineParser strict = new DeadlineParser(new DeadlineSettings(true));
  private static final SourceLocation ROW_5_2 = new SourceLocation("ke-hoach/56-KH-SLDTBXH.xlsx", "Phụ lục", 14, "F (Thời gian thực hiện)");

  // Seed 002 (Phụ lục of Kế hoạch 56/KH-SLĐTBXH, 01/9/2021; the seeds README calls it 004): column "Thời gian thực hiện".
  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Sau khi có vb triển khai của UBND tỉnh | OPEN      |
      Trước 25/9/2021                        | DATED     | 2021-09-25
      Trước 30/9/2021                        | DATED     | 2021-09-30
      Trước 10/9/2021                        | DATED     | 2021-09-10
      Trước 15/9/2021                        | DATED     | 2021-09-15
      01/2022                                | DATED     | 2022-01-31
      02/2022                                | DATED     | 2022-02-28
      03/2022                                | DATED     | 2022-03-31
      Tháng 05/2022                          | DATED     | 2022-05-31
      06/2021                                | DATED     | 2021-06-30
      Tháng 9/2021                           | DATED     | 2021-09-30
      Theo kế hoạch                          | OPEN      |
      Quý I/2022                             | DATED     | 2022-03-31
      """)
  void resolvesEveryDeadlineOfSeed002(String text, String kind, String when) {
    assertResolves(text, kind, when);
  }

  // Seed 001 (Kế hoạch 2873/KH-UBND, 05/9/2022): column "Thời gian hoàn thành", cells rejoined across the wrapped lines.
  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Trong năm 2022                                                                 | DATED     | 2022-12-31
      Thường xuyên trong năm 2022                                                    | RECURRING | 2022
      Trước ngày 15/12/2022                                                          | DATED     | 2022-12-15
      Tháng 10/2022                                                                  | DATED     | 2022-10-31
      Tháng 11/2022                                                                  | DATED     | 2022-11-30
      Tháng 9/2022                                                                   | DATED     | 2022-09-30
      Trong năm 2022 và những năm tiếp theo                                          | DATED     | 2022-12-31
      Tháng 12/2022                                                                  | DATED     | 2022-12-31
      Thường xuyên trong năm 2022 và những năm tiếp theo                             | RECURRING | 2022
      Thực hiện tham mưu các chính sách theo tiến độ được UBND tỉnh giao             | OPEN      |
      - Tổ chức khảo sát: trong tháng 8/2022; - Báo cáo trước ngày 15/9/2022         | DATED     | 2022-09-15
      Báo cáo kết quả khảo sát trước ngày 15/9/2022                                  | DATED     | 2022-09-15
      Thời gian làm việc, kiểm tra thực tế dự kiến trong tháng 9 và tháng 10/2022    | DATED     | 2022-10-31
      Bắt đầu thực hiện từ tháng 01/9/2022                                           | RECURRING | 2022
      Bắt đầu thực hiện kiểm tra từ tháng 01/9/2022                                  | RECURRING | 2022
      Kế hoạch ban hành trước 15/9/2022                                              | DATED     | 2022-09-15
      Văn bản chỉ đạo trước ngày 01/9/2022 và định kỳ kiểm tra thường xuyên          | DATED     | 2022-09-01
      Kế hoạch ban hành trước 05/9/2022                                              | DATED     | 2022-09-05
      Thời gian thực hiện: Thường xuyên trong năm 2022.                              | RECURRING | 2022
      """)
  void resolvesEveryDeadlineOfSeed001(String text, String kind, String when) {
    assertResolves(text, kind, when);
  }

  // Seed 000 (Kế hoạch 56/KH-SLĐTBXH), B.II.2.b: "(Thời gian hoàn thành: Tháng 9/2021)".
  @Test
  void resolvesDeadlineWrittenInTheBodyOfSeed000() {
    assertResolves("Tháng 9/2021", "DATED", "2021-09-30");
  }

  // Seed 001, III.1: "trước ngày 05/9/20225" — footnote 5 glued to the year by the PDF text. Not guessed.
  @Test
  void leavesYearWithGluedFootnoteUnresolved() {
    assertResolves("trước ngày 05/9/20225", "UNRESOLVED", "");
  }

  // rules.md §2, the table's and the list's own examples.
  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      tháng 9 năm 2021                       | DATED     | 2021-09-30
      09/2021                                | DATED     | 2021-09-30
      trong tháng 9 và tháng 10/2022         | DATED     | 2022-10-31
      quý 1/2022                             | DATED     | 2022-03-31
      Quý I năm 2022                         | DATED     | 2022-03-31
      6 tháng đầu năm 2022                   | DATED     | 2022-06-30
      6 tháng cuối năm 2022                  | DATED     | 2022-12-31
      Năm 2022                               | DATED     | 2022-12-31
      Thường xuyên                           | RECURRING |
      hàng năm                               | RECURRING |
      Hằng năm                               | RECURRING |
      Định kỳ                                | RECURRING |
      Hàng tháng                             | RECURRING |
      Hàng quý                               | RECURRING |
      ngày 15 tháng 9 năm 2022               | DATED     | 2022-09-15
      15-9-2022                              | DATED     | 2022-09-15
      """)
  void resolvesTheExamplesOfRule2(String text, String kind, String when) {
    assertResolves(text, kind, when);
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Tháng 9/2021                           | DATED     | 2021-09-30
      Tháng 2/2024                           | DATED     | 2024-02-29
      T9/2022                                | DATED     | 2022-09-30
      t.9/2022                               | DATED     | 2022-09-30
      Tháng 9/22                             | DATED     | 2022-09-30
      Tháng 9-2022                           | DATED     | 2022-09-30
      Tháng 9 - 10/2022                      | DATED     | 2022-10-31
      Từ tháng 9/2022 đến tháng 12/2022      | DATED     | 2022-12-31
      Từ 1/9 đến tháng 12/2022               | DATED     | 2022-12-31
      """)
  void resolvesMonthToLastDay(String text, String kind, String when) {
    assertResolves(text, kind, when);
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Quý II/2022                            | DATED     | 2022-06-30
      Quý III/2022                           | DATED     | 2022-09-30
      QUÝ IV/2022                            | DATED     | 2022-12-31
      quý 4/2022                             | DATED     | 2022-12-31
      Quý 3 năm 2022                         | DATED     | 2022-09-30
      Quý IV/22                              | DATED     | 2022-12-31
      Q3/2022                                | DATED     | 2022-09-30
      Quí 3/2022                             | DATED     | 2022-09-30
      Qúy III/2022                           | DATED     | 2022-09-30
      Quý III và quý IV/2022                 | DATED     | 2022-12-31
      Quý I, II/2022                         | DATED     | 2022-06-30
      9 tháng đầu năm 2022                   | DATED     | 2022-09-30
      6 tháng năm 2022                       | DATED     | 2022-06-30
      Trong năm 2022                         | DATED     | 2022-12-31
      Giai đoạn 2021 - 2025                  | DATED     | 2025-12-31
      """)
  void resolvesQuarterHalfAndYearToLastDay(String text, String kind, String when) {
    assertResolves(text, kind, when);
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Trước 25/9/21                          | DATED     | 2021-09-25
      25.9.2021                              | DATED     | 2021-09-25
      2021-09-25                             | DATED     | 2021-09-25
      2022-09                                | DATED     | 2022-09-30
      Trước ngày 15/9 năm 2022               | DATED     | 2022-09-15
      Chậm nhất ngày 5 tháng 10 năm 2022     | DATED     | 2022-10-05
      Trước 5 tháng 10 năm 2022              | DATED     | 2022-10-05
      Tuần 1 tháng 9/2022                    | DATED     | 2022-09-30
      Từ 01/9/2022 đến 30/9/2022             | DATED     | 2022-09-30
      15/9/2022 - 30/9/2022                  | DATED     | 2022-09-30
      Từ 01/9/2022 đến tháng 12/2022         | DATED     | 2022-12-31
      Trước 30/9/2022, báo cáo trong quý IV/2022 | DATED | 2022-09-30
      Hàng quý, trước ngày 15/9/2022         | DATED     | 2022-09-15
      Theo kế hoạch, trước 30/9/2022         | DATED     | 2022-09-30
      Theo Kế hoạch số 2992/KH-UBND ngày 12/8/2021 | OPEN |
      Theo quy định tại Nghị định số 09/2019/NĐ-CP | OPEN |
      """)
  void resolvesFullDateToTheLatestThatIsNotAStart(String text, String kind, String when) {
    assertResolves(text, kind, when);
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Thuong xuyen trong nam 2022            | RECURRING | 2022
      THƯỜNG XUYÊN                           | RECURRING |
      Định kỳ hàng quý                       | RECURRING |
      Hàng tuần                              | RECURRING |
      Trước ngày 15/12 hằng năm              | RECURRING |
      Bắt đầu từ 01/9/2022                   | RECURRING | 2022
      Từ tháng 9/2022                        | RECURRING | 2022
      Thường xuyên, từ tháng 9/2022 đến hết năm 2023 | RECURRING | 2023
      """)
  void resolvesRecurringKeywordOrOpenStartAsRecurring(String text, String kind, String when) {
    assertResolves(text, kind, when);
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Theo yêu cầu của UBND tỉnh             | OPEN      |
      Ngay sau khi có hướng dẫn              | OPEN      |
      Khi có văn bản chỉ đạo                 | OPEN      |
      Theo lộ trình                          | OPEN      |
      Sớm nhất có thể                        | UNRESOLVED |
      Trước 30/9                             | UNRESOLVED |
      Quý IV                                 | UNRESOLVED |
      Trước 31/9/2022                        | UNRESOLVED |
      Tháng 13/2022                          | UNRESOLVED |
      Trước 30/9/202                         | UNRESOLVED |
      Trước 30/9 trong năm 2022              | UNRESOLVED |
      Trước ngày 30/9, theo kế hoạch         | UNRESOLVED |
      2022-13                                | UNRESOLVED |
      """)
  void leavesTextOutsideTheRulesUnresolved(String text, String kind, String when) {
    assertResolves(text, kind, when);
  }

  @Test
  void resolvesBlankOrNullTextAsUnresolvedWithEmptyText() {
    assertThat(parser.resolve(null)).isEqualTo(new Deadline.Unresolved(""));
    assertThat(parser.resolve("  \u00A0 ")).isEqualTo(new Deadline.Unresolved("  \u00A0 "));
  }

  @Test
  void keepsTheTextAsWritten() {
    String cell = "Trước  ngày\n15/12/2022";
    assertThat(parser.resolve(cell)).isEqualTo(new Deadline.Dated(LocalDate.of(2022, 12, 15), cell));
  }

  // rules §2: "en dash or hyphen, and non-breaking spaces ... must be accepted".
  @Test
  void acceptsEnDashAndNonBreakingSpaces() {
    assertThat(due("Trước\u00A0ngày\u00A015/9/2022")).isEqualTo(LocalDate.of(2022, 9, 15));
    assertThat(due("Quý\u00A0III/2022")).isEqualTo(LocalDate.of(2022, 9, 30));
    assertThat(due("15–9–2022")).isEqualTo(LocalDate.of(2022, 9, 15));
    assertThat(due("Tháng 9 – 10/2022")).isEqualTo(LocalDate.of(2022, 10, 31));
    assertThat(due("15/9/2022 – 30/9/2022")).isEqualTo(LocalDate.of(2022, 9, 30));
  }

  @Test
  void acceptsDecomposedAccents() {
    String nfd = java.text.Normalizer.normalize("Thường xuyên trong năm 2022", java.text.Normalizer.Form.NFD);
    assertThat(parser.resolve(nfd)).isEqualTo(new Deadline.Recurring(Year.of(2022), nfd));
  }

  // rules §2: "One setting switches this to D − 1 for offices that read "trước" strictly".
  @ParameterizedTest(name = "strict: {0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Trước 25/9/2021                        | 2021-09-24
      Trước ngày 15/12/2022                  | 2022-12-14
      Kế hoạch ban hành trước 05/9/2022      | 2022-09-04
      Trước ngày 01/01/2023                  | 2022-12-31
      Trước tháng 10/2022                    | 2022-09-30
      Trước quý IV/2022                      | 2022-09-30
      Trước 15/9/2022 và 30/9/2022           | 2022-09-30
      Tháng 9/2022                           | 2022-09-30
      25/9/2021                              | 2021-09-25
      """)
  void readsBeforeAsDayBeforeWhenSetStrict(String text, LocalDate due) {
    assertThat(((Deadline.Dated) strict.resolve(text)).dueDate()).isEqualTo(due);
  }

  @Test
  void readsBeforeAsTheDateItselfByDefault() {
    assertThat(due("Trước 25/9/2021")).isEqualTo(LocalDate.of(2021, 9, 25));
    assertThat(due("Trước tháng 10/2022")).isEqualTo(LocalDate.of(2022, 10, 31));
  }

  // rules §2: "An explicit "Hạn chót" cell (a date) always wins over the text".
  @Test
  void letsExplicitDueDateWinOverText() {
    LocalDate hanChot = LocalDate.of(2022, 9, 20);
    assertThat(parser.resolve("Thường xuyên trong năm 2022", hanChot)).isEqualTo(new Deadline.Dated(hanChot, "Thường xuyên trong năm 2022"));
    assertThat(parser.resolve("Trước 30/9/2022", hanChot)).isEqualTo(new Deadline.Dated(hanChot, "Trước 30/9/2022"));
    assertThat(parser.resolve("không rõ", hanChot)).isEqualTo(new Deadline.Dated(hanChot, "không rõ"));
    assertThat(strict.resolve("", hanChot)).isEqualTo(new Deadline.Dated(hanChot, ""));
  }

  // Seed 002, task 5.2: "06/2021" in a plan issued 01/9/2021.
  @Test
  void warnsWhenDueDateBeforePlanIssueDate() {
    LocalDate issued = LocalDate.of(2021, 9, 1);
    Deadline deadline = parser.resolve("06/2021");

    assertThat(DeadlineParser.dueBeforeIssue(deadline, issued)).contains(LocalDate.of(2021, 6, 30));
    Problem problem = DeadlineParser.warningFor(deadline, issued, ROW_5_2).orElseThrow();
    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(problem.code()).isEqualTo("DUE_BEFORE_PLAN");
    assertThat(problem.value()).isEqualTo("06/2021");
    assertThat(problem.describe()).isEqualTo("ke-hoach/56-KH-SLDTBXH.xlsx, trang tính \"Phụ lục\", dòng 14, cột F (Thời gian thực hiện): "
        + "thời hạn \"06/2021\" được hiểu là ngày 30/6/2021, sớm hơn ngày ban hành kế hoạch 01/9/2021. "
        + "Hãy kiểm tra xem có gõ nhầm không (thường là nhầm năm), rồi sửa thời hạn hoặc điền cột Hạn chót; "
        + "trong khi chờ, nhiệm vụ được tính với hạn 30/6/2021.");
  }

  @Test
  void writesMonthsOneAndTwoWithLeadingZeroInTheWarning() {
    Deadline deadline = parser.resolve("Trước 05/02/2022");
    Problem problem = DeadlineParser.warningFor(deadline, LocalDate.of(2022, 9, 5), ROW_5_2).orElseThrow();
    assertThat(problem.message()).contains("ngày 05/02/2022, sớm hơn ngày ban hành kế hoạch 05/9/2022");
  }

  @Test
  void doesNotWarnWhenDueOnOrAfterIssueDateOrUndated() {
    LocalDate issued = LocalDate.of(2021, 9, 1);
    assertThat(DeadlineParser.dueBeforeIssue(parser.resolve("Trước 01/9/2021"), issued)).isEmpty();
    assertThat(DeadlineParser.dueBeforeIssue(parser.resolve("Tháng 9/2021"), issued)).isEmpty();
    assertThat(DeadlineParser.dueBeforeIssue(parser.resolve("Thường xuyên trong năm 2020"), issued)).isEmpty();
    assertThat(DeadlineParser.dueBeforeIssue(parser.resolve("06/2021"), null)).isEmpty();
    assertThat(DeadlineParser.warningFor(parser.resolve("Theo kế hoạch"), issued, ROW_5_2)).isEmpty();
  }

  @Test
  void warnsWhenDeadlineUnresolved() {
    Problem problem = DeadlineParser.warningFor(parser.resolve("Sớm nhất có thể"), null, ROW_5_2).orElseThrow();
    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(problem.code()).isEqualTo("UNRESOLVED_DEADLINE");
    assertThat(problem.value()).isEqualTo("Sớm nhất có thể");
    assertThat(problem.message()).isEqualTo("không xác định được thời hạn \"Sớm nhất có thể\"; nhiệm vụ vẫn được giữ và tạm tính "
        + "như nhiệm vụ không có hạn. Hãy điền ngày vào cột Hạn chót (ngày/tháng/năm, ví dụ 30/9/2022) hoặc ghi lại thời hạn, "
        + "ví dụ \"Trước 30/9/2022\", \"Tháng 9/2022\", \"Quý III/2022\".");
  }

  // A blank cell is the plan reader's NO_DEADLINE, which names the task; no second warning.
  @Test
  void leavesBlankCellToTheNoDeadlineWarning() {
    assertThat(DeadlineParser.warningFor(parser.resolve(""), null, ROW_5_2)).isEmpty();
  }

  private void assertResolves(String text, String kind, String when) {
    String expected = when == null || when.isEmpty() ? kind : kind + " " + when;
    assertThat(summary(parser.resolve(text))).as(text).isEqualTo(expected);
  }

  private LocalDate due(String text) {
    return ((Deadline.Dated) parser.resolve(text)).dueDate();
  }

  private static String summary(Deadline deadline) {
    if (deadline instanceof Deadline.Dated dated) return "DATED " + dated.dueDate();
    if (deadline instanceof Deadline.Recurring recurring) return recurring.year() == null ? "RECURRING" : "RECURRING " + recurring.year();
    if (deadline instanceof Deadline.Open) return "OPEN";
    return "UNRESOLVED";
  }
}
