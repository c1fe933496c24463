package vn.cchc.report.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Danh mục đơn vị: units and groups, in the order of the registry file. */
public record UnitRegistry(List<Unit> units, List<UnitGroup> groups) {
  public UnitRegistry {
    units = List.copyOf(units);
    groups = List.copyOf(groups);
  }

  public Optional<Unit> findUnit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Unit requireUnit(String code) {
    return findUnit(code).orElseThrow(() -> new IllegalArgumentException("no unit with code " + code));
  }

  /** Units by code, in registry order. */
  public Map<String, Unit> unitsByCode() {
    Map<String, Unit> byCode = new LinkedHashMap<>();
    units.forEach(u -> byCode.put(u.code(), u));
    return byCode;
  }
}
