package vn.cchc.report.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitGroup;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;

/**
 * Finds units and groups by code, name or alias as people write them: case, accents, dash kind and
 * spacing do not matter (data-contract.md §1). Splits plan cells such as "Văn phòng Sở, Các phòng
 * chuyên môn, ĐVTT" into their parts.
 */
public final class UnitResolver {
  private static final Pattern SUFFIX_PUNCTUATION = Pattern.compile("[\\s.;,]+$");

  /** A unit or a group, by code. */
  public record Ref(String code, boolean group) {}

  /** The result of reading a list cell: the units it expands to, and the parts that named nothing. */
  public record Resolution(List<String> unitCodes, List<Ref> refs, List<String> unknownParts) {}

  private static final int MAX_COMPARED = 200;
  private static final int MAX_NAME = 500;

  private final UnitRegistry registry;
  private final Map<String, Ref> exact = new HashMap<>();
  private final Map<String, Ref> folded = new HashMap<>();
  private final Map<String, String> displayNames = new HashMap<>();
  private final Map<String, Ref> cache = new HashMap<>();
  /** Every code, name and alias with what it names, the first owner of a name keeping it. */
  private final Map<String, Ref> allNames = new LinkedHashMap<>();
  private final Map<String, List<String>> groupMembers = new HashMap<>();
  private UnitListScanner scanner;

  public UnitResolver(UnitRegistry registry) {
    this.registry = registry;
    for (Unit unit : registry.units()) index(new Ref(unit.code(), false), unit.code(), unit.name(), unit.aliases());
    for (UnitGroup group : registry.groups()) {
      index(new Ref(group.code(), true), group.code(), group.name(), group.aliases());
      groupMembers.put(group.code(), group.members());
    }
  }

  private void index(Ref ref, String code, String name, List<String> aliases) {
    displayNames.put(ref.code(), name);
    List<String> names = new ArrayList<>();
    names.add(code);
    names.add(name);
    names.addAll(aliases);
    for (String n : names) {
      allNames.putIfAbsent(n, ref);
      exact.putIfAbsent(TextKey.of(n), ref);
      folded.putIfAbsent(TextKey.folded(n), ref);
    }
  }

  /** The unit or group one name stands for. */
  public Optional<Ref> resolve(String text) {
    if (text.length() > MAX_NAME) return Optional.empty(); // no unit's name is that long
    String clean = endsInPunctuation(text) ? SUFFIX_PUNCTUATION.matcher(text).replaceAll("") : text;
    if (clean.isBlank()) return Optional.empty();
    Ref cached = cache.get(clean);
    if (cached != null) return Optional.of(cached);
    Ref ref = exact.get(TextKey.of(clean));
    if (ref == null) ref = folded.get(TextKey.folded(clean));
    if (ref != null && cache.size() < 10_000) cache.put(clean, ref);
    return Optional.ofNullable(ref);
  }

  /**
   * False when {@link #SUFFIX_PUNCTUATION} cannot match, so most names skip the regex: it needs
   * one of its characters last ({@code \s} is [ \t\n\x0B\f\r] here), or before a final line
   * terminator, where {@code $} also matches.
   */
  static boolean endsInPunctuation(String text) {
    if (text.isEmpty()) return false;
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == ';' || last == ',' || last == ' ' || (last >= '\t' && last <= '\r')
        || last == '\u0085' || last == '\u2028' || last == '\u2029';
  }

  /**
   * A list cell as real plans print it ({@link UnitListScanner}): registry names found first, longest
   * first, the rest separators or parts that name no unit. Units come out in registry order, each once.
   */
  public Resolution resolveList(String text) {
    UnitListScanner.Result scanned = scanner().scan(text, groupMembers);
    return new Resolution(expand(scanned.refs()), scanned.refs(), scanned.unknownParts());
  }

  private UnitListScanner scanner() {
    if (scanner == null) {
      Map<String, List<String>> unitNames = new LinkedHashMap<>();
      for (Unit unit : registry.units()) {
        List<String> list = new ArrayList<>(List.of(unit.name()));
        list.addAll(unit.aliases());
        unitNames.put(unit.code(), list);
      }
      scanner = new UnitListScanner(allNames, unitNames);
    }
    return scanner;
  }

  /** Unit codes of the refs, groups expanded, in registry order. */
  public List<String> expand(List<Ref> refs) {
    Set<String> codes = new LinkedHashSet<>();
    for (Ref ref : refs) {
      if (!ref.group()) codes.add(ref.code());
      else registry.groups().stream().filter(g -> g.code().equals(ref.code())).forEach(g -> codes.addAll(g.members()));
    }
    return registry.units().stream().map(Unit::code).filter(codes::contains).toList();
  }

  /** Up to {@code limit} names closest to the text, as "Tên (MÃ)", for "did you mean" messages. */
  public List<String> closest(String text, int limit) {
    // A name is short: comparing only the start keeps a 30,000-character cell from costing seconds.
    String key = TextKey.folded(text.length() > MAX_COMPARED ? text.substring(0, MAX_COMPARED) : text);
    record Scored(String code, int distance) {}
    Map<String, Integer> best = new HashMap<>();
    for (Map.Entry<String, Ref> entry : folded.entrySet()) {
      int d = Levenshtein.distance(key, entry.getKey());
      best.merge(entry.getValue().code(), d, Math::min);
    }
    return best.entrySet().stream()
        .map(e -> new Scored(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::code))
        .limit(limit)
        .map(s -> displayNames.get(s.code()) + " (" + s.code() + ")")
        .toList();
  }

  /**
   * The problem for a cell that should name one unit but names a group or nothing known; empty
   * when it names a unit.
   */
  Optional<Problem> unitProblem(Optional<Ref> ref, String text, SourceLocation at) {
    if (text.isBlank()) return Optional.of(Messages.requiredValue(at, "đơn vị"));
    if (ref.isEmpty()) return Optional.of(Messages.unknownUnit(at, text, closest(text, 3)));
    if (!ref.get().group()) return Optional.empty();
    List<String> members = expand(List.of(ref.get())).stream().map(this::displayName).toList();
    return Optional.of(Messages.groupNotUnit(at, text, members));
  }

  /** The printed name of a unit or group code. */
  public String displayName(String code) {
    return displayNames.getOrDefault(code, code);
  }
}
