package vn.cchc.report.ingest;

import java.util.List;

/**
 * A column an input kind knows, with the header names it accepts (data-contract.md).
 *
 * @param id stable English id, e.g. "status"
 * @param label the header name shown in messages ("Tình trạng")
 * @param aliases every accepted header, label first
 * @param required a file without it cannot be used
 */
public record Column(String id, String label, List<String> aliases, boolean required) {
  public Column {
    aliases = List.copyOf(aliases);
  }

  static Column required(String id, String... aliases) {
    return new Column(id, aliases[0], List.of(aliases), true);
  }

  static Column optional(String id, String... aliases) {
    return new Column(id, aliases[0], List.of(aliases), false);
  }
}
