package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitGroup;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;

/**
 * Input files written by the tests themselves, so every byte a test reads is visible in it
 * (examples.md, "Tests"): text in the encodings Excel and Macs produce, and workbooks built with POI.
 */
final class Fixtures {
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private Fixtures() {}

  // ---- text files --------------------------------------------------------------------------

  /** Lines joined by CRLF, as Excel writes them. */
  static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  /** One CSV line as Excel writes it: a cell holding the separator, a quote or a line break is quoted. */
  static String csv(String separator, String... cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) line.append(separator);
      String cell = cells[i];
      boolean quote = cell.contains(separator) || cell.contains("\"") || cell.contains("\n");
      line.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
    }
    return line.toString();
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] utf8WithBom(String text) {
    return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
  }

  /** "Unicode Text" as Excel saves it: UTF-16LE with the FF FE byte order mark. */
  static byte[] utf16leWithBom(String text) {
    return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
  }

  /** Text typed on a Mac: every letter decomposed (NFD), UTF-8. */
  static byte[] utf8Nfd(String text) {
    return utf8(Normalizer.normalize(text, Normalizer.Form.NFD));
  }

  /**
   * What Excel on a Vietnamese Windows writes for "CSV (Comma delimited)": code page 1258, whose
   * letters are the base vowels plus â ê ô ă ơ ư đ, the five tone marks following as combining
   * characters (U+0300 huyền, U+0301 sắc, U+0303 ngã, U+0309 hỏi, U+0323 nặng). So the text is
   * decomposed, the shape marks are put back on their vowels, and the tones stay combining.
   */
  static byte[] windows1258(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < nfd.length()) {
      StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
      StringBuilder tones = new StringBuilder();
      while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
        char mark = nfd.charAt(i++);
        if (mark == '\u0302' || mark == '\u0306' || mark == '\u031B') base.append(mark);
        else tones.append(mark);
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    return encodeStrictly(out.toString(), WINDOWS_1258);
  }

  /**
   * Text typed in a legacy Vietnamese font (TCVN3 ".VnTime", VNI-Times): the font's byte codes,
   * which Windows shows as Latin-1 symbols. {@code glyphs} spells each byte as its Latin-1 character,
   * so "Hoµn" is the bytes 48 6F B5 6E.
   */
  static byte[] legacyBytes(String glyphs) {
    return encodeStrictly(glyphs, StandardCharsets.ISO_8859_1);
  }

  private static byte[] encodeStrictly(String text, Charset charset) {
    try {
      ByteBuffer buffer = charset.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not encodable in " + charset + ": " + text, e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) out.writeBytes(part);
    return out.toByteArray();
  }

  // ---- workbooks ---------------------------------------------------------------------------

  /** A formula cell; its cached value is computed before the workbook is saved. */
  record Formula(String formula) {}

  /** A merged region, 0-based inclusive, as Excel's "Merge & Center" leaves it: text in the top-left cell only. */
  record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

  /** Writes an .xlsx (or .xls when the name says so) built by {@code content}; formulas are evaluated first. */
  static Path workbook(Path dir, String name, Consumer<Workbook> content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    try (Workbook workbook = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      content.accept(workbook);
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      workbook.write(out);
    }
    return file;
  }

  /** A one-sheet workbook: each array is a row from row 1; see {@link #fill}. */
  static Path workbook(Path dir, String name, Object[]... rows) throws IOException {
    return workbook(dir, name, wb -> fill(wb.createSheet("Sheet1"), rows));
  }

  /**
   * Writes rows from the top of a sheet. A String is a text cell, a Number a General-format number,
   * a LocalDate a date cell formatted dd/mm/yyyy, a Formula a formula, null no cell at all.
   */
  static Sheet fill(Sheet sheet, Object[]... rows) {
    CellStyle dateStyle = null;
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object value = rows[r][c];
        if (value == null) continue;
        Cell cell = row.createCell(c);
        if (value instanceof String s) cell.setCellValue(s);
        else if (value instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (value instanceof Formula f) cell.setCellFormula(f.formula());
        else if (value instanceof LocalDate d) {
          if (dateStyle == null) {
            Workbook wb = sheet.getWorkbook();
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
          }
          cell.setCellValue(d);
          cell.setCellStyle(dateStyle);
        } else throw new IllegalArgumentException("cell value: " + value);
      }
    }
    return sheet;
  }

  static void merge(Sheet sheet, Merge... merges) {
    for (Merge m : merges) sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(), m.lastColumn()));
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  // ---- reading back ------------------------------------------------------------------------

  /** What {@link TableParser#read} handed over: each data row's fields by id, and its row number. */
  record Read(List<InputKind> kinds, List<Map<String, String>> rows, List<Integer> rowNumbers, ValidationReport report) {
    FileTally tally() {
      return report.tallies().get(0);
    }

    List<String> column(String field) {
      return rows.stream().map(r -> r.getOrDefault(field, "")).toList();
    }
  }

  /** Reads a file through {@link TableParser#read}, every row counted used; checks the file balances (rules §7). */
  static Read parse(Path file, InputKind... kinds) {
    ValidationReport report = new ValidationReport();
    List<Map<String, String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    FileReport fileReport = report.open(file.getFileName().toString(), kinds[0].id());
    List<InputKind> found = TableParser.read(file, file.getFileName().toString(), List.of(kinds), fileReport, (row, f) -> {
      Map<String, String> fields = new LinkedHashMap<>();
      for (Column column : row.header().kind().columns()) {
        if (row.has(column.id())) fields.put(column.id(), row.get(column.id()));
      }
      rows.add(fields);
      numbers.add(row.location().row());
      f.tally().countUsed();
    });
    report.commit(fileReport);
    assertBalanced(report);
    return new Read(found, rows, numbers, report);
  }

  static List<String> described(ValidationReport report) {
    return report.problems().stream().map(Problem::describe).toList();
  }

  static List<String> codes(ValidationReport report) {
    return report.problems().stream().map(Problem::code).toList();
  }

  /** rules §7: every file balances. */
  static void assertBalanced(ValidationReport report) {
    for (FileTally tally : report.tallies()) {
      assertThat(tally.read()).as("rows read in %s", tally.file()).isEqualTo(tally.used() + tally.rejected());
    }
  }

  /** read / used / rejected of one file. */
  static void assertTally(ValidationReport report, String file, int read, int used, int rejected) {
    FileTally tally = report.tallies().stream().filter(t -> t.file().equals(file)).findFirst().orElseThrow(
        () -> new AssertionError("no tally for " + file + " in " + report.tallies().stream().map(FileTally::file).toList()));
    assertThat(List.of(tally.read(), tally.used(), tally.rejected())).as("read, used, rejected of %s", file)
        .containsExactly(read, used, rejected);
  }

  // ---- a Sở's units ------------------------------------------------------------------------

  /**
   * A Sở Lao động – Thương binh và Xã hội as the seeds show it: phòng chuyên môn, đơn vị trực
   * thuộc, and two groups. One unit's name holds both " và " and a comma.
   */
  static UnitRegistry registry() {
    return new UnitRegistry(
        List.of(
            new Unit("VP", "Văn phòng Sở", List.of("Văn phòng")),
            new Unit("TTRA", "Thanh tra Sở", List.of()),
            new Unit("KHTC", "Phòng Kế hoạch – Tài chính", List.of("Phòng KH-TC")),
            new Unit("LDVL", "Phòng Lao động – Việc làm", List.of()),
            new Unit("BTXH", "Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội", List.of()),
            new Unit("TTDVVL", "Trung tâm Dịch vụ việc làm", List.of()),
            new Unit("CSBTXH", "Cơ sở Bảo trợ xã hội tổng hợp", List.of())),
        List.of(
            new UnitGroup("CPCM", "Các phòng chuyên môn", List.of(), List.of("KHTC", "LDVL", "BTXH")),
            new UnitGroup("DVTT", "Đơn vị trực thuộc", List.of("ĐVTT"), List.of("TTDVVL", "CSBTXH"))));
  }

  static UnitResolver units() {
    return new UnitResolver(registry());
  }
}
