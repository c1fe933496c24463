package vn.cchc.report.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.report.doc.Block;

/** Where lines break, with every letter and space one point wide (bold letters two). */
class LineBreakerTest {
  private final LineBreaker breaker = new LineBreaker((c, bold, italic) -> bold ? 2 : 1);

  private String lines(List<Block.Run> runs, float first, float width) {
    return breaker.lines(runs, first, width).stream()
        .map(line -> line.stream().map(Block.Run::text).collect(Collectors.joining()))
        .collect(Collectors.joining("|"));
  }

  @ParameterizedTest(name = "\"{0}\" in {1}/{2} → {3}")
  @CsvSource(delimiter = ';', value = {
    "một hai ba; 10; 10; một hai ba",
    "một hai ba; 9; 9; một hai|ba",
    // a word fits when its letters fit; the space after it may run past the margin
    "một hai ba; 7; 7; một hai|ba",
    "một hai ba; 6; 6; một|hai ba",
    // the first line is shorter by the first-line indent
    "một hai ba bốn; 4; 10; một|hai ba bốn",
    // a word wider than the line: as many letters as fit, the rest begins the next line
    "Không thực hiện; 4; 8; Khôn|g thực|hiện",
    "ab; 1; 1; a|b",
    "'  hai'; 10; 10; '  hai'",
    "một  hai; 4; 4; một|hai",
    // after a hyphen inside a word, not after one between spaces
    "số 56/KH-SLĐTBXH; 9; 20; số 56/KH-|SLĐTBXH",
    "2021-2025 nay; 5; 20; 2021-|2025 nay",
    "Sở - Ngành; 5; 20; Sở -|Ngành",
  })
  void breaksAfterSpacesWhereTheWordsNoLongerFit(String text, float first, float width, String expected) {
    assertThat(lines(List.of(new Block.Run(text, false, false, 1)), first, width)).isEqualTo(expected);
  }

  @Test
  void measuresEachRunInItsOwnFaceAndKeepsItsStyleOnEveryLine() {
    List<Block.Run> runs = List.of(new Block.Run("đạt ", false, false, 1), new Block.Run("63,64%", true, false, 1),
        new Block.Run(" tỷ lệ", false, false, 1));
    assertThat(lines(runs, 16, 16)).isEqualTo("đạt 63,64%|tỷ lệ");
    assertThat(lines(runs, 15, 15)).isEqualTo("đạt|63,64% tỷ|lệ");
    List<List<Block.Run>> lines = breaker.lines(runs, 16, 16);
    assertThat(lines.get(0)).extracting(Block.Run::bold).containsExactly(false, true);
  }

  @Test
  void givesOneEmptyLineForNoText() {
    assertThat(breaker.lines(List.of(), 10, 10)).containsExactly(List.of());
  }
}
