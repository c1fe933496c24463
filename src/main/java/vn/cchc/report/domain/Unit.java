package vn.cchc.report.domain;

import java.util.List;

/**
 * A đơn vị: a phòng chuyên môn, đơn vị trực thuộc, Sở or UBND huyện that is assigned tasks and reports on them.
 *
 * @param code short unique code, e.g. "VP", "KHTC"
 * @param name full name as printed in documents
 * @param aliases other names it is written as ("Văn phòng", "VP Sở")
 */
public record Unit(String code, String name, List<String> aliases) {
  public Unit {
    requireText(code, "code");
    requireText(name, "name");
    aliases = List.copyOf(aliases);
  }

  static void requireText(String value, String what) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " is required");
  }
}
