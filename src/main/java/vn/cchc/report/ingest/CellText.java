package vn.cchc.report.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cleans a cell's text on the way in: NFC, odd spaces made plain, zero-width marks removed, trimmed. */
public final class CellText {
  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\t]");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF]");
  private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

  private CellText() {}

  /** NFC text with single spaces and no surrounding blanks; line breaks inside are kept. Null → "". */
  public static String clean(String raw) {
    if (raw == null) return "";
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    String spaced = ODD_SPACES.matcher(ZERO_WIDTH.matcher(nfc).replaceAll("")).replaceAll(" ");
    return RUNS_OF_SPACES.matcher(spaced.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ").strip();
  }
}
