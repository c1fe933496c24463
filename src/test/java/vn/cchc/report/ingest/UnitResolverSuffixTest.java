package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitRegistry;

/** {@link UnitResolver#resolve} skips its suffix regex only where the regex would change nothing. */
class UnitResolverSuffixTest {
  private static final Pattern SUFFIX_PUNCTUATION = Pattern.compile("[\\s.;,]+$");

  @Test
  void theRegexIsSkippedOnlyWhereItCannotMatch() {
    char[] alphabet = "aZ ạ.;,:\t\n\u000B\f\r\u0085\u2028\u2029\u00A0\u3000-".toCharArray();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      char[] text = new char[random.nextInt(8)];
      for (int k = 0; k < text.length; k++) text[k] = alphabet[random.nextInt(alphabet.length)];
      String s = new String(text);
      if (!UnitResolver.endsInPunctuation(s)) {
        assertThat(SUFFIX_PUNCTUATION.matcher(s).replaceAll("")).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(s);
      }
    }
    assertThat(UnitResolver.endsInPunctuation("Sở Y tế.\u2028")).isTrue();
  }

  @Test
  void namesResolveWithAndWithoutTrailingPunctuation() {
    UnitResolver units = new UnitResolver(new UnitRegistry(List.of(new Unit("SYT", "Sở Y tế", List.of())), List.of()));
    for (String s : List.of("Sở Y tế", "Sở Y tế.", "SỞ Y TẾ;", "Sở Y tế ,", "so y te")) {
      assertThat(units.resolve(s)).as(s).contains(new UnitResolver.Ref("SYT", false));
    }
    assertThat(units.resolve("")).isEmpty();
    assertThat(units.resolve(" .")).isEmpty();
  }
}
