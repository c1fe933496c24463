package vn.cchc.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.report.domain.DataWindow;
import vn.cchc.report.domain.Period;

/** rules §5: period ids and names, data windows by Nghị định 09/2019 and by calendar, the next period. */
class PeriodsTest {

  // rules §5: ids and the Vietnamese names printed in documents, both ways.
  @ParameterizedTest(name = "{0} ↔ {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-M09 | Tháng 9/2022          | tháng 9 năm 2022
      2022-M01 | Tháng 01/2022         | tháng 01 năm 2022
      2022-M02 | Tháng 02/2022         | tháng 02 năm 2022
      2022-M12 | Tháng 12/2022         | tháng 12 năm 2022
      2022-Q1  | Quý I/2022            | quý I năm 2022
      2022-Q2  | Quý II/2022           | quý II năm 2022
      2022-Q3  | Quý III/2022          | quý III năm 2022
      2022-Q4  | Quý IV/2022           | quý IV năm 2022
      2022-H1  | 6 tháng đầu năm 2022  | 6 tháng đầu năm 2022
      2022-H2  | 6 tháng cuối năm 2022 | 6 tháng cuối năm 2022
      2022-9T  | 9 tháng năm 2022      | 9 tháng năm 2022
      2022     | Năm 2022              | năm 2022
      """)
  void printsAndReadsIdAndVietnameseNames(String id, String title, String inSentence) {
    Period period = Periods.parse(id);

    assertThat(period.id()).isEqualTo(id);
    assertThat(period.vietnameseName()).isEqualTo(title);
    assertThat(period.vietnameseNameInSentence()).isEqualTo(inSentence);
    assertThat(Periods.parse(title)).isEqualTo(period);
    assertThat(Periods.parse(inSentence)).isEqualTo(period);
  }

  // rules §5: names are accepted as input, ignoring case, accents and spacing; seed 004 (Văn phòng UBND tỉnh, 2022)
  // names the periodic reports "Quý II, III, IV, báo cáo 6 tháng, báo cáo năm".
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-m9                 | 2022-M09
      2022 - Q3               | 2022-Q3
      2022-h1                 | 2022-H1
      2022-9t                 | 2022-9T
      Tháng 09/2022           | 2022-M09
      THÁNG 9 NĂM 2022        | 2022-M09
      Thang 9/2022            | 2022-M09
      T9/2022                 | 2022-M09
      Tháng 9-2022            | 2022-M09
      Quý III/2022            | 2022-Q3
      quý 3/2022              | 2022-Q3
      Quy iii nam 2022        | 2022-Q3
      Quí III/2022            | 2022-Q3
      Quý III – 2022          | 2022-Q3
      6 tháng năm 2022        | 2022-H1
      6 Tháng Đầu Năm 2022    | 2022-H1
      6 thang cuoi nam 2022   | 2022-H2
      9 tháng đầu năm 2022    | 2022-9T
      Nam 2022                | 2022
      '  năm   2022  '        | 2022
      """)
  void readsVietnameseNamesIgnoringCaseAccentsAndSpacing(String text, String id) {
    assertThat(Periods.parse(text).id()).isEqualTo(id);
  }

  @Test
  void acceptsNonBreakingSpace() {
    assertThat(Periods.parse("Quý\u00A0III/2022")).isEqualTo(Period.quarter(2022, 3));
  }

  // rules §5, the table "period | data window" (Nghị định 09/2019/NĐ-CP, Điều 12), and the calendar alternative.
  @ParameterizedTest(name = "{0}: {1}–{2} / {3}–{4}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-M09 | 2022-08-15 | 2022-09-14 | 2022-09-01 | 2022-09-30
      2022-M01 | 2021-12-15 | 2022-01-14 | 2022-01-01 | 2022-01-31
      2024-M02 | 2024-01-15 | 2024-02-14 | 2024-02-01 | 2024-02-29
      2022-M12 | 2022-11-15 | 2022-12-14 | 2022-12-01 | 2022-12-31
      2022-Q1  | 2021-12-15 | 2022-03-14 | 2022-01-01 | 2022-03-31
      2022-Q2  | 2022-03-15 | 2022-06-14 | 2022-04-01 | 2022-06-30
      2022-Q3  | 2022-06-15 | 2022-09-14 | 2022-07-01 | 2022-09-30
      2022-Q4  | 2022-09-15 | 2022-12-14 | 2022-10-01 | 2022-12-31
      2022-H1  | 2021-12-15 | 2022-06-14 | 2022-01-01 | 2022-06-30
      2022-H2  | 2022-06-15 | 2022-12-14 | 2022-07-01 | 2022-12-31
      2022-9T  | 2021-12-15 | 2022-09-14 | 2022-01-01 | 2022-09-30
      2022     | 2021-12-15 | 2022-12-14 | 2022-01-01 | 2022-12-31
      """)
  void windowsByDecree09AndByCalendar(String id, LocalDate decreeFrom, LocalDate decreeTo, LocalDate calendarFrom, LocalDate calendarTo) {
    Period period = Periods.parse(id);

    assertThat(Periods.window(period, CutOffConvention.DECREE_09_2019)).isEqualTo(new DataWindow(decreeFrom, decreeTo));
    assertThat(Periods.window(period, CutOffConvention.CALENDAR)).isEqualTo(new DataWindow(calendarFrom, calendarTo));
  }

  @Test
  void windowsByDecree09ByDefaultWithCutOffItsLastDay() {
    DataWindow q3 = Periods.window(Period.quarter(2022, 3));

    assertThat(q3).isEqualTo(new DataWindow(LocalDate.of(2022, 6, 15), LocalDate.of(2022, 9, 14)));
    assertThat(q3.cutOff()).isEqualTo(LocalDate.of(2022, 9, 14));
    assertThat(q3.contains(LocalDate.of(2022, 6, 15))).isTrue();
    assertThat(q3.contains(LocalDate.of(2022, 9, 14))).isTrue();
    assertThat(q3.contains(LocalDate.of(2022, 9, 15))).isFalse();
    assertThat(q3.contains(LocalDate.of(2022, 6, 14))).isFalse();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-M09 | 2022-M10
      2022-M12 | 2023-M01
      2022-Q3  | 2022-Q4
      2022-Q4  | 2023-Q1
      2022-H1  | 2022-H2
      2022-H2  | 2023-H1
      2022-9T  | 2023-9T
      2022     | 2023
      """)
  void givesTheNextAndThePreviousPeriodOfTheSameKind(String id, String nextId) {
    assertThat(Periods.next(Periods.parse(id)).id()).isEqualTo(nextId);
    assertThat(Periods.previous(Periods.parse(nextId)).id()).as("and back").isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2022-M13", "2022-M00", "2022-Q5", "2022-H3", "Quý V/2022", "Tháng 13/2022", "quý III", "22-Q3", "Q3/2022 và Q4/2022", "3 tháng năm 2022"})
  void rejectsOtherTextWithTheAcceptedForms(String text) {
    assertThatThrownBy(() -> Periods.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("không hiểu kỳ báo cáo \"" + text + "\". Hãy ghi một trong các dạng: "
            + "tháng: 2022-M09 hoặc Tháng 9/2022; quý: 2022-Q3 hoặc Quý III/2022; "
            + "6 tháng: 2022-H1 hoặc 6 tháng đầu năm 2022 (2022-H2 hoặc 6 tháng cuối năm 2022); "
            + "9 tháng: 2022-9T hoặc 9 tháng năm 2022; năm: 2022 hoặc Năm 2022.");
  }

  // Issue #9: "--period 9999-Q4" ended in exit 70 (its next period, year 10000, could not be built).
  @ParameterizedTest
  @ValueSource(strings = {"9999-Q4", "1999", "Quý I/2100", "1000-M01"})
  void rejectsYearsNoReportIsFor(String text) {
    assertThatThrownBy(() -> Periods.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("kỳ báo cáo \"" + text + "\" có năm ")
        .hasMessageEndingWith(", ngoài khoảng 2000–2099 mà chương trình lập báo cáo. Hãy kiểm tra lại năm.");
  }

  @Test
  void validatesPeriodOnConstruction() {
    assertThatThrownBy(() -> Period.month(2022, 13)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Period(Period.Kind.YEAR, 2022, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.year(22)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DataWindow(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 6, 15)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
