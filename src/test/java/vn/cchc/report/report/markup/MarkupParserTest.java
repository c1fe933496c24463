package vn.cchc.report.report.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Section;

/** Paragraph style options of the template markup: read within their ranges, refused with the line otherwise. */
class MarkupParserTest {
  private static Block.Style style(String line) {
    List<Section> sections = MarkupParser.parse("@section portrait\n" + line + "\n", Section.Margins.DEFAULT);
    return ((Block.Paragraph) sections.get(0).blocks().get(0)).style();
  }

  @Test
  void readsTheOptionsOfAParagraphStyle() {
    Block.Style s = style("{body size=13 before=12 after=3 indent=0 align=center keep} Nội dung");
    assertThat(s.size()).isEqualTo(13);
    assertThat(s.spaceBefore()).isEqualTo(12);
    assertThat(s.spaceAfter()).isEqualTo(3);
    assertThat(s.firstLineIndent()).isZero();
    assertThat(s.align()).isEqualTo(Block.Align.CENTER);
    assertThat(s.keepWithNext()).isTrue();
    assertThat(style("{body indent=1,27} Nội dung").firstLineIndent()).isEqualTo(1.27);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "{body indent=-1} x; indent=-1 không hợp lệ: cần một số từ 0 đến 10 (cm)",
    "{body size=abc} x; size=abc không hợp lệ: cần một số từ 6 đến 72 (pt)",
    "{body size=200} x; size=200 không hợp lệ",
    "{body before=-6} x; before=-6 không hợp lệ: cần một số từ 0 đến 200 (pt)",
    "{body align=middle} x; align=middle không hợp lệ: dùng left, center, right hoặc justify",
  })
  void refusesAnOptionOutOfItsRangeWithTheLine(String line, String message) {
    assertThatThrownBy(() -> style(line))
        .isInstanceOf(MarkupParser.MarkupException.class)
        .hasMessageContaining("dòng 2 ")
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0} → bold {1}, kept with the next row {2}")
  @CsvSource(delimiter = ';', value = {"| a |; false; false", "|! a |; true; false", "|!> a |; true; true", "|> a |; false; true",
      "|>! a |; true; true"})
  void readsARowsMarks(String line, boolean bold, boolean kept) {
    List<Section> sections = MarkupParser.parse("@section portrait\n@table widths=1 header=0\n" + line + "\n@end\n",
        Section.Margins.DEFAULT);
    Block.Row row = ((Block.Table) sections.get(0).blocks().get(0)).rows().get(0);
    assertThat(row.bold()).isEqualTo(bold);
    assertThat(row.keepWithNext()).isEqualTo(kept);
    assertThat(row.cells().get(0).text()).isEqualTo("a");
  }
}
