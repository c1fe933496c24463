package vn.cchc.report.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.report.ingest.Column;
import vn.cchc.report.ingest.InputKind;
import vn.cchc.report.ingest.TextKey;
import vn.cchc.report.problem.Messages;

/**
 * The {@code columns:} section: for an input kind ("ke-hoach"), the header texts the office's files
 * use for a column ("content" → "Nội dung phải thực hiện, khắc phục trong năm 2022"). Kinds and
 * column ids are those of {@link InputKind}; "ho-so" takes the columns of both dossier tables.
 */
final class ColumnHeaders {
  private final String file;

  ColumnHeaders(String file) {
    this.file = file;
  }

  /** @return kind id → column id → header texts, in the file's order; empty when the section is absent */
  Map<String, Map<String, List<String>>> read(Object section) throws ConfigException {
    if (section == null) return Map.of();
    if (!(section instanceof Map<?, ?> kinds)) {
      throw new ConfigException(at("columns") + "phải là một mục có các khóa con là loại tệp (" + String.join(", ", kinds().keySet())
          + "), xem ví dụ trong tệp mẫu.");
    }
    Map<String, Map<String, List<String>>> result = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : kinds.entrySet()) {
      String kind = String.valueOf(entry.getKey());
      Map<String, Column> columns = kinds().get(kind);
      if (columns == null) {
        throw new ConfigException(at("columns." + kind) + "không có loại tệp " + ConfigLoader.quoted(kind) + ". Hãy ghi một trong: "
            + kindList() + ".");
      }
      result.put(kind, columnsOf(kind, columns, entry.getValue()));
    }
    return result;
  }

  private Map<String, List<String>> columnsOf(String kind, Map<String, Column> known, Object value) throws ConfigException {
    if (value == null) return Map.of();
    if (!(value instanceof Map<?, ?> map)) {
      Column first = known.values().iterator().next();
      throw new ConfigException(at("columns." + kind) + "phải là một mục có các khóa con là mã cột (ví dụ  " + first.id() + ": \""
          + first.label() + "\"), xem tệp mẫu.");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Map<String, String> owners = new LinkedHashMap<>(); // header key → column id, to refuse one header for two columns
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String id = String.valueOf(entry.getKey());
      String key = "columns." + kind + "." + id;
      Column column = known.get(id);
      if (column == null) {
        throw new ConfigException(at(key) + "loại tệp " + kind + " không có cột " + ConfigLoader.quoted(id) + ". Hãy ghi một trong: "
            + known.values().stream().map(c -> c.id() + " (" + c.label() + ")").collect(Collectors.joining(", ")) + ".");
      }
      List<String> texts = texts(key, column, entry.getValue());
      for (String text : texts) {
        String owner = owners.putIfAbsent(TextKey.of(text), id);
        if (owner != null && !owner.equals(id)) {
          throw new ConfigException(at(key) + "tên cột " + ConfigLoader.quoted(text) + " đã ghi cho cột " + owner
              + ". Mỗi tên cột chỉ ứng với một cột; hãy xóa một trong hai.");
        }
      }
      headers.put(id, texts);
    }
    return headers;
  }

  private List<String> texts(String key, Column column, Object value) throws ConfigException {
    List<?> items = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
    List<String> texts = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> || item instanceof List<?>) {
        throw new ConfigException(at(key) + "phải là một tên cột hoặc danh sách tên cột, ví dụ \"" + column.label() + "\".");
      }
      String text = item == null ? "" : String.valueOf(item).strip();
      if (text.isEmpty()) {
        throw new ConfigException(at(key) + "tên cột trống. Hãy ghi tên cột đúng như dòng tiêu đề trong tệp của văn phòng, ví dụ \""
            + column.label() + "\", hoặc xóa khóa này.");
      }
      texts.add(text);
    }
    if (texts.isEmpty()) {
      throw new ConfigException(at(key) + "tên cột trống. Hãy ghi tên cột đúng như dòng tiêu đề trong tệp của văn phòng, ví dụ \""
          + column.label() + "\", hoặc xóa khóa này.");
    }
    return List.copyOf(texts);
  }

  private String at(String key) {
    return "Tệp cấu hình " + file + ", khóa " + Messages.cut(key) + ": "; // the kind and the column id come from the file
  }

  /** Kind id → its columns by id, in InputKind's order; "ho-so" is the union of both dossier tables. */
  private static Map<String, Map<String, Column>> kinds() {
    Map<String, Map<String, Column>> kinds = new LinkedHashMap<>();
    for (InputKind kind : InputKind.values()) {
      Map<String, Column> columns = kinds.computeIfAbsent(kind.id(), id -> new LinkedHashMap<>());
      for (Column column : kind.columns()) columns.putIfAbsent(column.id(), column);
    }
    return kinds;
  }

  /** "don-vi (Danh mục đơn vị), …"; a kind of two tables is named by their common title ("Kết quả giải quyết TTHC"). */
  private static String kindList() {
    Map<String, String> titles = new LinkedHashMap<>();
    for (InputKind kind : InputKind.values()) {
      titles.merge(kind.id(), kind.title(), (first, second) -> commonTitle(first, second));
    }
    return titles.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
  }

  private static String commonTitle(String first, String second) {
    int length = 0;
    while (length < Math.min(first.length(), second.length()) && first.charAt(length) == second.charAt(length)) length++;
    String common = first.substring(0, length);
    int cut = common.lastIndexOf(" (");
    return (cut > 0 ? common.substring(0, cut) : common).strip();
  }
}
