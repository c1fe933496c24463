package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.cchc.report.domain.Channel;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.DossierRecord;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.OfficialDate;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;
import vn.cchc.report.rules.DossierTally;

/**
 * Reads a period's dossier files (data-contract.md §4): each is an aggregate table (one row per
 * unit, Biểu 06 columns) or a dossier list (one row per dossier), told apart by its headers. The
 * table's identities are row checks (rules §6); a list is tallied for the period's data window.
 * One unit's figures come from one place: a second source for the same unit is an error.
 */
public final class DossierReader {
  private static final Set<String> TOTAL_WORDS = Set.of("tong cong", "tong so", "cong", "tong");
  /** A list has a handful of channel texts; a bound keeps odd files from growing the map without end. */
  private static final int MAX_CHANNEL_TEXTS = 1_000;
  /** More dossiers than any unit of a province receives in a period: a bigger number cell is no count. */
  private static final java.math.BigDecimal MAX_COUNT = java.math.BigDecimal.valueOf(1_000_000_000_000L);

  /**
   * What the checks need beyond the rows.
   *
   * @param from first day of the data window
   * @param to the cut-off: last day of the data window
   * @param today the day of the run: no receipt or result may be later
   * @param unitsKnown false when the registry could not be read: unit names are not checked
   */
  public record Context(UnitResolver units, LocalDate from, LocalDate to, LocalDate today, ColumnMapping mapping, boolean unitsKnown) {
    public Context(UnitResolver units, LocalDate from, LocalDate to) {
      this(units, from, to, null, ColumnMapping.NONE, true);
    }
  }

  private DossierReader() {}

  /**
   * @param dataRoot the data folder: links may not leave it
   * @return figures per unit code, in the order read
   */
  public static Map<String, DossierCounts> read(Path folder, String displayFolder, Path dataRoot, Context context, ValidationReport report) {
    Map<String, DossierCounts> result = new LinkedHashMap<>();
    for (InputFolder.Entry entry : InputFolder.list(folder, displayFolder, dataRoot, report)) {
      if (!entry.toRead(InputKind.DOSSIER_TABLE.id(), report)) continue;
      FileReport file = report.open(entry.display(), InputKind.DOSSIER_TABLE.id());
      Map<String, Integer> rowsBehind = new HashMap<>();
      Map<String, DossierCounts> fromFile = readFile(entry.file(), entry.display(), context, file, rowsBehind);
      fromFile.forEach((unit, counts) -> {
        DossierCounts first = result.putIfAbsent(unit, counts);
        if (first != null) {
          file.add(Messages.duplicateDossierUnit(counts.row(), context.units().displayName(unit), first.row()));
          file.tally().rejectUsed(rowsBehind.get(unit));
        }
      });
      report.commit(file);
    }
    return result;
  }

  /** One file, table or list, on its own. Exposed for the benchmark. */
  public static Map<String, DossierCounts> readFile(
      Path file, String display, UnitResolver units, LocalDate from, LocalDate to, ValidationReport report) {
    FileReport fileReport = report.open(display, InputKind.DOSSIER_TABLE.id());
    Map<String, DossierCounts> result = readFile(file, display, new Context(units, from, to), fileReport, new HashMap<>());
    report.commit(fileReport);
    return result;
  }

  /**
   * @param rowsBehind filled with the number of rows each returned unit's figures come from, so
   *     that a caller who sets the figures aside can count those rows rejected (rules §7)
   * @return the file's figures; empty when the file failed, whatever was read before the failure
   */
  private static Map<String, DossierCounts> readFile(
      Path file, String display, Context context, FileReport report, Map<String, Integer> rowsBehind) {
    Map<String, DossierCounts> table = new LinkedHashMap<>();
    DossierTally tally = new DossierTally(context.from(), context.to());
    LongHashSet ids = new LongHashSet();
    Map<String, Integer> listRows = new HashMap<>();
    boolean[] warnedChannel = {false};
    Map<String, Channel> channels = new HashMap<>();
    List<InputKind> kinds = TableParser.read(file, display, List.of(InputKind.DOSSIER_TABLE, InputKind.DOSSIER_LIST),
        context.mapping(), report, (row, f) -> {
          boolean used = row.header().kind() == InputKind.DOSSIER_TABLE
              ? tableRow(row, context, table, f)
              : listRow(row, context, tally, ids, listRows, warnedChannel, channels, f);
          if (used) f.tally().countUsed();
          else f.tally().countRejected();
        });
    if (report.failed()) return Map.of();
    table.keySet().forEach(unit -> rowsBehind.put(unit, 1)); // one table row per unit: a second is rejected
    if (kinds.contains(InputKind.DOSSIER_LIST)) {
      tally.result().forEach((unit, counts) -> {
        if (table.putIfAbsent(unit, counts) == null) {
          rowsBehind.put(unit, listRows.get(unit));
        } else {
          report.add(Messages.duplicateDossierUnit(counts.row(), context.units().displayName(unit), table.get(unit).row()));
          report.tally().rejectUsed(listRows.get(unit));
        }
      });
    }
    return table;
  }

  // ---- aggregate table ---------------------------------------------------------------------

  private static boolean tableRow(MappedRow row, Context context, Map<String, DossierCounts> table, FileReport report) {
    String unitText = row.get("unit");
    String[] fields = {"carried", "received_online", "received_direct", "received_postal", "early", "on_time", "late",
        "pending_ok", "pending_late", "returned", "received_total", "resolved_total", "pending_total"};
    long[] v = new long[fields.length];
    List<Problem> problems = new ArrayList<>();
    boolean allEmpty = true;
    for (int i = 0; i < fields.length; i++) {
      if (!row.get(fields[i]).isEmpty()) allEmpty = false;
      v[i] = count(row, fields[i], problems);
    }
    // A "Tổng cộng" merged over the STT and unit columns leaves its text in the STT cell.
    String label = unitText.isEmpty() ? row.raw().cells().stream().filter(c -> !c.isEmpty()).findFirst().orElse("") : unitText;
    String key = TextKey.folded(label).replaceAll("[:.]$", "");
    // Biểu 06 ends with a "Tổng cộng" row and may group rows under a label ("Sở, ban, ngành"): not units.
    if (TOTAL_WORDS.contains(key) || allEmpty) return true;
    String code = unitCode(row, unitText, context, problems);
    DossierCounts counts = null;
    if (problems.isEmpty()) {
      counts = new DossierCounts(code, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
          row.has("returned") ? v[9] : -1, row.location());
      checkIdentities(row, counts, v, problems);
    }
    problems.forEach(report::add);
    if (!problems.isEmpty()) return false;
    DossierCounts first = table.putIfAbsent(counts.unitCode(), counts);
    if (first != null) {
      report.add(Messages.duplicateDossierUnit(row.location(), context.units().displayName(counts.unitCode()), first.row()));
      return false;
    }
    return true;
  }

  /**
   * A count of dossiers. A number cell is taken as the number it holds, never read again through
   * thousands separators (0,985 is not 985); a percent-formatted cell is no count; typed text may
   * use "1.480", "1,480" or "1 480" (issue #8).
   */
  private static long count(MappedRow row, String field, List<Problem> problems) {
    String text = row.get(field);
    switch (row.kind(field)) {
      case PERCENT -> {
        problems.add(Messages.percentInCount(row.at(field), text));
        return 0;
      }
      case NUMBER -> {
        try {
          java.math.BigDecimal number = new java.math.BigDecimal(text);
          if (number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0 && number.compareTo(MAX_COUNT) <= 0) {
            return number.longValueExact();
          }
        } catch (NumberFormatException | ArithmeticException e) {
          // not a whole number: reported below
        }
        problems.add(Messages.badCount(row.at(field), text));
        return 0;
      }
      default -> {
        OptionalLong n = CellValues.count(text);
        if (n.isPresent()) return n.getAsLong();
        problems.add(Messages.badCount(row.at(field), text));
        return 0;
      }
    }
  }

  /** The unit a row names; when the registry could not be read, the text itself (checked once it can). */
  private static String unitCode(MappedRow row, String unitText, Context context, List<Problem> problems) {
    if (!context.unitsKnown()) return unitText;
    Optional<UnitResolver.Ref> ref = context.units().resolve(unitText);
    Optional<Problem> problem = context.units().unitProblem(ref, unitText, row.at("unit"));
    problem.ifPresent(problems::add);
    return problem.isPresent() ? null : ref.get().code();
  }

  /** Biểu 06 identities (rules §6, document-format.md §3.2), each where its columns exist. */
  private static void checkIdentities(MappedRow row, DossierCounts c, long[] v, List<Problem> problems) {
    if (row.has("received_total") && v[10] != c.received()) {
      problems.add(Messages.dossierMismatch(row.at("received_total"), "(3) Tổng số nhận = (4) + (5) + (6)", v[10], c.received()));
    }
    if (row.has("resolved_total") && v[11] != c.resolved()) {
      problems.add(Messages.dossierMismatch(row.at("resolved_total"), "(7) Tổng số đã giải quyết = (8) + (9) + (10)", v[11], c.resolved()));
    }
    if (row.has("pending_total") && v[12] != c.pending()) {
      problems.add(Messages.dossierMismatch(row.at("pending_total"), "(11) Tổng số đang giải quyết = (12) + (13)", v[12], c.pending()));
    }
    long outcome = c.resolved() + c.pending() + c.returnedOrZero();
    if (c.received() != outcome) {
      String identity = c.returned() >= 0
          ? "số nhận giải quyết = đã giải quyết + đang giải quyết + trả lại/rút"
          : "số nhận giải quyết (3) = đã giải quyết (7) + đang giải quyết (11)";
      problems.add(Messages.dossierMismatch(row.location(), identity, c.received(), outcome));
    }
  }

  // ---- dossier list ------------------------------------------------------------------------

  private static boolean listRow(
      MappedRow row,
      Context context,
      DossierTally tally,
      LongHashSet ids,
      Map<String, Integer> listRows,
      boolean[] warnedChannel,
      Map<String, Channel> channels,
      FileReport report) {
    List<Problem> problems = new ArrayList<>();
    String id = row.get("id");
    if (id.isEmpty()) problems.add(Messages.requiredValue(row.at("id"), "mã hồ sơ"));
    String code = unitCode(row, row.get("unit"), context, problems);
    LocalDate received = requiredDate(row, "received_on", "ngày tiếp nhận", context.today(), false, problems);
    // An appointment date may lie after the day of the run: the dossier is still in progress.
    LocalDate due = requiredDate(row, "due_on", "ngày hẹn trả", context.today(), true, problems);
    LocalDate done = null;
    if (!row.get("done_on").isEmpty()) {
      done = PlausibleDates.read(row, "done_on", context.today(), false, problems).orElse(null);
      if (done != null && received != null && done.isBefore(received)) {
        problems.add(Messages.doneBeforeReceived(row.at("done_on"), OfficialDate.of(done), OfficialDate.of(received)));
      }
    }
    if (problems.isEmpty() && !ids.add(Hashing.hash64(id))) problems.add(Messages.duplicateDossierId(row.at("id"), id));
    Channel channel = channel(row, warnedChannel, channels, report);
    problems.forEach(report::add);
    if (!problems.isEmpty()) return false;
    tally.add(new DossierRecord(id, code, received, due, done, channel), row.location());
    listRows.merge(code, 1, Integer::sum);
    return true;
  }

  private static LocalDate requiredDate(
      MappedRow row, String field, String what, LocalDate today, boolean futureAllowed, List<Problem> problems) {
    if (row.get(field).isEmpty()) {
      problems.add(Messages.requiredValue(row.at(field), what));
      return null;
    }
    return PlausibleDates.read(row, field, today, futureAllowed, problems).orElse(null);
  }

  /** @param seen channel by cell text (null: names none), so each distinct text is folded once */
  private static Channel channel(MappedRow row, boolean[] warnedMissing, Map<String, Channel> seen, FileReport report) {
    if (!row.has("channel")) {
      if (!warnedMissing[0]) {
        report.add(Messages.noChannelColumn(new SourceLocation(row.location().file(), row.location().sheet(), 0, null)));
        warnedMissing[0] = true;
      }
      return Channel.DIRECT;
    }
    String text = row.get("channel");
    Channel channel = seen.get(text);
    if (channel == null && !seen.containsKey(text)) {
      channel = channelOf(text);
      if (seen.size() < MAX_CHANNEL_TEXTS) seen.put(text, channel);
    }
    if (channel != null) return channel;
    report.add(Messages.unknownChannel(row.at("channel"), text));
    return Channel.DIRECT;
  }

  /** The channel a Hình thức nộp text names, or null. */
  private static Channel channelOf(String text) {
    String key = TextKey.folded(text);
    if (key.contains("truc tuyen") || key.contains("online") || key.contains("dvc") || key.contains("dich vu cong")) return Channel.ONLINE;
    if (key.contains("buu chinh") || key.contains("buu dien")) return Channel.POSTAL;
    if (key.contains("truc tiep")) return Channel.DIRECT;
    return null;
  }
}
