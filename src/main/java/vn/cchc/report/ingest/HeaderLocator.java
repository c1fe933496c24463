package vn.cchc.report.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the header row under a title block and tells which cell holds which column, the way real
 * documents write headers (data-contract.md, issue #8): a header cell names a column when its words
 * equal, begin with, or contain (as whole words) one of the column's names, compared without case,
 * accents, punctuation or line breaks. So "Nội dung phải thực hiện, khắc phục trong năm 2022",
 * "Cơ quan, đơn vị chủ trì thực hiện" and "Thời gian hoàn thành (dự kiến)" are read.
 *
 * <p>A cell named by several columns goes to the strongest match: equal beats begins-with beats
 * contains, and a longer name beats a shorter one ("Số hồ sơ đang giải quyết / Quá hạn" is the
 * pending-late column, not the late one). Two columns naming one cell equally, or one column two
 * cells equally, is an ambiguity that stops the file ({@link Header#ambiguities}): the office maps
 * the header in the configuration ({@code columns:}), which wins over every match.
 *
 * <p>A header may span up to three rows (merged group cells above sub-headers, as in Biểu 06); an
 * empty group cell takes the text of the nearest one to its left (a horizontal merge). A match must
 * reach the lowest level: the group cell "Kết quả thực hiện" over "Tình trạng" is context, not the
 * evidence column.
 */
final class HeaderLocator {
  static final int SEARCH_ROWS = 30;
  /** Headers live in the first columns; a sheet 16,384 columns wide is not searched to its end. */
  static final int MAX_COLUMNS = 256;
  /** A cell longer than this is data, not a header: matching never reads a whole 2 MB cell. */
  static final int MAX_HEADER_CHARS = 250;
  private static final int MAX_DEPTH = 3;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

  /** How a header names a column, weakest first. */
  private enum Tier {
    /** Only the group cell above names it ("Thời gian" over "Bắt đầu"): used when nothing better does. */
    GROUP_ONLY,
    CONTAINS,
    BEGINS_WITH,
    EQUALS,
    /** The office's {@code columns:} mapping. */
    CONFIGURED
  }

  private record Claim(int column, String field, Tier tier, int words) {
    int strength() {
      return tier.ordinal() * 1000 + words;
    }
  }

  private static final Map<String, String[]> ALIAS_WORDS = new ConcurrentHashMap<>();
  private static final int MAX_ALIAS_WORDS = 10_000;

  private HeaderLocator() {}

  static Optional<Header> locate(List<RawRow> rows, InputKind kind) {
    return locate(rows, kind, Map.of());
  }

  /**
   * The best header among the first rows for one kind; empty when no row names any of its columns.
   *
   * @param configured the office's mapping for this kind: column id → header texts
   */
  static Optional<Header> locate(List<RawRow> rows, InputKind kind, Map<String, List<String>> configured) {
    Header best = null;
    int bestDepth = 0;
    for (int start = 0; start < Math.min(rows.size(), SEARCH_ROWS); start++) {
      if (rows.get(start).isBlank()) continue;
      for (int depth = 1; depth <= MAX_DEPTH && start + depth <= rows.size(); depth++) {
        if (rows.get(start + depth - 1).isBlank()) break;
        Header candidate = match(rows.subList(start, start + depth), kind, configured);
        // On a tie the shallower header wins: a title line right above the header row adds no
        // column, and taking it in would name every column "BÁO CÁO … / Tình trạng" in messages.
        int difference = best == null ? 1 : score(candidate) - score(best);
        if (difference > 0 || (difference == 0 && depth < bestDepth)) {
          best = candidate;
          bestDepth = depth;
        }
      }
    }
    return best == null || best.columns().isEmpty() ? Optional.empty() : Optional.of(best);
  }

  /** All required columns count first, then all columns; {@link #locate} breaks a tie by fewer rows, then the earlier. */
  static int score(Header header) {
    int required = (int) header.kind().columns().stream().filter(c -> c.required() && header.has(c.id())).count();
    return required * 100 + header.columns().size();
  }

  private static Header match(List<RawRow> block, InputKind kind, Map<String, List<String>> configured) {
    int width = Math.min(MAX_COLUMNS, block.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
    List<List<String>> levels = new ArrayList<>();
    for (int level = 0; level < block.size(); level++) levels.add(filledLevel(block, level, width));

    Map<Integer, String> texts = new LinkedHashMap<>();
    Map<Integer, List<String>> partsByColumn = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (int column = 0; column < width; column++) {
      List<String> parts = new ArrayList<>();
      for (List<String> level : levels) {
        String text = level.get(column);
        if (!text.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) parts.add(text);
      }
      if (parts.isEmpty()) continue;
      texts.put(column, String.join(" / ", parts).replace('\n', ' '));
      partsByColumn.put(column, parts);
      claims.addAll(claimsOf(column, parts, kind, configured));
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> ambiguities = new ArrayList<>();
    assign(claims, texts, kind, columns, ambiguities);
    assignUnclaimed(partsByColumn, kind, columns);
    int firstRow = block.get(0).number();
    int lastRow = block.get(block.size() - 1).number();
    return new Header(kind, columns, texts, firstRow, lastRow, ambiguities);
  }

  /**
   * The claims of one header cell. The office's mapping first; then the texts to try, longest
   * first (every run of levels that ends with the lowest): the first that names any column decides.
   */
  private static List<Claim> claimsOf(int column, List<String> parts, InputKind kind, Map<String, List<String>> configured) {
    List<Claim> claims = new ArrayList<>();
    if (!configured.isEmpty()) {
      String[] whole = words(String.join(" ", parts));
      String[] lowest = words(parts.get(parts.size() - 1));
      configured.forEach((field, headers) -> {
        for (String header : headers) {
          String[] wanted = words(header);
          if (wanted.length > 0 && (Arrays.equals(wanted, whole) || Arrays.equals(wanted, lowest))) {
            claims.add(new Claim(column, field, Tier.CONFIGURED, wanted.length));
            return;
          }
        }
      });
      if (!claims.isEmpty()) return claims;
    }
    for (Candidate candidate : candidates(parts)) {
      for (Column spec : kind.columns()) {
        Claim best = null;
        for (String alias : spec.aliases()) {
          Claim claim = candidate.match(column, spec.id(), aliasWords(alias));
          if (claim != null && (best == null || claim.strength() > best.strength())) best = claim;
        }
        if (best != null) claims.add(best);
      }
      if (!claims.isEmpty()) return claims;
    }
    return claims;
  }

  /**
   * Each cell to its strongest column, each column to its strongest cell. Equal strength either way
   * is an ambiguity (named in the message), except between cells named only by their group cell.
   */
  private static void assign(
      List<Claim> claims, Map<Integer, String> texts, InputKind kind, Map<String, Integer> columns, List<String> ambiguities) {
    Map<Integer, List<Claim>> byCell = new LinkedHashMap<>();
    for (Claim claim : claims) byCell.computeIfAbsent(claim.column(), c -> new ArrayList<>()).add(claim);
    Map<String, List<Claim>> byField = new LinkedHashMap<>();
    for (List<Claim> cellClaims : byCell.values()) {
      int top = cellClaims.stream().mapToInt(Claim::strength).max().orElseThrow();
      List<Claim> tops = cellClaims.stream().filter(c -> c.strength() == top).toList();
      if (tops.size() > 1) {
        if (tops.get(0).tier() != Tier.GROUP_ONLY) {
          ambiguities.add(Header.letter(tops.get(0).column()) + " (" + texts.get(tops.get(0).column()) + ") vừa là cột "
              + String.join(", vừa là cột ", tops.stream().map(c -> label(kind, c.field())).toList()));
        }
        continue;
      }
      byField.computeIfAbsent(tops.get(0).field(), f -> new ArrayList<>()).add(tops.get(0));
    }
    for (Column spec : kind.columns()) {
      List<Claim> fieldClaims = byField.get(spec.id());
      if (fieldClaims == null) continue;
      int top = fieldClaims.stream().mapToInt(Claim::strength).max().orElseThrow();
      List<Claim> tops = fieldClaims.stream().filter(c -> c.strength() == top).toList();
      if (tops.size() > 1) {
        if (tops.get(0).tier() != Tier.GROUP_ONLY) {
          ambiguities.add("cột " + label(kind, spec.id()) + " có ở " + String.join(" và ",
              tops.stream().map(c -> Header.letter(c.column()) + " (" + texts.get(c.column()) + ")").toList()));
        }
        continue;
      }
      columns.put(spec.id(), tops.get(0).column());
    }
  }

  /** Cells no column took: a column still missing that accepts them as a secondary name takes the first. */
  private static void assignUnclaimed(Map<Integer, List<String>> partsByColumn, InputKind kind, Map<String, Integer> columns) {
    Set<Integer> taken = new LinkedHashSet<>(columns.values());
    for (Map.Entry<Integer, List<String>> cell : partsByColumn.entrySet()) {
      if (taken.contains(cell.getKey())) continue;
      List<Candidate> candidates = candidates(cell.getValue());
      for (Column spec : kind.columns()) {
        if (columns.containsKey(spec.id()) || spec.secondaryAliases().isEmpty()) continue;
        boolean named = candidates.stream().filter(c -> !c.groupOnly()).anyMatch(c -> spec.secondaryAliases().stream()
            .anyMatch(alias -> c.match(cell.getKey(), spec.id(), aliasWords(alias)) != null));
        if (named) {
          columns.put(spec.id(), cell.getKey());
          taken.add(cell.getKey());
          break;
        }
      }
    }
  }

  private static String label(InputKind kind, String field) {
    return kind.columns().stream().filter(c -> c.id().equals(field)).map(Column::label).findFirst().orElse(field);
  }

  /**
   * A text to compare: its words, the words without parenthesised parts, and where the lowest
   * header level starts (a match must reach it).
   *
   * @param lowestStart index of the first word of the lowest level; 0 for a one-level header
   * @param groupOnly the upper level alone, tried when nothing else names the column
   */
  private record Candidate(String[] words, String[] bare, int lowestStart, boolean groupOnly) {

    Claim match(int column, String field, String[] alias) {
      if (alias.length == 0) return null;
      if (Arrays.equals(alias, words) || Arrays.equals(alias, bare)) {
        return claim(column, field, Tier.EQUALS, alias.length);
      }
      if (groupOnly) return null; // a group cell names a column only by its exact name, never a title line's words
      for (int at = 0; at + alias.length <= words.length; at++) {
        if (at + alias.length <= lowestStart) continue; // the match must reach the lowest level
        if (Arrays.equals(words, at, at + alias.length, alias, 0, alias.length)) {
          return claim(column, field, at == 0 ? Tier.BEGINS_WITH : Tier.CONTAINS, alias.length);
        }
      }
      return null;
    }

    private Claim claim(int column, String field, Tier tier, int length) {
      return new Claim(column, field, groupOnly ? Tier.GROUP_ONLY : tier, length);
    }
  }

  /**
   * Texts to try for a column, longest first: every run of levels that ends with the lowest. The
   * words of levels joined are the words of each level, one after the other (words never span a
   * space), so each cell is folded once, not once for every combination of rows the search tries.
   * Only a parenthesis opened on one level and closed on another needs the levels' joined text.
   */
  private static List<Candidate> candidates(List<String> parts) {
    List<Candidate> result = new ArrayList<>();
    int n = parts.size();
    boolean closedInEachLevel = parts.stream().allMatch(HeaderLocator::parenthesesClosed);
    for (int mask = (1 << (n - 1)) - 1; mask >= 0; mask--) {
      List<String> levels = new ArrayList<>();
      for (int i = 0; i < n - 1; i++) if ((mask & (1 << i)) != 0) levels.add(parts.get(i));
      String[] upperWords = joined(levels, HeaderLocator::words);
      levels.add(parts.get(n - 1));
      String[] bare = closedInEachLevel ? joined(levels, HeaderLocator::bareWords) : bareWords(String.join(" ", levels));
      result.add(new Candidate(joined(levels, HeaderLocator::words), bare, upperWords.length, false));
    }
    result.sort(Comparator.comparingInt((Candidate c) -> c.words().length).reversed());
    // A vertically merged cell named only on the upper level: tried last and weakest, so that a
    // group cell's text ("Kết quả thực hiện") never beats the sub-header under it ("Ngày hoàn thành").
    if (n > 1) result.add(new Candidate(words(parts.get(0)), bareWords(parts.get(0)), 0, true));
    return result;
  }

  /** True when every parenthesis opened in the text is closed in it: "(dự kiến)", not "(dự". */
  private static boolean parenthesesClosed(String text) {
    return text.lastIndexOf('(') < text.lastIndexOf(')') || text.indexOf('(') < 0;
  }

  /** The words of each text, in order. */
  private static String[] joined(List<String> texts, java.util.function.Function<String, String[]> wordsOf) {
    if (texts.size() == 1) return wordsOf.apply(texts.get(0));
    List<String> all = new ArrayList<>();
    for (String text : texts) all.addAll(Arrays.asList(wordsOf.apply(text)));
    return all.toArray(String[]::new);
  }

  /** The words of a text without its parenthesised parts: "Thời hạn (dự kiến)" → [thoi, han]. */
  private static String[] bareWords(String text) {
    String[] known = BARE_WORDS.get(text);
    if (known != null) return known;
    String[] words = words(PARENTHESES.matcher(text).replaceAll(" "));
    if (BARE_WORDS.size() < MAX_WORDS) BARE_WORDS.put(text, words);
    return words;
  }

  /** One header level, with empty upper-level cells filled from the left where a lower level names a column. */
  private static List<String> filledLevel(List<RawRow> block, int level, int width) {
    List<String> cells = new ArrayList<>();
    String carried = "";
    for (int column = 0; column < width; column++) {
      String text = headerText(block.get(level).cell(column));
      if (!text.isEmpty()) carried = text;
      else if (namedBelow(block, level, column)) text = carried;
      else carried = "";
      cells.add(text);
    }
    return cells;
  }

  /** The cell as a header: too long a cell is data, and counts as empty. */
  private static String headerText(String cell) {
    return cell.length() > MAX_HEADER_CHARS ? "" : cell;
  }

  /**
   * True when a level under {@code level} has text in the column. Any lower level, not only the
   * lowest: in Biểu 06 "Quá hạn" is merged down over the last two levels, and still belongs to the
   * group cell to its left ("Số hồ sơ đang giải quyết", not "… đã giải quyết").
   */
  private static boolean namedBelow(List<RawRow> block, int level, int column) {
    for (int below = level + 1; below < block.size(); below++) {
      if (!headerText(block.get(below).cell(column)).isEmpty()) return true;
    }
    return false;
  }

  /** "Thời gian hoàn thành\n(dự kiến)" → [thoi, gian, hoan, thanh, du, kien]: folded, split on anything but letters and digits. */
  static String[] words(String text) {
    String[] known = WORDS.get(text);
    if (known != null) return known;
    String[] words = split(text);
    if (WORDS.size() < MAX_WORDS) WORDS.put(text, words);
    return words;
  }

  /**
   * Header texts repeat: every candidate row, depth and kind of a file looks at the same cells, and
   * every file of a folder at the same headers. Their words are kept (texts are at most {@link
   * #MAX_HEADER_CHARS} long, and the map is bounded).
   */
  private static final Map<String, String[]> WORDS = new ConcurrentHashMap<>();
  private static final Map<String, String[]> BARE_WORDS = new ConcurrentHashMap<>();
  private static final int MAX_WORDS = 20_000;

  private static String[] split(String text) {
    String folded = TextKey.folded(text).strip();
    if (folded.isEmpty()) return new String[0];
    return Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  /** Aliases are the constants of {@link InputKind}, so their words are kept (a few hundred). */
  private static String[] aliasWords(String alias) {
    String[] words = ALIAS_WORDS.get(alias);
    if (words == null) {
      words = words(alias);
      if (ALIAS_WORDS.size() < MAX_ALIAS_WORDS) ALIAS_WORDS.put(alias, words);
    }
    return words;
  }
}
