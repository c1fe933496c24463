package vn.cchc.report.domain;

import java.util.List;

/**
 * A nhóm đơn vị: a name that stands for several units ("Các phòng chuyên môn", "ĐVTT").
 * As a lead it expands to all its members.
 *
 * @param members unit codes, in registry order
 */
public record UnitGroup(String code, String name, List<String> aliases, List<String> members) {
  public UnitGroup {
    Unit.requireText(code, "code");
    Unit.requireText(name, "name");
    aliases = List.copyOf(aliases);
    members = List.copyOf(members);
    if (members.isEmpty()) throw new IllegalArgumentException("a group needs members: " + code);
  }
}
