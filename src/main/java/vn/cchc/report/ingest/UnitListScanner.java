package vn.cchc.report.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a plan cell that lists units as real plans print them (data-contract.md §1, issue #8):
 * registry names and aliases are found first, longest first, so a name that holds a comma or "và"
 * stays whole ("Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội", "Sở Giáo dục và Đào tạo",
 * "Các Sở, ban, ngành"); what lies between names must be separators (",", ";", ":", "/", "+", a
 * line break, "và"), and anything else is a part that names no unit. A colon lists members: "Các
 * phòng chuyên môn: Giáo dục nghề nghiệp; Lao động – Việc làm – Bảo hiểm" names the two phòng
 * (each item is the end of one member's name), not the whole group.
 */
final class UnitListScanner {
  private static final Set<String> SEPARATORS = Set.of(",", ";", "/", "+", ".", "…", "\n");
  private static final Set<String> AND = Set.of("va");
  /** Words that begin a unit's name and may be left out after "Các phòng chuyên môn:". */
  private static final Set<String> KIND_WORDS = Set.of("phong", "trung", "tam", "chi", "cuc", "ban", "so", "van", "co", "don", "vi");

  /** A word (folded) or a punctuation mark, with where it is in the cell. */
  private record Token(String text, int start, int end, boolean word) {
    boolean newline() {
      return text.equals("\n");
    }
  }

  /** A registry name as tokens, and what it names. */
  private record Name(String[] tokens, UnitResolver.Ref ref) {}

  /** What a cell lists: the units and groups it names, in order, and the parts that name nothing. */
  record Result(List<UnitResolver.Ref> refs, List<String> unknownParts) {}

  private final Map<String, List<Name>> byFirstToken = new HashMap<>();
  /** Unit codes by the words of their names, for the items after a colon. */
  private final Map<String, List<String[]>> unitNames = new HashMap<>();

  /**
   * @param names every name, code and alias of the registry, with what it names
   * @param unitNamesByCode each unit's name and aliases, for the items of a colon list
   */
  UnitListScanner(Map<String, UnitResolver.Ref> names, Map<String, List<String>> unitNamesByCode) {
    names.forEach((name, ref) -> {
      String[] tokens = words(name);
      if (tokens.length > 0) byFirstToken.computeIfAbsent(tokens[0], t -> new ArrayList<>()).add(new Name(tokens, ref));
    });
    byFirstToken.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> n.tokens().length).reversed()));
    unitNamesByCode.forEach((code, list) -> unitNames.put(code, list.stream().map(UnitListScanner::words).toList()));
  }

  /**
   * @param members the unit codes of each group, for the items after a group and a colon
   */
  Result scan(String cell, Map<String, List<String>> members) {
    List<Token> tokens = tokenize(cell);
    List<UnitResolver.Ref> refs = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int pendingStart = -1;
    int pendingEnd = -1;
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      int[] end = new int[1];
      UnitResolver.Ref ref = token.word() ? longestNameAt(tokens, i, end) : null;
      if (ref != null) {
        if (pendingStart >= 0) unknown.add(cell.substring(pendingStart, pendingEnd).strip());
        pendingStart = -1;
        int next = end[0];
        if (next < tokens.size() && tokens.get(next).text().equals(":") && ref.group()) {
          i = listAfterColon(cell, tokens, next + 1, members.getOrDefault(ref.code(), List.of()), refs, unknown);
          continue;
        }
        refs.add(ref);
        i = next;
        continue;
      }
      if (token.text().equals(":") && pendingStart >= 0 && startsWithCac(cell.substring(pendingStart, pendingEnd))) {
        // "Các phòng chuyên môn: …" without such a group in the registry: the words before the
        // colon only describe the items, which are looked up among all units.
        pendingStart = -1;
        i = listAfterColon(cell, tokens, i + 1, List.copyOf(unitNames.keySet()), refs, unknown);
        continue;
      }
      boolean separator = SEPARATORS.contains(token.text()) || token.text().equals(":")
          || (token.word() && AND.contains(token.text()) && (pendingStart < 0 || nameAt(tokens, i + 1)));
      if (separator) {
        if (pendingStart >= 0) unknown.add(cell.substring(pendingStart, pendingEnd).strip());
        pendingStart = -1;
      } else {
        if (pendingStart < 0) pendingStart = token.start();
        pendingEnd = token.end();
      }
      i++;
    }
    if (pendingStart >= 0) unknown.add(cell.substring(pendingStart, pendingEnd).strip());
    unknown.removeIf(String::isEmpty);
    return new Result(refs, unknown);
  }

  /**
   * The items after "group:" up to the end of the cell, each a registry name or the end of the
   * name of exactly one unit among {@code scope}.
   *
   * @return the index after the list
   */
  private int listAfterColon(
      String cell, List<Token> tokens, int from, List<String> scope, List<UnitResolver.Ref> refs, List<String> unknown) {
    // Items are separated by ";" when the list uses it (an item may then hold a comma: "Bảo trợ và
    // Phòng, chống tệ nạn xã hội"), else by "," or line breaks.
    boolean semicolons = tokens.subList(from, tokens.size()).stream().anyMatch(t -> t.text().equals(";"));
    int i = from;
    while (i < tokens.size()) {
      int start = i;
      while (i < tokens.size() && !isItemSeparator(tokens.get(i), semicolons)) i++;
      if (i > start) {
        List<Token> item = tokens.subList(start, i);
        String text = cell.substring(item.get(0).start(), item.get(item.size() - 1).end()).strip();
        UnitResolver.Ref ref = itemRef(item, scope);
        if (ref != null) refs.add(ref);
        else if (item.stream().anyMatch(Token::word)) unknown.add(text);
      }
      i++;
    }
    return i;
  }

  private static boolean isItemSeparator(Token token, boolean semicolons) {
    String t = token.text();
    if (t.equals(";") || t.equals("…")) return true;
    return !semicolons && (t.equals(",") || t.equals("\n") || t.equals("."));
  }

  /**
   * An item of a colon list: a whole registry name; else the one unit of the scope whose name ends
   * with the item's words (after words like "Phòng" the list leaves out); else the one whose name
   * holds the item's words in order ("Bảo trợ và Phòng, chống tệ nạn xã hội" for "Phòng Bảo trợ xã
   * hội và Phòng, chống tệ nạn xã hội"). Two candidates name neither: the item is reported.
   */
  private UnitResolver.Ref itemRef(List<Token> item, List<String> scope) {
    List<Token> words = item.stream().filter(t -> !t.newline()).toList();
    if (words.isEmpty()) return null;
    int[] end = new int[1];
    UnitResolver.Ref whole = words.get(0).word() ? longestNameAt(words, 0, end) : null;
    if (whole != null && end[0] == words.size()) return whole;
    String[] itemWords = plainWords(words.stream().map(Token::text).toArray(String[]::new));
    String bySuffix = unique(scope, name -> endsWith(name, itemWords));
    if (bySuffix != null) return bySuffix.isEmpty() ? null : new UnitResolver.Ref(bySuffix, false);
    String byOrder = unique(scope, name -> inOrder(name, itemWords));
    return byOrder == null || byOrder.isEmpty() ? null : new UnitResolver.Ref(byOrder, false);
  }

  /** The one unit of the scope with a name that passes; "" when several do; null when none does. */
  private String unique(List<String> scope, java.util.function.Predicate<String[]> test) {
    String found = null;
    for (String code : scope) {
      for (String[] name : unitNames.getOrDefault(code, List.of())) {
        if (test.test(plainWords(name)) && !code.equals(found)) {
          if (found != null) return "";
          found = code;
        }
      }
    }
    return found;
  }

  /** Words only: punctuation and "và" dropped, so "Trẻ em và Bình đẳng giới" meets "Phòng Trẻ em - Bình đẳng giới". */
  private static String[] plainWords(String[] tokens) {
    return java.util.Arrays.stream(tokens)
        .filter(t -> !t.isEmpty() && Character.isLetterOrDigit(t.codePointAt(0)) && !AND.contains(t))
        .toArray(String[]::new);
  }

  /** True when the name is the item, maybe after words such as "Phòng", "Trung tâm" that the list leaves out. */
  private static boolean endsWith(String[] name, String[] item) {
    if (item.length == 0 || item.length > name.length) return false;
    int offset = name.length - item.length;
    for (int k = 0; k < item.length; k++) if (!name[offset + k].equals(item[k])) return false;
    for (int k = 0; k < offset; k++) if (!KIND_WORDS.contains(name[k])) return false;
    return true;
  }

  /** True when the name holds every word of the item, in order, ending with its last word; at least two words. */
  private static boolean inOrder(String[] name, String[] item) {
    if (item.length < 2 || !name[name.length - 1].equals(item[item.length - 1])) return false;
    int k = 0;
    for (String word : name) if (k < item.length && word.equals(item[k])) k++;
    return k == item.length;
  }

  private boolean nameAt(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).word() && longestNameAt(tokens, i, new int[1]) != null;
  }

  /** The longest registry name that starts at token i (line breaks inside a name are spaces); end[0] is set past it. */
  private UnitResolver.Ref longestNameAt(List<Token> tokens, int i, int[] end) {
    List<Name> candidates = byFirstToken.get(tokens.get(i).text());
    if (candidates == null) return null;
    for (Name name : candidates) {
      int t = i;
      int k = 0;
      while (k < name.tokens().length && t < tokens.size()) {
        Token token = tokens.get(t);
        if (token.newline() && k > 0) {
          t++;
          continue;
        }
        if (!token.text().equals(name.tokens()[k])) break;
        k++;
        t++;
      }
      if (k == name.tokens().length) {
        end[0] = t;
        return name.ref();
      }
    }
    return null;
  }

  private static boolean startsWithCac(String text) {
    String[] words = words(text);
    return words.length > 1 && words[0].equals("cac");
  }

  /** A name's tokens as {@link #tokenize} makes them. */
  static String[] words(String name) {
    return tokenize(name).stream().map(Token::text).toArray(String[]::new);
  }

  /**
   * Words (letters, digits and their marks, folded: no case, no accents, đ as d) and punctuation
   * marks (every dash as "-"), each a token; line breaks are tokens, other spaces separate.
   */
  private static List<Token> tokenize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = nfc.length();
    while (i < n) {
      int c = nfc.codePointAt(i);
      int width = Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n) {
          int d = nfc.codePointAt(i);
          if (!Character.isLetterOrDigit(d) && Character.getType(d) != Character.NON_SPACING_MARK) break;
          i += Character.charCount(d);
        }
        tokens.add(new Token(TextKey.folded(nfc.substring(start, i)), start, i, true));
        continue;
      }
      if (c == '\n' || c == '\r') tokens.add(new Token("\n", i, i + width, false));
      else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
        tokens.add(new Token(punctuation(c), i, i + width, false));
      }
      i += width;
    }
    return tokens;
  }

  private static String punctuation(int c) {
    if (c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D) return "-";
    if (c == 0xFF0C || c == 0x3001) return ",";
    if (c == 0xFF1B) return ";";
    if (c == 0xFF1A) return ":";
    return new String(Character.toChars(c));
  }
}
