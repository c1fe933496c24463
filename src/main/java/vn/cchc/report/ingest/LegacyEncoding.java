package vn.cchc.report.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Vietnamese text typed in a pre-Unicode font encoding, whatever byte encoding carried
 * it: TCVN3/ABC (".VnTime": "Hoµn thµnh") and VNI ("Hoaøn thaønh"). Such text is not Vietnamese
 * to the program; it must be converted (Unikey Toolkit) before use.
 */
enum LegacyEncoding {
  TCVN3("TCVN3 (ABC, phông .VnTime)"),
  VNI("VNI (phông VNI-Times)");

  // TCVN3 puts accented letters on Latin-1 symbols (µ = à, ¸ = á, ¶ = ả, ¹ = ạ, ¨ = ă, © = â, ª = ê,
  // « = ô, ¬ = ơ, ­ = ư, ® = đ …): inside a word they never occur in Unicode Vietnamese.
  private static final Pattern TCVN3_MARKS = Pattern.compile("\\p{L}[µ¸¶·¹¨©ª«¬\u00AD®¡¢£¤¥¦§½¾Æ]|[µ¸¶·¹¨©ª«¬®¡¢£¤¥¦§½¾Æ]\\p{L}");
  // VNI writes a base vowel then a tone or shape letter (aø = à, aù = á, aû = ả, aõ = ã, aï = ạ, eâ = ê …),
  // and ñ for đ: pairs that Unicode Vietnamese never has.
  private static final Pattern VNI_MARKS = Pattern.compile("[aeiouyAEIOUY][øùûõïØÙÛÕÏåäëÅÄË]|[aeoAEO][âêÂÊ]|ñ|Ñ");
  private static final int THRESHOLD = 3;

  private final String label;

  LegacyEncoding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The legacy encoding the sample looks like, if any. */
  public static Optional<LegacyEncoding> recognise(String sample) {
    if (count(TCVN3_MARKS, sample) >= THRESHOLD) return Optional.of(TCVN3);
    if (count(VNI_MARKS, sample) >= THRESHOLD) return Optional.of(VNI);
    return Optional.empty();
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
