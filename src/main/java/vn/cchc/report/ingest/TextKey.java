package vn.cchc.report.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for names typed by people: NFC, trimmed, spaces collapsed (non-breaking ones
 * too), one kind of dash, lower case by {@link Locale#ROOT}. {@link #folded} also drops accents
 * and maps đ to d, so "Tình trạng", "TÌNH TRẠNG" and "Tinh trang" meet.
 */
public final class TextKey {
  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D-]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
  private static final Pattern SPACED_DASH = Pattern.compile(" ?- ?");

  private TextKey() {}

  /** Case-insensitive key that keeps accents: "Lao động – Việc làm" → "lao động-việc làm". */
  public static String of(String text) {
    if (text == null) return "";
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String spaced = SPACES.matcher(nfc).replaceAll(" ").strip();
    String dashed = SPACED_DASH.matcher(DASHES.matcher(spaced).replaceAll("-")).replaceAll("-");
    return dashed.toLowerCase(Locale.ROOT);
  }

  /** Key without accents: "Lao động – Việc làm" → "lao dong-viec lam". */
  public static String folded(String text) {
    String key = of(text);
    String stripped = COMBINING.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
    return stripped.replace('đ', 'd').replace('Đ', 'd');
  }
}
