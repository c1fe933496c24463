package vn.cchc.report.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cleans a cell's text on the way in: NFC, odd spaces made plain, zero-width marks removed, trimmed. */
final class CellText {
  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\t]");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF]");
  private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

  private CellText() {}

  /** NFC text with single spaces and no surrounding blanks; line breaks inside are kept. Null → "". */
  public static String clean(String raw) {
    if (raw == null) return "";
    if (isClean(raw)) return raw; // most cells: a million-row list calls this for every cell
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    String spaced = ODD_SPACES.matcher(ZERO_WIDTH.matcher(nfc).replaceAll("")).replaceAll(" ");
    return RUNS_OF_SPACES.matcher(spaced.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ").strip();
  }

  /**
   * True when {@link #clean} would return the text unchanged: no character the patterns above
   * replace, no carriage return, no two spaces in a row, no blank at either end, and NFC already.
   * NFC is checked (without copying) only for text with a character outside {@link #surelyNfc}.
   */
  static boolean isClean(String text) {
    int n = text.length();
    if (n == 0) return true;
    if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) return false;
    boolean checkNfc = false;
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == '\t' || c == '\r' || (c == ' ' && previous == ' ')) return false;
      } else {
        if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF') return false;
        if (!surelyNfc(c)) checkNfc = true;
      }
      previous = c;
    }
    return !checkNfc || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /**
   * Characters that are NFC whatever stands around them, as long as everything around them is
   * too: starters (combining class 0) that are never decomposed or composed with a neighbour
   * (NFC_Quick_Check = Yes). ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing modifiers, and
   * the precomposed Vietnamese letters of Latin Extended Additional; the combining marks
   * (U+0300…) are not. {@code CellTextFastPathTest} checks every pair against the Normalizer.
   */
  static boolean surelyNfc(char c) {
    return c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF');
  }
}
