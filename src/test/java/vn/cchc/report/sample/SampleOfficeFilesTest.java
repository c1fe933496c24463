package vn.cchc.report.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the sample office back and checks the byte forms and cells the generator promises
 * (data/README.md). Uses only POI, commons-csv and the JDK, never the program's own parsers.
 */
class SampleOfficeFilesTest {

  static final Path DATA = Path.of("data");
  static final Path REPORTS = DATA.resolve("bao-cao/2022-Q1");
  static final Path DOSSIERS = DATA.resolve("ho-so/2022-Q1");
  static final DataFormatter FMT = new DataFormatter();

  // ------------------------------------------------------------------ helpers

  static byte[] bytes(Path p) throws IOException {
    return Files.readAllBytes(p);
  }

  static String strict(byte[] b, int offset, Charset cs) throws CharacterCodingException {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
  }

  static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  static boolean contains(byte[] b, int value) {
    for (byte x : b) if ((x & 0xFF) == value) return true;
    return false;
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static Workbook open(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return WorkbookFactory.create(in);
    }
  }

  static String text(Sheet sh, int row, int col) {
    Row r = sh.getRow(row);
    if (r == null) return "";
    Cell c = r.getCell(col);
    return c == null ? "" : FMT.formatCellValue(c);
  }

  static List<CSVRecord> csv(String text, char sep) throws IOException {
    return CSVFormat.DEFAULT.builder().setDelimiter(sep).get().parse(new java.io.StringReader(text)).getRecords();
  }

  static Set<String> regions(Sheet sh) {
    Set<String> out = new HashSet<>();
    for (CellRangeAddress a : sh.getMergedRegions()) out.add(a.formatAsString());
    return out;
  }

  // ------------------------------------------------------------------ reproducibility

  @Test
  void committedFilesEqualAFreshRunOfTheGenerator(@TempDir Path tmp) throws IOException {
    new SampleOfficeGenerator(tmp).generate();
    List<Path> generated;
    try (Stream<Path> s = Files.walk(tmp)) {
      generated = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(generated).hasSize(14);
    for (Path g : generated) {
      Path committed = DATA.resolve(tmp.relativize(g).toString());
      assertThat(committed).as("committed %s", committed).exists();
      assertThat(bytes(committed)).as("%s is stale: rerun the generator", committed).isEqualTo(bytes(g));
    }
  }

  // ------------------------------------------------------------------ registry and plan

  @Test
  void registryHasATitleRowThenTheHeaderAndTwoGroups() throws IOException {
    try (Workbook wb = open(DATA.resolve("don-vi/danh-muc-don-vi.xlsx"))) {
      Sheet sh = wb.getSheetAt(0);
      assertThat(text(sh, 0, 0)).isEqualTo("DANH MỤC ĐƠN VỊ THUỘC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
      assertThat(List.of(text(sh, 1, 0), text(sh, 1, 1), text(sh, 1, 2), text(sh, 1, 3)))
          .containsExactly("Mã đơn vị", "Tên đơn vị", "Tên gọi khác", "Thành viên");
      List<String> codes = new ArrayList<>();
      for (int r = 2; r <= sh.getLastRowNum(); r++) codes.add(text(sh, r, 0));
      assertThat(codes).containsExactly("VP", "TTR", "KHTC", "LDVLBH", "NCC", "BTXH", "GDNN", "TEBDG", "TTDVVL",
          "TTBTXH", "CSCN", "PCM", "DVTT");
      assertThat(text(sh, 13, 3)).isEqualTo("KHTC;LDVLBH;NCC;BTXH;GDNN;TEBDG");
      assertThat(text(sh, 14, 2)).isEqualTo("ĐVTT; ĐVTT Sở; Đơn vị trực thuộc");
      assertThat(text(sh, 14, 3)).isEqualTo("TTDVVL;TTBTXH;CSCN");
    }
  }

  @Test
  void planKeepsTheSeedRowsWithNumericAndTextStt() throws IOException {
    try (Workbook wb = open(DATA.resolve("ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx"))) {
      Sheet sh = wb.getSheetAt(0);
      assertThat(text(sh, 0, 0)).isEqualTo("Phụ lục");
      assertThat(text(sh, 1, 0)).isEqualTo("NỘI DUNG CÔNG VIỆC VÀ THỜI GIAN HOÀN THÀNH");
      assertThat(text(sh, 3, 0)).contains("Kế hoạch số 56/KH-SLĐTBXH ngày 01/9/2021");
      assertThat(text(sh, 4, 0)).isEmpty();
      List<String> header = new ArrayList<>();
      for (int c = 0; c < 7; c++) header.add(text(sh, 5, c));
      assertThat(header).containsExactly("STT", "Nội dung công việc", "Đơn vị  chủ trì", "Đơn vị thực hiện", "Kết quả",
          "Thời gian thực hiện", "Ghi chú");
      List<String> ids = new ArrayList<>();
      for (int r = 6; r <= sh.getLastRowNum(); r++) ids.add(text(sh, r, 0));
      assertThat(ids).containsExactly("1", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "4", "4.1", "4.2", "4.3", "5",
          "5.1", "5.2", "6", "7", "8", "8.1", "8.2", "8.3 ");
      Cell stt21 = sh.getRow(8).getCell(0);
      Cell stt42 = sh.getRow(16).getCell(0);
      assertThat(stt21.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(stt21.getNumericCellValue()).isEqualTo(2.1);
      assertThat(stt42.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(stt42.getNumericCellValue()).isEqualTo(4.2);
      assertThat(sh.getRow(9).getCell(0).getCellType()).isEqualTo(CellType.STRING); // "2.2"
      // Group headings carry content only.
      for (int r : new int[] {7, 11, 14, 18, 23}) {
        assertThat(text(sh, r, 1)).isNotBlank();
        assertThat(text(sh, r, 2) + text(sh, r, 3) + text(sh, r, 5)).isEmpty();
      }
      assertThat(text(sh, 6, 2)).isEqualTo("Văn phòng Sở");
      assertThat(text(sh, 6, 3)).isEqualTo("Các phòng chuyên môn, ĐVTT");
      assertThat(text(sh, 21, 2)).isEqualTo(" Phòng BTXH&PCTNXH");
      assertThat(text(sh, 20, 5)).isEqualTo("06/2021");
      assertThat(text(sh, 26, 5)).isEqualTo("Quý I/2022");
      assertThat(text(sh, 8, 5)).isEqualTo("Trước 25/9/2021");
    }
  }

  // ------------------------------------------------------------------ unit submissions

  @Test
  void vpWorkbookHasTwoRowHeaderHiddenSheetAndEveryDateForm() throws IOException {
    try (Workbook wb = open(REPORTS.resolve("VP.xlsx"))) {
      assertThat(wb.getSheetName(1)).isEqualTo("DanhMuc");
      assertThat(wb.isSheetHidden(1)).isTrue();
      assertThat(text(wb.getSheetAt(1), 0, 0)).isEqualTo("Hoàn thành");
      Sheet sh = wb.getSheetAt(0);
      assertThat(wb.isSheetHidden(0)).isFalse();
      assertThat(regions(sh)).contains("A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5");
      assertThat(text(sh, 3, 2)).isEqualTo("Kết quả thực hiện");
      assertThat(List.of(text(sh, 4, 2), text(sh, 4, 3), text(sh, 4, 4)))
          .containsExactly("Tình trạng", "Ngày hoàn thành", "Sản phẩm");
      assertThat(sh.getDataValidations()).hasSize(1);

      // STT as numbers, with blank rows between groups.
      assertThat(sh.getRow(5).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sh.getRow(8).getCell(0).getNumericCellValue()).isEqualTo(2.2);
      assertThat(sh.getRow(6)).isNull();

      Cell formula = sh.getRow(8).getCell(3); // 2.2
      assertThat(formula.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(formula.getCellFormula()).isEqualTo("DATE(2021,9,28)");
      assertThat(formula.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
      assertThat(formula.getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDate.of(2021, 9, 28)));
      assertThat(DateUtil.isCellDateFormatted(formula)).isTrue();

      Cell serial = sh.getRow(11).getCell(3); // 3.1
      assertThat(text(sh, 11, 0)).isEqualTo("3.1");
      assertThat(serial.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(serial)).isFalse();
      assertThat(serial.getNumericCellValue()).isEqualTo(44449.0);

      Cell real = sh.getRow(9).getCell(3); // 2.3
      assertThat(DateUtil.isCellDateFormatted(real)).isTrue();
      assertThat(real.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 9, 30));

      Cell typed = sh.getRow(19).getCell(3); // 7
      assertThat(text(sh, 19, 0)).isEqualTo("7");
      assertThat(typed.getCellType()).isEqualTo(CellType.STRING);
      assertThat(typed.getStringCellValue()).isEqualTo("24/9/2021");

      assertThat(text(sh, 7, 0)).isEqualTo("2"); // the planted group-heading row
    }
  }

  @Test
  void khtcIsWindows1258WithCombiningToneMarks() throws IOException {
    byte[] b = bytes(REPORTS.resolve("KHTC.csv"));
    assertThat(startsWith(b, 0xEF, 0xBB, 0xBF)).isFalse();
    for (int tone : new int[] {0xCC, 0xEC, 0xDE, 0xD2, 0xF2}) {
      assertThat(contains(b, tone)).as("tone byte %02X", tone).isTrue();
    }
    assertThat(contains(b, 0xE1)).as("no precomposed á").isFalse();
    assertThat(contains(b, 0x96)).as("en dash").isTrue();
    String raw = strict(b, 0, Charset.forName("windows-1258"));
    assertThat(Normalizer.isNormalized(raw, Normalizer.Form.NFC)).isFalse();
    String s = nfc(raw);
    assertThat(s).contains("Phòng Kế hoạch – Tài chính", "Không thực hiện", "Đã hoàn thành").contains("\r\n");
    List<CSVRecord> rows = csv(s, ';');
    assertThat(rows.get(1).get(0)).isEqualTo("STT");
    assertThat(rows.get(1).get(1)).isEqualTo("Đơn vị");
    assertThat(rows).hasSize(7);
    assertThat(rows.get(3).get(0)).isEqualTo("2.2"); // line 4, the planted task it does not lead
  }

  @Test
  void ldvlbhIsCsvUtf8WithBomAndQuotedCommas() throws IOException {
    byte[] b = bytes(REPORTS.resolve("LDVLBH.csv"));
    assertThat(startsWith(b, 0xEF, 0xBB, 0xBF)).isTrue();
    String s = strict(b, 3, StandardCharsets.UTF_8);
    assertThat(s).startsWith("STT,Tình trạng,").contains("\"Khó khăn, vướng mắc\"");
    List<CSVRecord> rows = csv(s, ',');
    assertThat(rows).hasSize(5);
    assertThat(rows.get(1).get(2)).matches("\\d{2}/\\d{2}/\\d{4}");
    assertThat(rows.get(1).get(3)).contains(", "); // a quoted cell holding commas
    assertThat(rows.get(3).get(4)).contains("\n"); // Alt+Enter inside a cell
    assertThat(rows.get(4).get(1)).isEqualTo("Xong rồi");
    assertThat(s.split("\r\n", -1)[4]).startsWith("8.2,"); // line 6 after the line break in line 4–5
  }

  @Test
  void btxhIsUnicodeTextUtf16LeWithBomAndTabs() throws IOException {
    byte[] b = bytes(REPORTS.resolve("BTXH.txt"));
    assertThat(startsWith(b, 0xFF, 0xFE)).isTrue();
    String s = strict(b, 2, StandardCharsets.UTF_16LE);
    String[] lines = s.split("\r\n");
    assertThat(lines[0]).isEqualTo("STT\tTình trạng\tNgày hoàn thành\tSản phẩm\tKhó khăn, vướng mắc\tĐề xuất, kiến nghị\tGhi chú");
    assertThat(lines).hasSize(6);
    assertThat(lines[5]).startsWith("8.2\tHoàn thành\t18/3/2022\t");
  }

  @Test
  void nccIsNfdUtf8WithoutBomAndIsoDates() throws IOException {
    byte[] b = bytes(REPORTS.resolve("NCC.csv"));
    assertThat(startsWith(b, 'S', 'T', 'T')).isTrue();
    String s = strict(b, 0, StandardCharsets.UTF_8);
    assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFD)).isTrue();
    assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).isFalse();
    assertThat(s).doesNotContain("\r").contains("T" + "i\u0300nh");
    assertThat(nfc(s)).contains("2021-09-23", "Tình trạng");
    List<CSVRecord> rows = csv(nfc(s), ',');
    assertThat(rows.get(2).get(0)).isEqualTo("3.2");
    assertThat(rows.get(2).get(2)).isEmpty();
  }

  @Test
  void gdnnIsAnOldExcelWorkbookWithAnIdenticalDuplicate() throws IOException {
    byte[] b = bytes(REPORTS.resolve("GDNN.xls"));
    assertThat(startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)).isTrue();
    try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(REPORTS.resolve("GDNN.xls")))) {
      Sheet sh = wb.getSheetAt(0);
      assertThat(text(sh, 3, 0)).isEqualTo("STT");
      assertThat(text(sh, 3, 2)).isEqualTo("Tình trạng");
      List<String> row6 = new ArrayList<>();
      List<String> row7 = new ArrayList<>();
      for (int c = 0; c < 6; c++) {
        row6.add(text(sh, 5, c));
        row7.add(text(sh, 6, c));
      }
      assertThat(row6).isEqualTo(row7);
      assertThat(row6.get(0)).isEqualTo("3.2");
      assertThat(DateUtil.isCellDateFormatted(sh.getRow(5).getCell(3))).isTrue();
      assertThat(text(sh, 9, 0)).isEqualTo("9.1");
    }
  }

  @Test
  void ttdvvlHasAUnitColumnWithOneUnknownUnit() throws IOException {
    try (Workbook wb = open(REPORTS.resolve("TTDVVL.xlsx"))) {
      Sheet sh = wb.getSheetAt(0);
      assertThat(text(sh, 0, 1)).isEqualTo("Đơn vị");
      assertThat(text(sh, 2, 1)).isEqualTo("TT DVVL");
      assertThat(text(sh, 5, 1)).isEqualTo("Phòng Tổ chức cán bộ");
      assertThat(sh.getLastRowNum()).isEqualTo(5);
    }
  }

  @Test
  void ttbtxhAndCscnAreUtf8WithBom() throws IOException {
    byte[] t = bytes(REPORTS.resolve("TTBTXH.csv"));
    assertThat(startsWith(t, 0xEF, 0xBB, 0xBF)).isTrue();
    List<CSVRecord> rows = csv(strict(t, 3, StandardCharsets.UTF_8), ';');
    assertThat(rows.get(0).get(0)).isEqualTo("Mã đơn vị");
    assertThat(rows.get(2).get(1)).isEqualTo("3.2");
    assertThat(rows.get(5).get(1)).isEqualTo("3.2");
    assertThat(rows.get(2).get(2)).isNotEqualTo(rows.get(5).get(2));

    byte[] c = bytes(REPORTS.resolve("CSCN.csv"));
    assertThat(startsWith(c, 0xEF, 0xBB, 0xBF)).isTrue();
    List<CSVRecord> cs = csv(strict(c, 3, StandardCharsets.UTF_8), ',');
    assertThat(cs).hasSize(3);
    assertThat(cs.get(1).get(1)).isEqualTo("Không thực hiện");
    assertThat(cs.get(1).get(4)).isEmpty();
    assertThat(Files.exists(REPORTS.resolve("TEBDG.xlsx")) || Files.exists(REPORTS.resolve("TEBDG.csv"))).isFalse();
  }

  // ------------------------------------------------------------------ dossiers

  @Test
  void bieu06HasTheThreeLevelHeaderFormulasAndOnePlantedMismatch() throws IOException {
    try (Workbook wb = open(DOSSIERS.resolve("bieu-06-tong-hop.xlsx"))) {
      Sheet sh = wb.getSheetAt(0);
      assertThat(text(sh, 0, 0)).isEqualTo("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
      assertThat(text(sh, 1, 0)).isEqualTo("(Từ ngày 15/12/2021 đến ngày 14/3/2022)");
      Cell unitLine = sh.getRow(2).getCell(9);
      assertThat(unitLine.getStringCellValue()).isEqualTo("Đơn vị tính: Số hồ sơ TTHC");
      assertThat(unitLine.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
      assertThat(regions(sh)).contains(
          "A4:A6", "B4:B6", "C4:F4", "G4:J4", "K4:M4",
          "C5:C6", "D5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:I6", "J5:J6", "K5:K6", "L5:L6", "M5:M6");
      assertThat(text(sh, 3, 2)).isEqualTo("Số hồ sơ nhận giải quyết");
      assertThat(text(sh, 4, 3)).isEqualTo("Trong kỳ");
      assertThat(text(sh, 5, 3)).isEqualTo("Trực tuyến");
      assertThat(text(sh, 5, 4)).isEqualTo("Trực tiếp, dịch vụ bưu chính");
      assertThat(text(sh, 4, 5)).isEqualTo("Từ kỳ trước");
      for (int c = 0; c < 13; c++) assertThat(text(sh, 6, c)).isEqualTo("(" + (c + 1) + ")");

      Cell dotted = sh.getRow(8).getCell(4);
      assertThat(dotted.getCellType()).isEqualTo(CellType.STRING);
      assertThat(dotted.getStringCellValue()).isEqualTo("1.027");

      List<String> mismatched = new ArrayList<>();
      for (int r = 7; r <= 11; r++) {
        long[] v = new long[13];
        for (int c = 2; c < 13; c++) {
          Cell cell = sh.getRow(r).getCell(c);
          if (c == 2 || c == 6 || c == 10) {
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
          }
          v[c] = cell.getCellType() == CellType.STRING
              ? Long.parseLong(cell.getStringCellValue().replace(".", ""))
              : Math.round(cell.getNumericCellValue());
        }
        assertThat(v[2]).isEqualTo(v[3] + v[4] + v[5]);
        assertThat(v[6]).isEqualTo(v[7] + v[8] + v[9]);
        assertThat(v[10]).isEqualTo(v[11] + v[12]);
        if (v[2] != v[6] + v[10]) mismatched.add(text(sh, r, 1));
      }
      assertThat(mismatched).containsExactly("Phòng BTXH&PCTNXH");

      Row total = sh.getRow(12);
      assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat(wb.getFontAt(total.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(total.getCell(2).getCellFormula()).isEqualTo("C8+C9+C10+C11+C12");
      assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(1268.0);
      assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(41 + 1027 + 27 + 9);
    }
  }

  @Test
  void dossierListIsAOneStopExport() throws IOException {
    byte[] b = bytes(DOSSIERS.resolve("danh-sach-ho-so-TTDVVL.csv"));
    assertThat(startsWith(b, 0xEF, 0xBB, 0xBF)).isTrue();
    List<CSVRecord> rows = csv(strict(b, 3, StandardCharsets.UTF_8), ',');
    assertThat(rows.get(0).values()).containsExactly("Mã hồ sơ", "Cơ quan giải quyết", "Ngày tiếp nhận", "Ngày hẹn trả",
        "Ngày có kết quả", "Hình thức nộp");
    List<CSVRecord> data = rows.subList(1, rows.size());
    assertThat(data).hasSizeBetween(250, 350);
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    LocalDate cut = LocalDate.of(2022, 3, 14);
    int late = 0, pendingLate = 0, pending = 0, carried = 0;
    Set<String> channels = new HashSet<>();
    for (CSVRecord r : data) {
      assertThat(r.get(1)).isEqualTo("Trung tâm Dịch vụ việc làm");
      LocalDate received = LocalDate.parse(r.get(2), f);
      LocalDate due = LocalDate.parse(r.get(3), f);
      assertThat(received).isBetween(LocalDate.of(2021, 12, 1), cut);
      assertThat(due).isAfter(received);
      channels.add(r.get(5));
      if (r.get(4).isEmpty()) {
        pending++;
        if (due.isBefore(cut)) pendingLate++;
        if (received.isBefore(LocalDate.of(2021, 12, 15))) carried++;
      } else {
        LocalDate done = LocalDate.parse(r.get(4), f);
        assertThat(done).isBetween(received, cut);
        if (done.isAfter(due)) late++;
        if (received.isBefore(LocalDate.of(2021, 12, 15)) && !done.isBefore(LocalDate.of(2021, 12, 15))) carried++;
      }
    }
    assertThat(channels).containsExactlyInAnyOrder("Trực tuyến", "Trực tiếp", "Bưu chính");
    assertThat(late).isEqualTo(3);
    assertThat(pendingLate).isEqualTo(3);
    assertThat(pending).isGreaterThan(pendingLate);
    assertThat(carried).isPositive();
  }

  @Test
  void readmeNamesEveryFileAndPlantedProblem() throws IOException {
    String md = Files.readString(DATA.resolve("README.md"));
    for (String f : List.of("don-vi/danh-muc-don-vi.xlsx", "ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx", "VP.xlsx", "KHTC.csv",
        "LDVLBH.csv", "BTXH.txt", "NCC.csv", "GDNN.xls", "TTDVVL.xlsx", "TTBTXH.csv", "CSCN.csv", "bieu-06-tong-hop.xlsx",
        "danh-sach-ho-so-TTDVVL.csv")) {
      assertThat(md).contains(f);
    }
    assertThat(md).contains("Xong rồi", "18/3/2022", "9.1", "Phòng Tổ chức cán bộ", "TEBDG", "line 6 (record 5)");
  }
}
