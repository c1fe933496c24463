package vn.cchc.report.ingest;

import java.util.List;

/**
 * Picks the CSV separator among ',', ';' and tab: the one that splits most sample lines into the
 * same number of fields (quotes respected). Excel writes ';' where the list separator is ';'
 * (Vietnamese Windows), tab in "Unicode Text", ',' elsewhere.
 */
final class DelimiterDetector {
  private static final char[] CANDIDATES = {';', ',', '\t'};

  private DelimiterDetector() {}

  public static char detect(List<String> sampleLines) {
    return choose(sampleLines.stream().filter(l -> !l.isBlank())
        .map(l -> new int[] {countOutsideQuotes(l, ';'), countOutsideQuotes(l, ','), countOutsideQuotes(l, '\t')}).toList());
  }

  /**
   * The separator of a text read from its start, line by line (a line break inside quotes does not
   * end a line), up to {@code maxLines} non-blank lines or {@code maxChars} characters: lines of any
   * length are counted without being kept, so a first line of 2 MB still shows its separators.
   */
  public static char detect(java.io.Reader text, int maxLines, long maxChars) throws java.io.IOException {
    java.util.List<int[]> lines = new java.util.ArrayList<>();
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    boolean blank = true;
    long read = 0;
    char[] buffer = new char[1 << 16];
    int n;
    reading:
    while (lines.size() < maxLines && read < maxChars && (n = text.read(buffer)) >= 0) {
      read += n;
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        if (c == '"') {
          quoted = !quoted;
          blank = false;
        } else if ((c == '\n' || c == '\r') && !quoted) {
          if (!blank) lines.add(counts.clone());
          java.util.Arrays.fill(counts, 0);
          blank = true;
          if (lines.size() >= maxLines) break reading;
        } else {
          if (!quoted) for (int k = 0; k < CANDIDATES.length; k++) if (c == CANDIDATES[k]) counts[k]++;
          if (!Character.isWhitespace(c)) blank = false;
        }
      }
    }
    if (!blank) lines.add(counts.clone());
    return choose(lines);
  }

  /** @param lines per non-blank line, the count of each candidate outside quotes, in {@link #CANDIDATES} order */
  private static char choose(java.util.List<int[]> lines) {
    char best = ',';
    int bestLines = 0;
    int bestFields = 0;
    for (int k = 0; k < CANDIDATES.length; k++) {
      char candidate = CANDIDATES[k];
      final int index = k;
      int[] counts = lines.stream().mapToInt(l -> l[index]).toArray();
      int mode = mode(counts);
      if (mode == 0) continue;
      int agreeing = 0;
      for (int c : counts) if (c == mode) agreeing++;
      if (agreeing > bestLines || (agreeing == bestLines && mode > bestFields)) {
        best = candidate;
        bestLines = agreeing;
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
