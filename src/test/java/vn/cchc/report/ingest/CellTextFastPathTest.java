package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast path of {@link CellText#clean} gives what the regular expressions alone give. */
class CellTextFastPathTest {
  /** {@link CellText#clean} as it was before the fast path. */
  private static String reference(String raw) {
    if (raw == null) return "";
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    String spaced = Pattern.compile("[\\u00A0\\u2007\\u202F\\t]")
        .matcher(Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF]").matcher(nfc).replaceAll(""))
        .replaceAll(" ");
    return Pattern.compile(" {2,}").matcher(spaced.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ").strip();
  }

  @Test
  void plainCellsComeBackAsTheyAre() {
    for (String s : new String[] {"", "H56-240315-0000001", "15/03/2024", "Sở Lao động – Thương binh và Xã hội", "Trực tuyến",
        "a\nb", "Công ty Cổ phần \"Hoa Sen\""}) {
      assertThat(CellText.isClean(s)).as(s).isTrue();
      assertThat(CellText.clean(s)).isSameAs(s).isEqualTo(reference(s));
    }
  }

  @Test
  void cellsThatNeedCleaningTakeTheSlowPath() {
    String nfd = Normalizer.normalize("Trực tuyến", Normalizer.Form.NFD);
    for (String s : new String[] {" a", "a ", "a  b", "a\tb", "a\r\nb", "a\u00A0b", "a\u200Bb", "\uFEFFa", "a\u2007b", "a\u202Fb",
        nfd, "\u2003a", "a\n"}) {
      assertThat(CellText.isClean(s)).as(s).isFalse();
      assertThat(CellText.clean(s)).isEqualTo(reference(s));
    }
    assertThat(CellText.clean(nfd)).isEqualTo("Trực tuyến");
    assertThat(CellText.clean(null)).isEmpty();
  }

  @Test
  void charactersTakenForNfcAreNfcInEveryPair() {
    StringBuilder sure = new StringBuilder();
    for (char c = 0; c < 0x2000; c++) {
      if (!CellText.surelyNfc(c)) continue;
      int type = Character.getType(c);
      assertThat(type).as("U+%04X is a combining mark", (int) c)
          .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.ENCLOSING_MARK, (int) Character.COMBINING_SPACING_MARK);
      sure.append(c);
    }
    assertThat(CellText.surelyNfc('\u0300')).isFalse();
    assertThat(CellText.surelyNfc('\u212B')).isFalse();
    char[] pair = new char[2];
    for (int i = 0; i < sure.length(); i++) {
      pair[0] = sure.charAt(i);
      assertThat(Normalizer.isNormalized(String.valueOf(pair[0]), Normalizer.Form.NFC)).isTrue();
      for (int j = 0; j < sure.length(); j++) {
        pair[1] = sure.charAt(j);
        if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) pair[0], (int) pair[1]));
        }
      }
    }
  }

  @Test
  void randomTextCleansAsBefore() {
    char[] alphabet = ("aAzZ09 ,.-/\"\t\r\n\u00A0\u2007\u202F\u200B\u200C\u200D\uFEFF\u2003\u3000\u0300\u0301\u0303\u0309\u0323"
        + "ăâêôơưđĐàáảãạệộờứỹỳÁẠ–\u1E00\u00C5\u212B\u0041\u030A").toCharArray();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      char[] text = new char[random.nextInt(12)];
      for (int k = 0; k < text.length; k++) text[k] = alphabet[random.nextInt(alphabet.length)];
      String s = new String(text);
      assertThat(CellText.clean(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(reference(s));
    }
  }
}
