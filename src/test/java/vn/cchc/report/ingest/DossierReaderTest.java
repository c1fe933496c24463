package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.lines;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.ingest.Fixtures.Formula;
import vn.cchc.report.problem.Severity;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/** data-contract.md §4, rules §6: the aggregate table and the dossier list, told apart by their headers and checked. */
class DossierReaderTest {
  private static final String FOLDER = "ho-so/2022-Q3";
  private static final LocalDate FROM = LocalDate.of(2022, 6, 15);
  private static final LocalDate TO = LocalDate.of(2022, 9, 14);
  private static final String TABLE_HEADER = "Đơn vị;Kỳ trước chuyển qua;Tiếp nhận trực tuyến;Tiếp nhận trực tiếp;Đã giải quyết trước hạn;"
      + "Đã giải quyết đúng hạn;Đã giải quyết quá hạn;Đang giải quyết trong hạn;Đang giải quyết quá hạn";

  @TempDir Path dir;

  private final ValidationReport report = new ValidationReport();

  private Path folder() {
    return dir.resolve(FOLDER);
  }

  private Map<String, DossierCounts> readFolder() {
    return DossierReader.read(folder(), FOLDER, dir, new DossierReader.Context(Fixtures.units(), FROM, TO), report);
  }

  private Map<String, DossierCounts> readFile(Path file) {
    return DossierReader.readFile(file, FOLDER + "/" + file.getFileName(), Fixtures.units(), FROM, TO, report);
  }

  private static DossierCounts counts(String unit, long carried, long online, long direct, long postal, long early, long onDue,
      long late, long pendingOk, long pendingLate, long returned, SourceLocation row) {
    return new DossierCounts(unit, carried, online, direct, postal, early, onDue, late, pendingOk, pendingLate, returned, row);
  }

  @Test
  void readsBieu06WithItsLevelAndTotalRows() throws Exception {
    // Seed 003: 1.480 received, 1.463 resolved trước hạn/đúng hạn, 17 in progress.
    Path file = Fixtures.workbook(folder(), "bieu06.xlsx", wb -> WorkbookLayoutTest.bieu06Header(
        Fixtures.fill(wb.createSheet("Biểu 06"), WorkbookLayoutTest.bieu06(
            row("I", "Sở, ban, ngành"),
            row(1, "Văn phòng Sở", new Formula("D9+E9+F9"), 1000, 400, 80, new Formula("H9+I9+J9"), 1200, 263, 0,
                new Formula("L9+M9"), 17, 0),
            row(2, "Trung tâm Dịch vụ việc làm", 15, 12, 3, 0, 15, 10, 5, 0, 0, 0, 0),
            row(null, "Tổng cộng", 1495, 1012, 403, 80, 1478, 1210, 268, 0, 17, 17, 0)))));

    Map<String, DossierCounts> result = readFile(file);

    assertThat(report.problems()).isEmpty();
    SourceLocation vp = new SourceLocation(FOLDER + "/bieu06.xlsx", "Biểu 06", 9, null);
    SourceLocation ttdvvl = new SourceLocation(FOLDER + "/bieu06.xlsx", "Biểu 06", 10, null);
    assertThat(result).containsExactly(
        Map.entry("VP", counts("VP", 80, 1000, 400, 0, 1200, 263, 0, 17, 0, -1, vp)),
        Map.entry("TTDVVL", counts("TTDVVL", 0, 12, 3, 0, 10, 5, 0, 0, 0, -1, ttdvvl)));
    assertThat(result.get("VP").received()).isEqualTo(1480);
    Fixtures.assertBalanced(report);
  }

  @Test
  void readsAWindows1258TableWithThousandsSeparatorsAndRejectsBadCounts() throws Exception {
    Path file = Fixtures.write(folder(), "tong-hop.csv", Fixtures.windows1258(lines(
        "KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III/2022;;;;;;;;",
        TABLE_HEADER,
        "Văn phòng Sở;80;1.000;400;1.200;263;0;17;0",
        "Trung tâm Dịch vụ việc làm;0;1,480;0;1 463;0;0;17;0",
        "Thanh tra Sở;12,5;-3;abc;0;0;0;0;0",
        "TỔNG CỘNG:;80;2.480;400;2.663;263;0;34;0")));

    Map<String, DossierCounts> result = readFile(file);

    String at = FOLDER + "/tong-hop.csv, dòng 5, cột ";
    String bad = "\" không phải số nguyên không âm. Hãy ghi số hồ sơ bằng chữ số, ví dụ 1480 hoặc 1.480.";
    assertThat(Fixtures.described(report)).containsExactly(
        at + "B (Kỳ trước chuyển qua): \"12,5" + bad,
        at + "C (Tiếp nhận trực tuyến): \"-3" + bad,
        at + "D (Tiếp nhận trực tiếp): \"abc" + bad);
    assertThat(Fixtures.codes(report)).containsOnly("BAD_NUMBER");
    assertThat(result.keySet()).containsExactly("VP", "TTDVVL");
    assertThat(result.get("TTDVVL").receivedOnline()).isEqualTo(1480);
    assertThat(result.get("TTDVVL").early()).isEqualTo(1463);
    Fixtures.assertTally(report, FOLDER + "/tong-hop.csv", 4, 3, 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Tổng cộng
      TỔNG CỘNG
      Tổng cộng:
      Tổng số
      Cộng
      Tong cong
      """)
  void doesNotTakeATotalRowForAUnit(String label) throws Exception {
    Path file = Fixtures.write(folder(), "tong-hop.csv", Fixtures.utf8(lines(
        TABLE_HEADER, "Văn phòng Sở;80;1.000;400;1.200;263;0;17;0", label + ";80;1.000;400;1.200;263;0;17;0")));

    Map<String, DossierCounts> result = readFile(file);

    assertThat(report.problems()).isEmpty();
    assertThat(result.keySet()).containsExactly("VP");
    Fixtures.assertBalanced(report);
  }

  @Test
  void doesNotTakeATotalRowWrittenAcrossTheSttColumnForAUnit() throws Exception {
    // "Tổng cộng" merged over STT and Đơn vị: the text sits in the STT cell, the unit cell is empty.
    Path file = Fixtures.workbook(folder(), "bieu06.xlsx", wb -> {
      var sheet = Fixtures.fill(wb.createSheet("Biểu 06"), WorkbookLayoutTest.bieu06(
          row(1, "Văn phòng Sở", 1480, 1000, 400, 80, 1463, 1200, 263, 0, 17, 17, 0),
          row("Tổng cộng", null, 1480, 1000, 400, 80, 1463, 1200, 263, 0, 17, 17, 0)));
      WorkbookLayoutTest.bieu06Header(sheet);
      Fixtures.merge(sheet, new Fixtures.Merge(8, 8, 0, 1));
    });

    Map<String, DossierCounts> result = readFile(file);

    assertThat(report.problems()).isEmpty();
    assertThat(result.keySet()).containsExactly("VP");
  }

  @Test
  void asksForTheUnitWhenARowOfFiguresHasNone() throws Exception {
    Path table = Fixtures.write(folder(), "tong-hop.csv", Fixtures.utf8(lines(TABLE_HEADER, ";0;1;0;1;0;0;0;0")));
    Path list = Fixtures.write(folder(), "mot-cua.csv", Fixtures.utf8(lines(
        "Mã hồ sơ;Đơn vị;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp", "H1;;1/7/2022;10/7/2022;;Trực tuyến")));

    readFile(table);
    readFile(list);

    assertThat(Fixtures.described(report)).containsExactly(
        FOLDER + "/tong-hop.csv, dòng 2, cột A (Đơn vị): thiếu đơn vị. Hãy điền giá trị vào ô này.",
        FOLDER + "/mot-cua.csv, dòng 2, cột B (Đơn vị): thiếu đơn vị. Hãy điền giá trị vào ô này.");
    Fixtures.assertTally(report, FOLDER + "/tong-hop.csv", 1, 0, 1);
    Fixtures.assertTally(report, FOLDER + "/mot-cua.csv", 1, 0, 1);
  }

  @Test
  void showsBothSumsWhenTheFiguresDoNotAddUp() throws Exception {
    Path file = Fixtures.write(folder(), "tong-hop.csv", Fixtures.utf8(lines(
        TABLE_HEADER + ";Trả lại, rút hồ sơ",
        "Phòng Kế hoạch – Tài chính;0;10;5;10;4;0;0;0;",
        "Phòng Lao động – Việc làm;0;10;5;10;3;0;0;0;2")));

    Map<String, DossierCounts> result = readFile(file);

    assertThat(Fixtures.described(report)).containsExactly(
        FOLDER + "/tong-hop.csv, dòng 2: số liệu không khớp: số nhận giải quyết = đã giải quyết + đang giải quyết + trả lại/rút "
            + "(15 ≠ 14). Hãy kiểm tra lại các cột của dòng này.");
    assertThat(report.problems().get(0).code()).isEqualTo("DOSSIER_MISMATCH");
    assertThat(report.problems().get(0).value()).isEqualTo("15 ≠ 14");
    assertThat(result.keySet()).containsExactly("LDVL");
    assertThat(result.get("LDVL").returned()).isEqualTo(2);
    Fixtures.assertTally(report, FOLDER + "/tong-hop.csv", 2, 1, 1);
  }

  @Test
  void checksEveryBieu06IdentityWithItsColumn() throws Exception {
    Path file = Fixtures.workbook(folder(), "bieu06.xlsx", wb -> WorkbookLayoutTest.bieu06Header(
        Fixtures.fill(wb.createSheet("Biểu 06"), WorkbookLayoutTest.bieu06(
            row(1, "Văn phòng Sở", 1481, 1000, 400, 80, 1460, 1200, 263, 0, 18, 17, 0)))));

    readFile(file);

    String at = FOLDER + "/bieu06.xlsx, trang tính \"Biểu 06\", dòng 8";
    String check = ". Hãy kiểm tra lại các cột của dòng này.";
    assertThat(Fixtures.described(report)).containsExactly(
        at + ", cột C (Số hồ sơ nhận giải quyết / Tổng số): số liệu không khớp: (3) Tổng số nhận = (4) + (5) + (6) (1481 ≠ 1480)" + check,
        at + ", cột G (Số hồ sơ đã giải quyết / Tổng số): số liệu không khớp: (7) Tổng số đã giải quyết = (8) + (9) + (10) (1460 ≠ 1463)"
            + check,
        at + ", cột K (Số hồ sơ đang giải quyết / Tổng số): số liệu không khớp: (11) Tổng số đang giải quyết = (12) + (13) (18 ≠ 17)"
            + check);
    Fixtures.assertTally(report, FOLDER + "/bieu06.xlsx", 1, 0, 1);
  }

  @Test
  void refusesAGroupOrAnUnknownUnitAndASecondRowForOneUnit() throws Exception {
    Path file = Fixtures.write(folder(), "tong-hop.csv", Fixtures.utf8(lines(
        TABLE_HEADER,
        "ĐVTT;0;1;0;1;0;0;0;0",
        "Sở Tài chính;0;1;0;1;0;0;0;0",
        "Văn phòng Sở;0;1;0;1;0;0;0;0",
        "VP;0;2;0;2;0;0;0;0")));

    Map<String, DossierCounts> result = readFile(file);

    String at = FOLDER + "/tong-hop.csv, dòng ";
    assertThat(Fixtures.described(report)).containsExactly(
        at + "2, cột A (Đơn vị): \"ĐVTT\" là nhóm đơn vị (gồm: Trung tâm Dịch vụ việc làm, Cơ sở Bảo trợ xã hội tổng hợp), "
            + "không phải một đơn vị. Mỗi dòng chỉ ghi một đơn vị: hãy ghi mã hoặc tên của đơn vị đó.",
        at + "3, cột A (Đơn vị): không có đơn vị \"Sở Tài chính\" trong danh mục đơn vị (gần nhất: \"Văn phòng Sở (VP)\", "
            + "\"Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội (BTXH)\", \"Cơ sở Bảo trợ xã hội tổng hợp (CSBTXH)\"). "
            + "Hãy ghi đúng mã hoặc tên đơn vị, hoặc thêm tên này vào cột Tên gọi khác của danh mục.",
        at + "5: đơn vị Văn phòng Sở đã có số liệu hồ sơ ở " + at + "4. Mỗi đơn vị chỉ một dòng số liệu trong kỳ: hãy xóa dòng trùng.");
    assertThat(result.get("VP").receivedOnline()).isEqualTo(1);
    Fixtures.assertTally(report, FOLDER + "/tong-hop.csv", 4, 1, 3);
  }

  @Test
  void tallysADossierListForTheDataWindow() throws Exception {
    Path file = Fixtures.workbook(folder(), "mot-cua.xlsx",
        row("DANH SÁCH HỒ SƠ TỪ 15/6/2022 ĐẾN 14/9/2022"),
        row("Mã hồ sơ", "Cơ quan giải quyết", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Hình thức nộp"),
        row("H001", "Văn phòng Sở", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 10), LocalDate.of(2022, 7, 5), "Trực tuyến"),
        row("H002", "VP", "01/07/2022", "10/07/2022", "10/07/2022", "Trực tiếp"),
        row("H003", "Văn phòng Sở", LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 2), "Dịch vụ công trực tuyến"),
        row("H004", "Văn phòng Sở", LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 20), null, "Trực tiếp"),
        row("H005", "Trung tâm Dịch vụ việc làm", LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 10), null, "Bưu chính công ích"),
        row("H001", "Văn phòng Sở", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 10), LocalDate.of(2022, 7, 5), "Trực tuyến"),
        row("H006", "Văn phòng Sở", LocalDate.of(2022, 8, 10), LocalDate.of(2022, 8, 20), LocalDate.of(2022, 8, 5), "Trực tiếp"),
        row("H007", "Văn phòng Sở", "32/8/2022", LocalDate.of(2022, 9, 1), null, "Trực tiếp"),
        row("H008", "Văn phòng Sở", 44774, 44783, 44782, "Qua Zalo"),
        row("H009", "Văn phòng Sở", LocalDate.of(2022, 9, 20), LocalDate.of(2022, 9, 30), null, "Trực tuyến"));

    Fixtures.Read kinds = Fixtures.parse(file, InputKind.DOSSIER_TABLE, InputKind.DOSSIER_LIST);
    Map<String, DossierCounts> result = readFile(file);

    assertThat(kinds.kinds()).containsExactly(InputKind.DOSSIER_LIST);
    String at = FOLDER + "/mot-cua.xlsx, trang tính \"Sheet1\", dòng ";
    assertThat(Fixtures.described(report)).containsExactly(
        at + "8, cột A (Mã hồ sơ): mã hồ sơ \"H001\" xuất hiện lần thứ hai trong danh sách; dòng này không được tính. "
            + "Hãy kiểm tra tệp xuất từ hệ thống một cửa.",
        at + "9, cột E (Ngày có kết quả): ngày có kết quả 05/8/2022 trước ngày tiếp nhận 10/8/2022. Hãy sửa lại ngày.",
        at + "10, cột C (Ngày tiếp nhận): không hiểu ngày \"32/8/2022\". Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 20/9/2021, "
            + "hoặc dùng ô kiểu Ngày của Excel.",
        at + "11, cột F (Hình thức nộp): không hiểu hình thức nộp \"Qua Zalo\" (cần Trực tuyến, Trực tiếp hoặc Bưu chính); "
            + "hồ sơ được tính là nộp trực tiếp.");
    assertThat(report.problems().get(3).severity()).isEqualTo(Severity.WARNING);
    assertThat(result).containsExactly(
        Map.entry("VP", counts("VP", 1, 1, 3, 0, 2, 1, 1, 1, 0, -1, new SourceLocation(FOLDER + "/mot-cua.xlsx", "Sheet1", 3, null))),
        Map.entry("TTDVVL", counts("TTDVVL", 0, 0, 0, 1, 0, 0, 0, 0, 1, -1, new SourceLocation(FOLDER + "/mot-cua.xlsx", "Sheet1", 7, null))));
    Fixtures.assertTally(report, FOLDER + "/mot-cua.xlsx", 10, 7, 3);
  }

  @Test
  void warnsOnceWhenTheListHasNoChannelColumn() throws Exception {
    Path file = Fixtures.write(folder(), "mot-cua.csv", Fixtures.utf8WithBom(lines(
        "Số hồ sơ,Đơn vị,Ngày nhận,Hạn trả kết quả,Ngày trả kết quả",
        "H1,Thanh tra Sở,1/7/2022,10/7/2022,9/7/2022",
        "H2,Thanh tra Sở,2/7/2022,10/7/2022,")));

    Map<String, DossierCounts> result = readFile(file);

    assertThat(Fixtures.described(report)).containsExactly(FOLDER + "/mot-cua.csv: danh sách hồ sơ không có cột Hình thức nộp nên "
        + "mọi hồ sơ được tính là nộp trực tiếp và tỷ lệ trực tuyến là 0. Nếu hệ thống một cửa xuất được cột này, hãy xuất lại kèm cột "
        + "Hình thức nộp.");
    assertThat(result.get("TTRA").receivedDirect()).isEqualTo(2);
    Fixtures.assertTally(report, FOLDER + "/mot-cua.csv", 2, 2, 0);
  }

  @Test
  void refusesAUnitWithFiguresInTwoFiles() throws Exception {
    Fixtures.write(folder(), "a-tong-hop.csv", Fixtures.utf8(lines(
        TABLE_HEADER, "Văn phòng Sở;0;1;0;1;0;0;0;0", "Thanh tra Sở;0;1;0;1;0;0;0;0")));
    Fixtures.write(folder(), "b-mot-cua.csv", Fixtures.utf8(lines(
        "Mã hồ sơ;Đơn vị;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp",
        "H1;Phòng Lao động – Việc làm;1/7/2022;10/7/2022;9/7/2022;Trực tuyến",
        "H2;VP;1/7/2022;10/7/2022;9/7/2022;Trực tuyến",
        "H3;VP;2/7/2022;10/7/2022;;Trực tiếp")));

    Map<String, DossierCounts> result = readFolder();

    assertThat(Fixtures.described(report)).containsExactly(FOLDER + "/b-mot-cua.csv, dòng 3: đơn vị Văn phòng Sở đã có số liệu hồ sơ ở "
        + FOLDER + "/a-tong-hop.csv, dòng 2. Mỗi đơn vị chỉ một dòng số liệu trong kỳ: hãy xóa dòng trùng.");
    assertThat(report.problems().get(0).code()).isEqualTo("DUPLICATE_DOSSIER_UNIT");
    assertThat(result.keySet()).containsExactly("VP", "TTRA", "LDVL");
    assertThat(result.get("VP").receivedOnline()).isEqualTo(1);
    Fixtures.assertTally(report, FOLDER + "/a-tong-hop.csv", 2, 2, 0);
    // The two VP rows of the list are not used: the unit's figures come from the first file.
    Fixtures.assertTally(report, FOLDER + "/b-mot-cua.csv", 3, 1, 2);
  }

  @Test
  void refusesAUnitWithFiguresInATableSheetAndAListSheetOfOneWorkbook() throws Exception {
    Path file = Fixtures.workbook(folder(), "ho-so.xlsx", wb -> {
      Fixtures.fill(wb.createSheet("Tổng hợp"),
          row("Đơn vị", "Từ kỳ trước", "Trực tuyến", "Trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn", "Chưa đến hạn",
              "Đang giải quyết quá hạn"),
          row("Văn phòng Sở", 0, 2, 0, 2, 0, 0, 0, 0));
      Fixtures.fill(wb.createSheet("Danh sách"),
          row("Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Hình thức nộp"),
          row("H1", "Văn phòng Sở", "1/7/2022", "10/7/2022", "9/7/2022", "Trực tuyến"),
          row("H2", "Văn phòng Sở", "1/7/2022", "10/7/2022", "9/7/2022", "Trực tuyến"),
          row("H3", "Thanh tra Sở", "1/7/2022", "10/7/2022", "", "Trực tiếp"));
    });

    Map<String, DossierCounts> result = readFile(file);

    assertThat(Fixtures.described(report)).containsExactly(FOLDER + "/ho-so.xlsx, trang tính \"Danh sách\", dòng 2: đơn vị Văn phòng Sở "
        + "đã có số liệu hồ sơ ở " + FOLDER + "/ho-so.xlsx, trang tính \"Tổng hợp\", dòng 2. Mỗi đơn vị chỉ một dòng số liệu trong kỳ: "
        + "hãy xóa dòng trùng.");
    assertThat(result.keySet()).containsExactly("VP", "TTRA");
    Fixtures.assertTally(report, FOLDER + "/ho-so.xlsx", 4, 2, 2);
  }
}
