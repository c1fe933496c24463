package vn.cchc.report.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A unit's text made into list items: punctuation and spacing only, never a letter (report-contents.md §1.4). */
class ProseTextTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Thiếu người                                      | Thiếu người
      Thiếu người.                                     | Thiếu người
      Thiếu người;  ;                                  | Thiếu người
      - Một số TTHC chưa cấu hình.\\n- Công chức kiêm nhiệm. | Một số TTHC chưa cấu hình ¶ Công chức kiêm nhiệm
      -Một\\n\\n+ Hai\\n• Ba:                          | Một ¶ Hai ¶ Ba
      Lao động  -  Việc làm                            | Lao động - Việc làm
      -5% so với kỳ trước                              | -5% so với kỳ trước
      Chờ ý kiến "Sở Nội vụ" và "Sở Tư pháp".          | Chờ ý kiến “Sở Nội vụ” và “Sở Tư pháp”
      Một dấu " lẻ                                     | Một dấu " lẻ
      Còn vướng…                                       | Còn vướng…
      """)
  void itemsOfAUnitsText(String text, String expected) {
    List<String> items = ProseText.items(text.replace("\\n", "\n"));
    assertThat(items).isEqualTo(Arrays.asList(expected.split(" ¶ ")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      biết, thực hiện.   | biết, thực hiện
      (lưu ý …).         | (lưu ý …)
      Không đổi          | Không đổi
      """)
  void bareTakesOffTheEndingPunctuationOnly(String text, String expected) {
    assertThat(ProseText.bare(text.strip())).isEqualTo(expected);
  }
}
