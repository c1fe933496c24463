package vn.cchc.report.ingest;

import java.util.List;

/**
 * A column an input kind knows, with the header names it accepts (data-contract.md).
 *
 * @param id stable English id, e.g. "status"
 * @param label the header name shown in messages ("Tình trạng")
 * @param aliases every accepted header, label first
 * @param secondaryAliases headers that name this column only when no other column of the kind took
 *     them first ("Đơn vị thực hiện" is the lead column of a plan without "Đơn vị chủ trì", and the
 *     partners column of one with it)
 * @param required a file without it cannot be used
 */
public record Column(String id, String label, List<String> aliases, List<String> secondaryAliases, boolean required) {
  public Column {
    aliases = List.copyOf(aliases);
    secondaryAliases = List.copyOf(secondaryAliases);
  }

  static Column required(String id, String... aliases) {
    return new Column(id, aliases[0], List.of(aliases), List.of(), true);
  }

  static Column optional(String id, String... aliases) {
    return new Column(id, aliases[0], List.of(aliases), List.of(), false);
  }

  /** This column, also answering to headers that no other column claimed. */
  Column orUnclaimed(String... headers) {
    return new Column(id, label, aliases, List.of(headers), required);
  }
}
