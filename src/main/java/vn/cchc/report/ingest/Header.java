package vn.cchc.report.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The header found in a sheet: which column holds which field.
 *
 * @param kind the input kind the header matched
 * @param columns field id → 0-based column index
 * @param texts 0-based column index → the header text as found (levels joined by " / "), in column order
 * @param firstRow 1-based row of the header's first line
 * @param lastRow 1-based row of the header's last line (a header may span up to three rows)
 * @param ambiguities cells named equally by two columns, or columns named equally by two cells, each
 *     described for a message ("C (Ghi chú) …"); a header with any cannot be read
 */
public record Header(
    InputKind kind, Map<String, Integer> columns, Map<Integer, String> texts, int firstRow, int lastRow, List<String> ambiguities) {

  public Header {
    columns = Map.copyOf(columns);
    // In column order: the missing-column message lists these texts as the sheet shows them
    // (Map.copyOf would iterate in an order that changes from run to run).
    texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    ambiguities = List.copyOf(ambiguities);
  }

  public boolean has(String field) {
    return columns.containsKey(field);
  }

  public Optional<Integer> column(String field) {
    return Optional.ofNullable(columns.get(field));
  }

  /** "D (Tình trạng)": the column letter and the header as found. */
  public String describeColumn(String field) {
    Integer index = columns.get(field);
    if (index == null) return null;
    return letter(index) + " (" + texts.getOrDefault(index, field) + ")";
  }

  public List<String> missingRequired() {
    return kind.columns().stream().filter(c -> c.required() && !has(c.id())).map(Column::label).toList();
  }

  /** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
  public static String letter(int index) {
    StringBuilder letters = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) letters.insert(0, (char) ('A' + i % 26));
    return letters.toString();
  }
}
