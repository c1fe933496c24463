package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.ValidationReport;

/**
 * Walks one input file: opens it, finds each sheet's header for the accepted kinds, and hands every
 * non-blank data row to a handler. Counts rows read; the handler counts them used or rejected.
 * File-level failures are recorded once in the report and end the file.
 */
public final class TableParser {
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");

  /** Receives the data rows of one file. */
  public interface RowHandler {
    void row(MappedRow row, FileTally tally);
  }

  private TableParser() {}

  /**
   * @param kinds the kinds this file may be (the dossier table or the dossier list); the header decides
   * @return the kinds found, one per sheet read (empty when the file failed)
   */
  public static List<InputKind> read(
      Path file, String displayName, List<InputKind> kinds, ValidationReport report, RowHandler handler) {
    String kindId = kinds.get(0).id();
    FileTally tally = report.tally(displayName, kindId);
    List<InputKind> found = new ArrayList<>();
    try (TableSource source = TableReaders.open(file, displayName)) {
      Header bestMiss = null;
      boolean anySheet = false;
      for (Iterator<SheetData> sheets = source.sheets(); sheets.hasNext(); ) {
        SheetData sheet = sheets.next();
        if (sheet.hidden()) {
          report.add(Messages.hiddenSheetSkipped(displayName, sheet.name()));
          continue;
        }
        List<RawRow> head = new ArrayList<>();
        Iterator<RawRow> rows = sheet.rows();
        while (head.size() < HeaderLocator.SEARCH_ROWS && rows.hasNext()) head.add(rows.next());
        if (head.stream().allMatch(RawRow::isBlank)) continue;
        anySheet = true;
        StringBuilder sample = new StringBuilder();
        head.forEach(r -> sample.append(String.join(" ", r.cells())).append('\n'));
        Optional<LegacyEncoding> legacy = LegacyEncoding.recognise(sample.toString());
        if (legacy.isPresent()) throw new InputException(Messages.legacyEncoding(displayName, sheet.name(), legacy.get().label()));

        Optional<Header> header = bestHeader(head, kinds);
        if (header.isEmpty() || !header.get().missingRequired().isEmpty()) {
          if (header.isPresent() && (bestMiss == null || HeaderLocator.score(header.get()) > HeaderLocator.score(bestMiss))) {
            bestMiss = header.get();
          }
          continue;
        }
        Header h = header.get();
        found.add(h.kind());
        if (!h.duplicates().isEmpty()) report.add(Messages.duplicateColumns(displayName, sheet.name(), h.duplicates()));
        readRows(h, head, rows, displayName, sheet.name(), tally, handler);
      }
      if (found.isEmpty()) {
        if (!anySheet) throw new InputException(Messages.emptyFile(displayName));
        List<String> missing = bestMiss == null ? requiredLabels(kinds.get(0)) : bestMiss.missingRequired();
        List<String> seen = bestMiss == null ? List.of() : List.copyOf(bestMiss.texts().values());
        throw new InputException(Messages.missingColumns(displayName, kinds.get(0).title(), missing, seen));
      }
    } catch (InputException e) {
      report.failFile(displayName, kindId, e.problem());
      found.clear();
    } catch (UncheckedInputException e) {
      report.failFile(displayName, kindId, e.getCause().problem());
      found.clear();
    }
    return found;
  }

  private static List<String> requiredLabels(InputKind kind) {
    return kind.columns().stream().filter(Column::required).map(Column::label).toList();
  }

  private static Optional<Header> bestHeader(List<RawRow> head, List<InputKind> kinds) {
    return kinds.stream()
        .map(k -> HeaderLocator.locate(head, k))
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt((Header h) -> h.missingRequired().isEmpty() ? 1 : 0)
            .thenComparingInt(h -> h.columns().size()));
  }

  private static void readRows(
      Header header,
      List<RawRow> head,
      Iterator<RawRow> rest,
      String file,
      String sheet,
      FileTally tally,
      RowHandler handler) {
    boolean first = true;
    Iterator<RawRow> buffered = head.iterator();
    while (buffered.hasNext() || rest.hasNext()) {
      RawRow row = buffered.hasNext() ? buffered.next() : rest.next();
      if (row.number() <= header.lastRow() || row.isBlank()) continue;
      // Biểu 06 and other state forms number their columns "(1) (2) …" under the header: not data.
      if (first && isColumnNumberRow(row)) {
        first = false;
        continue;
      }
      first = false;
      tally.countRead();
      handler.row(new MappedRow(row, header, file, sheet), tally);
    }
  }

  static boolean isColumnNumberRow(RawRow row) {
    int expected = -1;
    int seen = 0;
    for (String cell : row.cells()) {
      if (cell.isEmpty()) continue;
      if (!COLUMN_NUMBER.matcher(cell).matches()) return false;
      int n = Integer.parseInt(cell.replaceAll("[()]", ""));
      if (expected >= 0 && n != expected) return false;
      expected = n + 1;
      seen++;
    }
    return seen >= 3;
  }
}
