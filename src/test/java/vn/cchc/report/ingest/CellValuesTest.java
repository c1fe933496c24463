package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** data-contract.md: dates typed as text or stored by Excel, and counts written "1.480", "1,480", "1480". */
class CellValuesTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      20/9/2021            | 2021-09-20
      20/09/2021           | 2021-09-20
      02/09/2021           | 2021-09-02
      2/9/2021             | 2021-09-02
      20-09-2021           | 2021-09-20
      20.9.2021            | 2021-09-20
      20/9/21              | 2021-09-20
      31/12/99             | 2099-12-31
      2021-09-20           | 2021-09-20
      2021-9-2             | 2021-09-02
      29/2/2024            | 2024-02-29
      44459                | 2021-09-20
      36526                | 2000-01-01
      73050                | 2099-12-31
      2021-09-20 00:00:00  | 2021-09-20
      20/9/2021 14:30      | 2021-09-20
      '  20/9/2021  '      | 2021-09-20
      """)
  void readsDatesAsOfficesWriteThem(String text, LocalDate expected) {
    assertThat(CellValues.date(text)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a date")
  @CsvSource(delimiter = '|', textBlock = """
      ''
      31/9/2021
      20/13/2021
      29/2/2023
      0/9/2021
      9/2021
      tháng 9/2021
      20/9
      20/9/202
      20/9/02021
      20-9/2021
      20//2021
      /9/2021
      1480
      36525
      73051
      44459.5
      ngày 20/9/2021
      20/9/2021a
      2021-09-20T10:00
      """)
  void rejectsWhatIsNotADate(String text) {
    assertThat(CellValues.date(text)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1480          | 1480
      1.480         | 1480
      1,480         | 1480
      1 480         | 1480
      1\u00A0480    | 1480
      1.480.000     | 1480000
      1,480,000     | 1480000
      0             | 0
      17            | 17
      ''            | 0
      -             | 0
      –             | 0
      1480.0        | 1480
      ' 1.480 '     | 1480
      """)
  void readsCountsWithThousandsSeparators(String text, long expected) {
    assertThat(CellValues.count(text)).isEqualTo(OptionalLong.of(expected));
  }

  @ParameterizedTest(name = "\"{0}\" is not a count")
  @CsvSource(delimiter = '|', textBlock = """
      12,5
      -3
      abc
      1.48
      1,4800
      98,5%
      .480
      1..480
      1.480,5
      1480.5
      12 hồ sơ
      +3
      99999999999999999999
      """)
  void rejectsWhatIsNotACount(String text) {
    assertThat(CellValues.count(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} → \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      2.1       | 2.1
      8.3       | 8.3
      1480.0    | 1480
      1.0E7     | 10000000
      0.1       | 0.1
      44459.0   | 44459
      """)
  void writesNumberCellsAsPlainText(double value, String expected) {
    assertThat(ExcelTableReader.plainNumber(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      'Tình  trạng'                  | Tình trạng
      ' Hoàn thành\u00A0'            | Hoàn thành
      'Đang\u200Bthực hiện'          | Đangthực hiện
      'Văn\u202Fphòng\u2007Sở'       | Văn phòng Sở
      'Ho\u0061\u0300n tha\u0300nh'  | Hoàn thành
      '\uFEFFSTT'                    | STT
      """)
  void cleansCellText(String raw, String expected) {
    assertThat(CellText.clean(raw)).isEqualTo(expected);
  }

  @Test
  void keepsLineBreaksInsideACellAsLf() {
    assertThat(CellText.clean("Văn phòng Sở\r\nThanh tra Sở\rPhòng KH-TC")).isEqualTo("Văn phòng Sở\nThanh tra Sở\nPhòng KH-TC");
    assertThat(CellText.clean(null)).isEmpty();
  }
}
