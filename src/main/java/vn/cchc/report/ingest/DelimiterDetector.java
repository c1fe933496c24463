package vn.cchc.report.ingest;

import java.util.List;

/**
 * Picks the CSV separator among ',', ';' and tab: the one that splits most sample lines into the
 * same number of fields (quotes respected). Excel writes ';' where the list separator is ';'
 * (Vietnamese Windows), tab in "Unicode Text", ',' elsewhere.
 */
public final class DelimiterDetector {
  private static final char[] CANDIDATES = {';', ',', '\t'};

  private DelimiterDetector() {}

  public static char detect(List<String> sampleLines) {
    char best = ',';
    int bestLines = 0;
    int bestFields = 0;
    for (char candidate : CANDIDATES) {
      int[] counts = sampleLines.stream().filter(l -> !l.isBlank()).mapToInt(l -> countOutsideQuotes(l, candidate)).toArray();
      int mode = mode(counts);
      if (mode == 0) continue;
      int lines = 0;
      for (int c : counts) if (c == mode) lines++;
      if (lines > bestLines || (lines == bestLines && mode > bestFields)) {
        best = candidate;
        bestLines = lines;
        bestFields = mode;
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char delimiter) {
    boolean quoted = false;
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (c == delimiter && !quoted) n++;
    }
    return n;
  }

  /** The most frequent non-zero count, the larger on a tie; 0 when none. */
  private static int mode(int[] counts) {
    int best = 0;
    int bestFrequency = 0;
    for (int c : counts) {
      if (c == 0) continue;
      int frequency = 0;
      for (int d : counts) if (d == c) frequency++;
      if (frequency > bestFrequency || (frequency == bestFrequency && c > best)) {
        best = c;
        bestFrequency = frequency;
      }
    }
    return best;
  }
}
