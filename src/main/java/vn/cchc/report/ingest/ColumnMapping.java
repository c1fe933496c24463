package vn.cchc.report.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's own header names for columns (the {@code columns:} section of the configuration):
 * a cell whose text is one of them is that column, whatever the accepted names say.
 *
 * @param byKind input kind id ("ke-hoach", "bao-cao", "ho-so" for both dossier kinds, "don-vi")
 *     → column id → header texts
 */
public record ColumnMapping(Map<String, Map<String, List<String>>> byKind) {
  public static final ColumnMapping NONE = new ColumnMapping(Map.of());

  public ColumnMapping {
    Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
    byKind.forEach((kind, columns) -> copy.put(kind, Map.copyOf(columns)));
    byKind = Map.copyOf(copy);
  }

  /** The mapping for one kind, limited to the kind's columns (the two dossier kinds share "ho-so"). */
  Map<String, List<String>> forKind(InputKind kind) {
    Map<String, List<String>> columns = byKind.getOrDefault(kind.id(), Map.of());
    if (columns.isEmpty()) return Map.of();
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Column column : kind.columns()) {
      List<String> headers = columns.get(column.id());
      if (headers != null) result.put(column.id(), headers);
    }
    return result;
  }
}
