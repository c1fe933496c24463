package vn.cchc.report.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the header row under a title block, by its text (data-contract.md): headers are compared
 * after NFC, trimming and case folding, then also without accents. A header may span up to three
 * rows (merged group cells above sub-headers, as in Biểu 06); an empty group cell takes the text of
 * the nearest one to its left (a horizontal merge), an empty sub-header the text above it (a
 * vertical merge).
 */
final class HeaderLocator {
  static final int SEARCH_ROWS = 30;
  private static final int MAX_DEPTH = 3;
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern DECORATION = Pattern.compile("[\\s:*.]+$");
  private static final int MAX_ALIAS_KEYS = 10_000;
  private static final Map<String, String[]> ALIAS_KEYS = new ConcurrentHashMap<>();

  private HeaderLocator() {}

  /** The best header among the first rows for one kind; empty when no row names any of its columns. */
  static Optional<Header> locate(List<RawRow> rows, InputKind kind) {
    Header best = null;
    int bestDepth = 0;
    for (int start = 0; start < Math.min(rows.size(), SEARCH_ROWS); start++) {
      if (rows.get(start).isBlank()) continue;
      for (int depth = 1; depth <= MAX_DEPTH && start + depth <= rows.size(); depth++) {
        if (rows.get(start + depth - 1).isBlank()) break;
        Header candidate = match(rows.subList(start, start + depth), kind);
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

  private static Header match(List<RawRow> block, InputKind kind) {
    int width = block.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<List<String>> levels = new ArrayList<>();
    for (int level = 0; level < block.size(); level++) levels.add(filledLevel(block, level, width));

    record Claim(int column, String field, int aliasIndex) {}
    List<Claim> claims = new ArrayList<>();
    Map<Integer, String> texts = new LinkedHashMap<>();
    for (int column = 0; column < width; column++) {
      List<String> parts = new ArrayList<>();
      for (List<String> level : levels) {
        String text = level.get(column);
        if (!text.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) parts.add(text);
      }
      if (parts.isEmpty()) continue;
      texts.put(column, String.join(" / ", parts));
      for (String candidate : candidates(parts)) {
        HeaderKeys keys = HeaderKeys.of(candidate);
        List<Claim> found = new ArrayList<>();
        for (Column spec : kind.columns()) {
          int index = aliasIndex(spec, keys);
          if (index >= 0) found.add(new Claim(column, spec.id(), index));
        }
        if (!found.isEmpty()) {
          claims.addAll(found);
          break; // the longest candidate that names a column decides for this column
        }
      }
    }
    // A column's strongest claim is its alias rank: "Đơn vị chủ trì" takes lead before "Đơn vị thực hiện".
    claims.sort(Comparator.comparingInt(Claim::aliasIndex).thenComparingInt(Claim::column));
    Map<String, Integer> columns = new HashMap<>();
    Set<Integer> taken = new HashSet<>();
    Set<Integer> claiming = new HashSet<>();
    for (Claim claim : claims) {
      claiming.add(claim.column());
      if (columns.containsKey(claim.field()) || taken.contains(claim.column())) continue;
      columns.put(claim.field(), claim.column());
      taken.add(claim.column());
    }
    List<String> duplicates = new ArrayList<>();
    for (int column : claiming) {
      if (!taken.contains(column)) duplicates.add(Header.letter(column) + " (" + texts.get(column) + ")");
    }
    int firstRow = block.get(0).number();
    int lastRow = block.get(block.size() - 1).number();
    return new Header(kind, columns, texts, firstRow, lastRow, duplicates);
  }

  /** One header level, with empty upper-level cells filled from the left where a lower level names a column. */
  private static List<String> filledLevel(List<RawRow> block, int level, int width) {
    List<String> cells = new ArrayList<>();
    String carried = "";
    for (int column = 0; column < width; column++) {
      String text = block.get(level).cell(column);
      if (!text.isEmpty()) carried = text;
      else if (namedBelow(block, level, column)) text = carried;
      else carried = "";
      cells.add(text);
    }
    return cells;
  }

  /**
   * True when a level under {@code level} has text in the column. Any lower level, not only the
   * lowest: in Biểu 06 "Quá hạn" is merged down over the last two levels, and still belongs to the
   * group cell to its left ("Số hồ sơ đang giải quyết", not "… đã giải quyết").
   */
  private static boolean namedBelow(List<RawRow> block, int level, int column) {
    for (int below = level + 1; below < block.size(); below++) {
      if (!block.get(below).cell(column).isEmpty()) return true;
    }
    return false;
  }

  /** Texts to try for a column, longest first: every run of levels that ends with the lowest. */
  private static List<String> candidates(List<String> parts) {
    List<String> result = new ArrayList<>();
    int n = parts.size();
    for (int mask = (1 << (n - 1)) - 1; mask >= 0; mask--) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n - 1; i++) if ((mask & (1 << i)) != 0) text.append(parts.get(i)).append(' ');
      result.add(text.append(parts.get(n - 1)).toString());
    }
    result.sort(Comparator.comparingInt(String::length).reversed());
    // A vertically merged cell named only on the upper level: tried last, so that a group cell's text
    // ("Kết quả thực hiện") never beats the sub-header under it ("Ngày hoàn thành").
    if (n > 1) result.add(parts.get(0));
    return result;
  }

  /** A header text's keys, computed once for all the columns of a kind it is compared with. */
  private record HeaderKeys(String exact, String bare, String foldedExact, String foldedBare) {
    static HeaderKeys of(String header) {
      String exact = key(header);
      String bare = key(PARENTHESES.matcher(header).replaceAll(""));
      return new HeaderKeys(exact, bare, TextKey.folded(exact), TextKey.folded(bare));
    }
  }

  private static int aliasIndex(Column spec, HeaderKeys header) {
    List<String> aliases = spec.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      String alias = aliasKeys(aliases.get(i))[0];
      if (alias.equals(header.exact()) || alias.equals(header.bare())) return i;
    }
    for (int i = 0; i < aliases.size(); i++) {
      String alias = aliasKeys(aliases.get(i))[1];
      if (alias.equals(header.foldedExact()) || alias.equals(header.foldedBare())) return i;
    }
    return -1;
  }

  /**
   * An alias's {@link #key} and {@link TextKey#folded} key. Aliases are the constants of {@link
   * InputKind}, so they are kept (a few hundred): every header cell of the first rows is compared
   * with every alias of both dossier kinds, and the keys were most of a file's header search.
   */
  private static String[] aliasKeys(String alias) {
    String[] keys = ALIAS_KEYS.get(alias);
    if (keys == null) {
      keys = new String[] {key(alias), TextKey.folded(alias)};
      if (ALIAS_KEYS.size() < MAX_ALIAS_KEYS) ALIAS_KEYS.put(alias, keys);
    }
    return keys;
  }

  private static String key(String text) {
    return DECORATION.matcher(TextKey.of(text)).replaceAll("");
  }
}
