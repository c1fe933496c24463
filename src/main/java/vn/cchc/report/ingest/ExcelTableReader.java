package vn.cchc.report.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;

/**
 * Reads .xls workbooks (and opens .xlsx ones through {@link XlsxTableReader}). Cells become text: dates as ISO
 * "yyyy-mm-dd", numbers without a trailing ".0" (STT 2.1 stays "2.1"), formulas as their cached value.
 */
final class ExcelTableReader {
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"[^\"]*\"");
  private ExcelTableReader() {}

  static TableSource open(Path file, String displayName) throws InputException {
    return open(file, displayName, file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xls"));
  }

  /** @param xls true for an Excel 97–2003 (OLE2) workbook, false for an .xlsx package, whatever the file's name */
  static TableSource open(Path file, String displayName, boolean xls) throws InputException {
    if (!xls) return XlsxTableReader.open(file, displayName);
    try (InputStream in = Files.newInputStream(file)) {
      // The whole .xls is read into memory (HSSF has no streaming reader); such files are small.
      return new Source(new HSSFWorkbook(new POIFSFileSystem(in)), displayName, "Excel 97–2003 (.xls)");
    } catch (IOException | RuntimeException e) {
      throw new InputException(failure(displayName, e), e);
    }
  }

  /**
   * Why a workbook could not be read, for the office: POI's guard against "zip bombs" (a part
   * that inflates more than 100 times: a crafted file, or a cell of one phrase repeated thousands
   * of times) is named as such; anything else with POI's reason.
   */
  static vn.cchc.report.problem.Problem failure(String displayName, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) return Messages.overCompressed(displayName);
    }
    return Messages.unreadableWorkbook(displayName, e);
  }

  /** The text a person sees in the cell (dates as ISO), cleaned. */
  static String text(Cell cell) {
    return read(cell).text();
  }

  /** A cell's text and what it held. */
  record Value(String text, CellKind kind) {
    static final Value EMPTY = new Value("", CellKind.TEXT);
  }

  static Value read(Cell cell) {
    if (cell == null) return Value.EMPTY;
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
      // A formula saved without its result (a file written by a program, never opened in Excel).
      if (type == CellType.BLANK || type == CellType._NONE) return new Value("", CellKind.FORMULA_NO_VALUE);
    }
    switch (type) {
      case STRING:
        return new Value(CellText.clean(cell.getStringCellValue()), CellKind.TEXT);
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime value = cell.getLocalDateTimeCellValue();
          return value == null ? new Value(plainNumber(cell.getNumericCellValue()), CellKind.NUMBER)
              : new Value(value.toLocalDate().toString(), CellKind.DATE);
        }
        return new Value(plainNumber(cell.getNumericCellValue()), isPercent(cell) ? CellKind.PERCENT : CellKind.NUMBER);
      case BOOLEAN:
        return new Value(cell.getBooleanCellValue() ? "TRUE" : "FALSE", CellKind.BOOLEAN);
      case ERROR:
        return new Value(errorText(cell.getErrorCellValue()), CellKind.ERROR);
      default:
        return Value.EMPTY;
    }
  }

  private static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR!";
    }
  }

  /** A number shown as a percentage: its format has a % outside quoted literals. */
  private static boolean isPercent(Cell cell) {
    String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
    return format != null && isPercentFormat(format);
  }

  static boolean isPercentFormat(String format) {
    return QUOTED.matcher(format).replaceAll("").contains("%");
  }

  /** 2.1 → "2.1", 1480.0 → "1480": never scientific notation, never a trailing ".0". */
  static String plainNumber(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) return "";
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  private static final class Source implements TableSource {
    private final Workbook workbook;
    private final String displayName;
    private final String kind;
    Source(Workbook workbook, String displayName, String kind) {
      this.workbook = workbook;
      this.displayName = displayName;
      this.kind = kind;
    }

    @Override
    public Iterator<SheetData> sheets() {
      List<SheetData> sheets = new ArrayList<>();
      try {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
          Sheet sheet = workbook.getSheetAt(i);
          boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
          sheets.add(new SheetData(sheet.getSheetName(), hidden, new Rows(sheet), () -> merges(sheet)));
        }
      } catch (RuntimeException e) {
        // A workbook whose list of sheets names a part the file lacks (MissingSheetException).
        throw new UncheckedInputException(new InputException(failure(displayName, e), e));
      }
      return sheets.iterator();
    }

    @Override
    public String description() {
      return kind;
    }

    /** The sheet's merged ranges (complete once its rows are read: an .xlsx lists them after its rows). */
    private List<Merge> merges(Sheet sheet) {
      try {
        List<Merge> merges = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
          if (range.getFirstRow() < 0 || range.getFirstColumn() < 0 || range.getLastRow() < range.getFirstRow()
              || range.getLastColumn() < range.getFirstColumn()) {
            continue; // a damaged range names no cells
          }
          merges.add(new Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(), range.getLastColumn()));
        }
        return merges;
      } catch (RuntimeException e) {
        throw new UncheckedInputException(new InputException(failure(displayName, e), e));
      }
    }

    @Override
    public void close() {
      try {
        workbook.close();
      } catch (IOException e) {
        // Closing a file we only read: nothing to lose.
      }
    }

    /** Rows in order; the iterator over the sheet is created on first use, so sheets stream one by one. */
    private final class Rows implements Iterator<RawRow> {
      private final Sheet sheet;
      private Iterator<Row> rows;

      Rows(Sheet sheet) {
        this.sheet = sheet;
      }

      private Iterator<Row> rows() {
        if (rows == null) {
          try {
            rows = sheet.iterator();
          } catch (RuntimeException e) {
            throw new UncheckedInputException(new InputException(failure(displayName, e), e));
          }
        }
        return rows;
      }

      @Override
      public boolean hasNext() {
        try {
          return rows().hasNext();
        } catch (UncheckedInputException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new UncheckedInputException(new InputException(failure(displayName, e), e));
        }
      }

      @Override
      public RawRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        try {
          Row row = rows().next();
          RowCells cells = new RowCells();
          for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (!cells.filled(column)) cells.put(column, read(cell));
          }
          return cells.row(row.getRowNum() + 1);
        } catch (RuntimeException e) {
          throw new UncheckedInputException(new InputException(failure(displayName, e), e));
        }
      }
    }
  }
}
