package vn.cchc.report.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text written by others (a unit's khó khăn or đề xuất, a task's content) made ready to stand in
 * the Sở's prose (report-contents.md §1.4): only punctuation and spacing change, never a letter.
 */
public final class ProseText {
  /** A unit's own list marker at the start of a line: a dash, plus or bullet, not a minus before a number. */
  private static final Pattern MARKER = Pattern.compile("^[-–—+•*●▪◦]+\\s*(?=[^\\d\\s])");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The punctuation a sentence or list item may end with; the document puts its own. */
  private static final Pattern END = Pattern.compile("[\\s.;,:]+$");

  private ProseText() {}

  /**
   * The items of a text: one per line, a unit's leading dash or bullet and the punctuation at each
   * item's end taken off (the document ends each item with ";" and the last with "."), spaces
   * collapsed, straight double quotes made typographic. Empty lines are dropped.
   */
  public static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String item = SPACES.matcher(line).replaceAll(" ").strip();
      item = MARKER.matcher(item).replaceFirst("");
      item = bare(item);
      if (!item.isEmpty()) items.add(quoted(item));
    }
    return items;
  }

  /** The text without the punctuation at its end ("biết, thực hiện." → "biết, thực hiện"), so the document's own is not doubled. */
  public static String bare(String text) {
    return END.matcher(text).replaceFirst("");
  }

  /** Straight double quotes as typographic ones, in pairs; an odd one out is left as it is. */
  static String quoted(String text) {
    long count = text.chars().filter(c -> c == '"').count();
    if (count == 0 || count % 2 != 0) return text;
    StringBuilder out = new StringBuilder(text.length());
    boolean open = true;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        out.append(open ? '“' : '”');
        open = !open;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
