package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitGroup;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/** Reads the Danh mục đơn vị (data-contract.md §1): units, and groups (rows with members). */
final class UnitRegistryReader {
  private UnitRegistryReader() {}

  public static UnitRegistry read(Path file, String displayName, ValidationReport report) {
    return read(file, displayName, ColumnMapping.NONE, report);
  }

  /** The registry; empty when the file cannot be used (the reason is in the report). */
  public static UnitRegistry read(Path file, String displayName, ColumnMapping mapping, ValidationReport report) {
    record GroupRow(MappedRow row, String code, String name, List<String> aliases, List<String> members) {}
    FileReport registryFile = report.open(displayName, InputKind.UNITS.id());
    List<Unit> units = new ArrayList<>();
    List<GroupRow> groupRows = new ArrayList<>();
    Map<String, SourceLocation> seen = new HashMap<>();

    TableParser.read(file, displayName, List.of(InputKind.UNITS), mapping, registryFile, (row, f) -> {
      FileTally tally = f.tally();
      String code = row.get("code");
      String name = row.get("name");
      if (code.isEmpty() || name.isEmpty()) {
        f.add(Messages.requiredValue(row.at(code.isEmpty() ? "code" : "name"), code.isEmpty() ? "mã đơn vị" : "tên đơn vị"));
        tally.countRejected();
        return;
      }
      SourceLocation first = seen.putIfAbsent(TextKey.folded(code), row.at("code"));
      if (first != null) {
        f.add(Messages.duplicateUnitCode(row.at("code"), code, first));
        tally.countRejected();
        return;
      }
      List<String> aliases = split(row.get("aliases"));
      List<String> members = split(row.get("members"));
      if (members.isEmpty()) units.add(new Unit(code, name, aliases));
      else groupRows.add(new GroupRow(row, code, name, aliases, members));
      tally.countUsed();
    });

    if (registryFile.failed()) {
      report.commit(registryFile);
      return new UnitRegistry(List.of(), List.of());
    }
    // Members are checked once every unit is known: a group may come before its members.
    UnitResolver unitsOnly = new UnitResolver(new UnitRegistry(units, List.of()));
    List<UnitGroup> groups = new ArrayList<>();
    for (GroupRow g : groupRows) {
      List<String> members = new ArrayList<>();
      boolean unknown = false;
      for (String member : g.members()) {
        var ref = unitsOnly.resolve(member);
        if (ref.isPresent()) {
          members.add(ref.get().code());
        } else {
          registryFile.add(Messages.unknownMember(g.row().at("members"), member, unitsOnly.closest(member, 3)));
          unknown = true;
        }
      }
      // rules §7: a group with no known member is dropped; one with some is kept with an error, and shown so.
      if (members.isEmpty()) registryFile.tally().rejectUsed(1);
      else if (unknown) registryFile.tally().markUsedWithError();
      if (!members.isEmpty()) groups.add(new UnitGroup(g.code(), g.name(), g.aliases(), members));
    }
    UnitRegistry registry = new UnitRegistry(units, groups);
    warnAmbiguousNames(registry, displayName, registryFile);
    report.commit(registryFile);
    return registry;
  }

  /** Two units answering to the same name (after folding): the first keeps it, and a person is told. */
  private static void warnAmbiguousNames(UnitRegistry registry, String displayName, FileReport report) {
    Map<String, String> owner = new HashMap<>();
    List<String[]> entries = new ArrayList<>();
    registry.units().forEach(u -> names(u.code(), u.name(), u.aliases()).forEach(n -> entries.add(new String[] {n, u.code()})));
    registry.groups().forEach(g -> names(g.code(), g.name(), g.aliases()).forEach(n -> entries.add(new String[] {n, g.code()})));
    for (String[] entry : entries) {
      String previous = owner.putIfAbsent(TextKey.folded(entry[0]), entry[1]);
      if (previous != null && !previous.equals(entry[1])) {
        report.add(Messages.ambiguousUnitName(SourceLocation.ofFile(displayName), entry[0], previous, entry[1]));
      }
    }
  }

  private static List<String> names(String code, String name, List<String> aliases) {
    List<String> names = new ArrayList<>(List.of(code, name));
    names.addAll(aliases);
    return names;
  }

  static List<String> split(String cell) {
    if (cell.isBlank()) return List.of();
    return Arrays.stream(cell.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
