package vn.cchc.report.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.rules.Rate;

/** How figures are printed: document-format.md §1.2 row 6 (dates), report-contents.md, rules §4. */
class VietnameseFormatTest {

  // NĐ 30: day < 10 → leading 0; months 1 and 2 → "01", "02"; months 3–9 without 0
  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-09-05 | 05/9/2022  | ngày 05 tháng 9 năm 2022
      2022-01-15 | 15/01/2022 | ngày 15 tháng 01 năm 2022
      2021-12-31 | 31/12/2021 | ngày 31 tháng 12 năm 2021
      2025-02-01 | 01/02/2025 | ngày 01 tháng 02 năm 2025
      2021-09-01 | 01/9/2021  | ngày 01 tháng 9 năm 2021
      2019-06-29 | 29/6/2019  | ngày 29 tháng 6 năm 2019
      2022-03-14 | 14/3/2022  | ngày 14 tháng 3 năm 2022
      2022-10-10 | 10/10/2022 | ngày 10 tháng 10 năm 2022
      2022-11-09 | 09/11/2022 | ngày 09 tháng 11 năm 2022
      """)
  void printsDatesAsNghiDinh30Says(LocalDate date, String numeric, String line) {
    assertThat(VietnameseFormat.date(date)).isEqualTo(numeric);
    assertThat(VietnameseFormat.dateLine(date)).isEqualTo(line);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0          | 0
      7          | 7
      999        | 999
      1480       | 1.480
      1000000    | 1.000.000
      640905000  | 640.905.000
      -25        | -25
      -1480      | -1.480
      """)
  void printsNumbersWithDotThousands(long value, String printed) {
    assertThat(VietnameseFormat.number(value)).isEqualTo(printed);
  }

  // rules §4 and seed 003: comma decimals, trailing zeros dropped
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      30.77   | 30,77%
      66.67   | 66,67%
      2.56    | 2,56%
      7       | 7%
      7.00    | 7%
      8.30    | 8,3%
      100.00  | 100%
      0.00    | 0%
      0.5     | 0,5%
      97.996  | 98%
      89.995  | 90%
      -0.8    | -0,8%
      """)
  void printsPercentsVietnameseStyle(BigDecimal percent, String printed) {
    assertThat(VietnameseFormat.percent(percent)).isEqualTo(printed);
  }

  @ParameterizedTest(name = "{0}/{1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      12 | 39 | 30,77%
      26 | 39 | 66,67%
      1  | 39 | 2,56%
      38 | 39 | 97,44%
      39 | 39 | 100%
      0  | 39 | 0%
      0  | 0  | —
      """)
  void printsRatesAndADashWhenNotApplicable(long numerator, long denominator, String printed) {
    assertThat(VietnameseFormat.percent(new Rate(numerator, denominator))).isEqualTo(printed);
  }

  @Test
  void printsAnEmptyPercentAsADash() {
    assertThat(VietnameseFormat.percent(Optional.empty())).isEqualTo("—");
  }

  // report-contents.md §1: counts below 10 in prose take a leading zero; zero reads "không có"
  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      0    | không có | không có nhiệm vụ
      1    | 01       | 01 nhiệm vụ
      9    | 09       | 09 nhiệm vụ
      10   | 10       | 10 nhiệm vụ
      12   | 12       | 12 nhiệm vụ
      1480 | 1.480    | 1.480 nhiệm vụ
      """)
  void printsCountsInProse(long count, String bare, String withNoun) {
    assertThat(VietnameseFormat.count(count)).isEqualTo(bare);
    assertThat(VietnameseFormat.countOf(count, "nhiệm vụ")).isEqualTo(withNoun);
  }

  @Test
  void printsTheDossierSentenceOfSeed003() {
    // seed 003: "tiếp nhận 1.480 hồ sơ, … 17 hồ sơ đang giải quyết, không có hồ sơ trễ hạn"
    String sentence = "tiếp nhận " + VietnameseFormat.countOf(1480, "hồ sơ") + ", "
        + VietnameseFormat.countOf(17, "hồ sơ") + " đang giải quyết, "
        + VietnameseFormat.countOf(0, "hồ sơ") + " trễ hạn";

    assertThat(sentence).isEqualTo("tiếp nhận 1.480 hồ sơ, 17 hồ sơ đang giải quyết, không có hồ sơ trễ hạn");
  }

  @Test
  void printsUnitsDoneOfASharedTask() {
    assertThat(VietnameseFormat.unitsDone(3, 5)).isEqualTo("3/5 đơn vị hoàn thành");
  }
}
