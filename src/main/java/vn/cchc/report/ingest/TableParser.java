package vn.cchc.report.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.report.domain.FormStamp;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;

/**
 * Walks one input file: opens it, finds each sheet's header for the accepted kinds, and hands every
 * non-blank data row to a handler. Counts rows read; the handler counts them used or rejected.
 *
 * <p>Everything goes to the file's own {@link FileReport}: a failure partway (a file cut short, a
 * bad byte, an unclosed quote) marks it failed, and the caller then uses none of the rows it was
 * handed (issue #8: a file is read whole or not at all).
 *
 * <p>Before the handler sees a row, the cells of its columns are checked for what no column can use:
 * a formula saved without its value, an Excel error value, a cell longer than Excel allows. Cells
 * merged vertically in the table body (a Word table pasted into Excel) give their text to every row
 * they span; so the rows of a sheet are read to its end first (an .xlsx lists its merged cells after
 * its rows), except for a dossier list, which streams and must have no such cells.
 */
final class TableParser {
  /** Excel's own limit for the text of one cell. */
  static final int MAX_CELL_CHARS = 32_767;
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
  /** Characters of each head cell that the legacy-encoding check reads. */
  private static final int SAMPLE_CELL_CHARS = 2_000;

  /** Receives the data rows of one file. */
  public interface RowHandler {
    void row(MappedRow row, FileReport file);
  }

  private TableParser() {}

  /** {@link #read(Path, String, List, ColumnMapping, FileReport, RowHandler)} with no office mapping. */
  public static List<InputKind> read(Path file, String displayName, List<InputKind> kinds, FileReport report, RowHandler handler) {
    return read(file, displayName, kinds, ColumnMapping.NONE, report, handler);
  }

  /**
   * @param kinds the kinds this file may be (the dossier table or the dossier list); the header decides
   * @param mapping the office's header names for columns ({@code columns:} of the configuration)
   * @return the kinds found, one per sheet read; empty when the file failed ({@link FileReport#failed})
   */
  public static List<InputKind> read(
      Path file, String displayName, List<InputKind> kinds, ColumnMapping mapping, FileReport report, RowHandler handler) {
    return read(file, displayName, kinds, mapping, report, handler, stamp -> {});
  }

  /**
   * As above; a form of this program (issue #12) hands its stamp — unit, period, plan, from its very
   * hidden sheet — to {@code stamps} before its rows, which may refuse it by throwing.
   */
  static List<InputKind> read(Path file, String displayName, List<InputKind> kinds, ColumnMapping mapping, FileReport report,
      RowHandler handler, java.util.function.Consumer<FormStamp> stamps) {
    List<InputKind> found = new ArrayList<>();
    InputProgress.startFile(displayName);
    try (TableSource source = TableReaders.open(file, displayName)) {
      Header bestMiss = null;
      String bestMissSheet = null;
      boolean anySheet = false;
      for (Iterator<SheetData> sheets = source.sheets(); sheets.hasNext(); ) {
        SheetData sheet = sheets.next();
        if (sheet.hidden()) {
          Optional<FormStamp> stamp = sheet.name().equals(FormStamp.SHEET) ? stampOf(sheet) : Optional.empty();
          if (stamp.isPresent()) stamps.accept(stamp.get());
          else report.add(Messages.hiddenSheetSkipped(displayName, sheet.name()));
          continue;
        }
        List<RawRow> head = new ArrayList<>();
        Iterator<RawRow> rows = sheet.rows();
        while (head.size() < HeaderLocator.SEARCH_ROWS && rows.hasNext()) head.add(rows.next());
        if (head.stream().allMatch(RawRow::isBlank)) continue;
        anySheet = true;
        Optional<LegacyEncoding> legacy = LegacyEncoding.recognise(sample(head));
        if (legacy.isPresent()) throw new InputException(Messages.legacyEncoding(displayName, sheet.name(), legacy.get().label()));

        Optional<Header> header = bestHeader(head, kinds, mapping);
        if (header.isEmpty() || !header.get().missingRequired().isEmpty()) {
          if (header.isPresent() && (bestMiss == null || HeaderLocator.score(header.get()) > HeaderLocator.score(bestMiss))) {
            bestMiss = header.get();
            bestMissSheet = sheet.name();
          }
          continue;
        }
        Header h = header.get();
        if (!h.ambiguities().isEmpty()) throw new InputException(Messages.ambiguousHeader(displayName, sheet.name(), h.ambiguities()));
        found.add(h.kind());
        readRows(h, head, rows, sheet, displayName, report, handler);
      }
      if (found.isEmpty()) {
        if (!anySheet) throw new InputException(Messages.emptyFile(displayName));
        // A required column missing because two cells claim it: say so, not that it is missing.
        if (bestMiss != null && !bestMiss.ambiguities().isEmpty()) {
          throw new InputException(Messages.ambiguousHeader(displayName, bestMissSheet, bestMiss.ambiguities()));
        }
        List<String> missing = bestMiss == null ? requiredLabels(kinds.get(0)) : bestMiss.missingRequired();
        List<String> seen = bestMiss == null ? List.of() : List.copyOf(bestMiss.texts().values());
        boolean noRequired = bestMiss == null || missing.size() == requiredLabels(bestMiss.kind()).size();
        throw new InputException(
            Messages.missingColumns(displayName, (bestMiss == null ? kinds.get(0) : bestMiss.kind()).title(), missing, seen,
                HeaderLocator.SEARCH_ROWS, noRequired));
      }
    } catch (InputException e) {
      report.fail(e.problem());
    } catch (UncheckedInputException e) {
      report.fail(e.getCause().problem());
    }
    InputProgress.finishFile(sizeOf(file));
    return report.failed() ? List.of() : found;
  }

  /** A form's stamp: its sheet's "key | value" rows (a handful). */
  private static Optional<FormStamp> stampOf(SheetData sheet) {
    Map<String, String> fields = new java.util.HashMap<>();
    Iterator<RawRow> rows = sheet.rows();
    for (int i = 0; i < 16 && rows.hasNext(); i++) {
      RawRow row = rows.next();
      fields.put(row.cell(0).strip(), row.cell(1).strip());
    }
    return FormStamp.of(fields);
  }

  private static long sizeOf(Path file) {
    try {
      return java.nio.file.Files.size(file);
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The head rows' text for the legacy-encoding check, each cell cut to a bounded length. */
  private static String sample(List<RawRow> head) {
    StringBuilder sample = new StringBuilder();
    for (RawRow row : head) {
      for (String cell : row.cells()) {
        sample.append(cell, 0, Math.min(cell.length(), SAMPLE_CELL_CHARS)).append(' ');
      }
      sample.append('\n');
    }
    return sample.toString();
  }

  private static List<String> requiredLabels(InputKind kind) {
    return kind.columns().stream().filter(Column::required).map(Column::label).toList();
  }

  private static Optional<Header> bestHeader(List<RawRow> head, List<InputKind> kinds, ColumnMapping mapping) {
    return kinds.stream()
        .map(k -> HeaderLocator.locate(head, k, mapping.forKind(k)))
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt((Header h) -> h.missingRequired().isEmpty() ? 1 : 0)
            .thenComparingInt(h -> h.columns().size()));
  }

  private static void readRows(
      Header header, List<RawRow> head, Iterator<RawRow> rest, SheetData sheet, String file, FileReport report,
      RowHandler handler) throws InputException {
    Iterator<RawRow> rows;
    if (header.kind() == InputKind.DOSSIER_LIST) {
      rows = new Chained(head.iterator(), rest);
    } else {
      List<RawRow> all = new ArrayList<>(head);
      try {
        rest.forEachRemaining(all::add);
      } catch (UncheckedInputException e) {
        // The reconciliation shows how far the file was read before it broke: all those rows rejected.
        all.stream().filter(r -> r.number() > header.lastRow() && !r.isBlank()).forEach(r -> report.tally().countRead());
        throw e;
      }
      rows = BodyMerges.fill(all, sheet.merges().get(), header.lastRow()).iterator();
    }
    boolean first = true;
    while (rows.hasNext()) {
      RawRow row = rows.next();
      if (row.number() <= header.lastRow() || row.isBlank()) continue;
      // Biểu 06 and other state forms number their columns "(1) (2) …" under the header: not data.
      if (first && isColumnNumberRow(row)) {
        first = false;
        continue;
      }
      first = false;
      report.tally().countRead();
      MappedRow mapped = new MappedRow(row, header, file, sheet.name());
      List<Problem> unusable = unusableCells(mapped);
      if (sheet.name() == null) extraFields(mapped, header).ifPresent(unusable::add);
      if (!unusable.isEmpty()) {
        unusable.forEach(report::add);
        report.tally().countRejected();
        continue;
      }
      handler.row(mapped, report);
    }
    if (header.kind() == InputKind.DOSSIER_LIST) {
      List<Integer> merged = BodyMerges.verticalBelow(sheet.merges().get(), header.lastRow());
      if (!merged.isEmpty()) throw new InputException(Messages.mergedCellsInList(file, sheet.name(), merged));
    }
  }

  /**
   * A CSV row with text beyond the header's last column: a cell that held the separator without
   * quotes has pushed the row's values into the wrong columns (a list of members "VP; KHTC" in a
   * file separated by ";"). Read as it stands, values would silently land in other fields.
   */
  private static Optional<Problem> extraFields(MappedRow row, Header header) {
    int width = header.texts().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    List<String> cells = row.raw().cells();
    for (int c = width; c < cells.size(); c++) {
      if (!cells.get(c).isEmpty()) return Optional.of(Messages.extraFields(row.location(), cells.size(), width, cells.get(c)));
    }
    return Optional.empty();
  }

  /** Problems of the row's mapped cells that no column can use, each a row error. */
  private static List<Problem> unusableCells(MappedRow row) {
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Integer> field : row.header().columns().entrySet()) {
      int column = field.getValue();
      String text = row.raw().cell(column);
      switch (row.raw().kind(column)) {
        case FORMULA_NO_VALUE -> problems.add(Messages.formulaWithoutValue(row.at(field.getKey())));
        case ERROR -> problems.add(Messages.formulaError(row.at(field.getKey()), text));
        default -> {
          if (text.length() > MAX_CELL_CHARS) problems.add(Messages.cellTooLong(row.at(field.getKey()), text, MAX_CELL_CHARS));
        }
      }
    }
    return problems;
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

  /** The head rows, then the rest of the sheet. */
  private static final class Chained implements Iterator<RawRow> {
    private final Iterator<RawRow> first;
    private final Iterator<RawRow> second;

    Chained(Iterator<RawRow> first, Iterator<RawRow> second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public boolean hasNext() {
      return first.hasNext() || second.hasNext();
    }

    @Override
    public RawRow next() {
      return first.hasNext() ? first.next() : second.next();
    }
  }
}
