package vn.cchc.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The geometry both renderers lay out on. */
class TwipsTest {
  @ParameterizedTest(name = "{0} mm = {1} twips")
  @CsvSource({"20, 1134", "30, 1701", "15, 850", "10, 567", "12.7, 720", "25, 1417", "35, 1984"})
  void convertsMillimetresToWholeTwips(double mm, int twips) {
    assertThat(Twips.of(mm)).isEqualTo(twips);
  }

  @ParameterizedTest(name = "{0} over {1} twips")
  @CsvSource(delimiter = ';', value = {
    "1.1,6.2,3.2,2.5,6.4,3.2,3.4; 14287; 604,3406,1758,1373,3516,1758,1872",
    "1,1,1; 100; 33,33,34",
    "1; 9355; 9355"})
  void splitsATableWidthSoTheColumnsAddUpToIt(String shares, int width, String expected) {
    List<Double> list = Arrays.stream(shares.split(",")).map(Double::valueOf).toList();
    int[] columns = Twips.columns(width, list);
    assertThat(columns).containsExactly(Arrays.stream(expected.split(",")).mapToInt(Integer::parseInt).toArray());
    assertThat(Arrays.stream(columns).sum()).isEqualTo(width);
  }
}
