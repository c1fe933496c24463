package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.report.ingest.Fixtures.Formula;
import vn.cchc.report.ingest.Fixtures.Merge;

/**
 * data-contract.md "Excel cells": title blocks, merged headers over one to three rows, the column
 * number row of state forms, hidden sheets, dates in every guise, formulas, numbers where text was
 * meant; .xlsx and .xls alike.
 */
class WorkbookLayoutTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"KHTC.xlsx", "KHTC.xls"})
  void findsTheHeaderUnderATitleBlockAndSkipsBlankRows(String name) throws Exception {
    Path file = Fixtures.workbook(dir, name,
        row("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        row("PHÒNG KẾ HOẠCH – TÀI CHÍNH", null, null, "Độc lập - Tự do - Hạnh phúc"),
        row(),
        row("BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC QUÝ III/2022"),
        row("Đơn vị: Phòng Kế hoạch – Tài chính"),
        row("STT", "Tình trạng", "Ngày hoàn thành", "Sản phẩm"),
        row(1, "Hoàn thành", LocalDate.of(2022, 8, 15), "Kế hoạch số 12/KH-KHTC"),
        row(),
        row(null, "", "  ", null),
        row(2.1, "Đang thực hiện", null, null));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.rows()).containsExactly(
        Map.of("task", "1", "status", "Hoàn thành", "done_on", "2022-08-15", "evidence", "Kế hoạch số 12/KH-KHTC"),
        Map.of("task", "2.1", "status", "Đang thực hiện", "done_on", "", "evidence", ""));
    assertThat(read.rowNumbers()).containsExactly(7, 10);
    Fixtures.assertTally(read.report(), name, 2, 2, 0);
  }

  @Test
  void namesColumnsByTheHeaderRowNotTheTitleAboveIt() {
    // The title sits directly on the header row, with no blank row between them.
    List<RawRow> rows = List.of(
        new RawRow(1, List.of("BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC")),
        new RawRow(2, List.of("STT", "Tình trạng", "Ngày hoàn thành")),
        new RawRow(3, List.of("1", "Xong rồi", "")));

    Header header = HeaderLocator.locate(rows, InputKind.SUBMISSION).orElseThrow();

    assertThat(List.of(header.firstRow(), header.lastRow())).containsExactly(2, 2);
    assertThat(header.describeColumn("task")).isEqualTo("A (STT)");
    assertThat(header.describeColumn("status")).isEqualTo("B (Tình trạng)");
  }

  @Test
  void readsAParenthesisOpenedOnOneHeaderRowAndClosedOnTheNext() {
    // Without its parenthesised words, "Thời hạn hoàn thành (theo / Kế hoạch)" is exactly a name of the
    // deadline column; each row alone is not. Words are taken per row, but not the parenthesis.
    List<RawRow> rows = List.of(
        new RawRow(1, List.of("STT", "Nội dung", "Thời hạn hoàn thành (theo", "Đơn vị", "")),
        new RawRow(2, List.of("", "", "Kế hoạch)", "Chủ trì", "Ghi chú")),
        new RawRow(3, List.of("1", "Rà soát thủ tục hành chính", "Quý I/2022", "VP", "")));

    Header header = HeaderLocator.locate(rows, InputKind.PLAN).orElseThrow();

    assertThat(List.of(header.firstRow(), header.lastRow())).containsExactly(1, 2);
    assertThat(header.describeColumn("deadline")).isEqualTo("C (Thời hạn hoàn thành (theo / Kế hoạch))");
    assertThat(header.describeColumn("note")).isEqualTo("E (Đơn vị / Ghi chú)"); // an empty group cell is merged from the left
  }

  @Test
  void readsATwoRowHeaderWithAMergedGroupCell() throws Exception {
    // "Kết quả thực hiện" spans the two columns under it; "STT" and "Tình trạng" span both rows.
    Path file = Fixtures.workbook(dir, "LDVL.xlsx", wb -> {
      Sheet sheet = Fixtures.fill(wb.createSheet("Báo cáo"),
          row("BÁO CÁO TIẾN ĐỘ QUÝ III/2022"),
          row(),
          row("STT", "Tình trạng", "Kết quả thực hiện", null, "Ghi chú"),
          row(null, null, "Sản phẩm", "Ngày hoàn thành", null),
          row(1, "Hoàn thành", "Báo cáo số 45/BC-LĐVL", LocalDate.of(2022, 9, 1), null),
          row(2.2, "Không thực hiện", null, null, "Không còn phù hợp với quy định mới"));
      Fixtures.merge(sheet, new Merge(2, 3, 0, 0), new Merge(2, 3, 1, 1), new Merge(2, 2, 2, 3), new Merge(2, 3, 4, 4));
    });

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.rows()).containsExactly(
        Map.of("task", "1", "status", "Hoàn thành", "evidence", "Báo cáo số 45/BC-LĐVL", "done_on", "2022-09-01", "note", ""),
        Map.of("task", "2.2", "status", "Không thực hiện", "evidence", "", "done_on", "", "note", "Không còn phù hợp với quy định mới"));
    assertThat(read.rowNumbers()).containsExactly(5, 6);
  }

  @Test
  void readsAPlanWhoseUnitColumnsShareAMergedGroupCell() throws Exception {
    Path file = Fixtures.workbook(dir, "ke-hoach.xlsx", wb -> {
      Sheet sheet = Fixtures.fill(wb.createSheet("Phụ lục"),
          row("TT", "Nội dung", "Đơn vị", null, "Thời gian", null),
          row(null, null, "Chủ trì", "Phối hợp", "Hoàn thành", "Bắt đầu"),
          row(1, "Ban hành Kế hoạch CCHC năm 2022", "Văn phòng Sở", "Các phòng chuyên môn", "Tháng 1/2022", "Tháng 12/2021"));
      Fixtures.merge(sheet, new Merge(0, 1, 0, 0), new Merge(0, 1, 1, 1), new Merge(0, 0, 2, 3), new Merge(0, 0, 4, 5));
    });

    Fixtures.Read read = Fixtures.parse(file, InputKind.PLAN);

    assertThat(read.rows()).containsExactly(Map.of("id", "1", "content", "Ban hành Kế hoạch CCHC năm 2022",
        "lead", "Văn phòng Sở", "partners", "Các phòng chuyên môn", "deadline", "Tháng 1/2022"));
  }

  /** Biểu 06/VPCP/KSTT (document-format.md §3.2): three header levels, then "(1)" … "(13)". */
  static void bieu06Header(Sheet sheet) {
    Fixtures.merge(sheet,
        new Merge(3, 5, 0, 0), new Merge(3, 5, 1, 1),
        new Merge(3, 3, 2, 5), new Merge(3, 3, 6, 9), new Merge(3, 3, 10, 12),
        new Merge(4, 5, 2, 2), new Merge(4, 4, 3, 4), new Merge(4, 5, 5, 5),
        new Merge(4, 5, 6, 6), new Merge(4, 5, 7, 7), new Merge(4, 5, 8, 8), new Merge(4, 5, 9, 9),
        new Merge(4, 5, 10, 10), new Merge(4, 5, 11, 11), new Merge(4, 5, 12, 12));
  }

  static Object[][] bieu06(Object[]... data) {
    Object[][] head = {
        row("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"),
        row("Kỳ báo cáo: Quý III/2022 (Từ ngày 15/6/2022 đến ngày 14/9/2022)"),
        row(null, null, null, null, null, null, null, null, null, null, "Đơn vị tính: Số hồ sơ TTHC"),
        row("STT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", null, null, null,
            "Số hồ sơ đã giải quyết", null, null, null, "Số hồ sơ đang giải quyết", null, null),
        row(null, null, "Tổng số", "Trong kỳ", null, "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn",
            "Tổng số", "Trong hạn", "Quá hạn"),
        row(null, null, null, "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", null, null, null, null, null, null, null, null),
        row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)")};
    Object[][] all = new Object[head.length + data.length][];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(data, 0, all, head.length, data.length);
    return all;
  }

  @Test
  void readsTheThreeLevelBieu06HeaderAndSkipsItsColumnNumberRow() throws Exception {
    Path file = Fixtures.workbook(dir, "bieu06.xlsx", wb -> bieu06Header(Fixtures.fill(wb.createSheet("Biểu 06"), bieu06(
        row("I", "Sở, ban, ngành"),
        row(1, "Văn phòng Sở", new Formula("D9+E9+F9"), 1000, 400, 80, new Formula("H9+I9+J9"), 1200, 263, 0,
            new Formula("L9+M9"), 17, 0)))));

    Fixtures.Read read = Fixtures.parse(file, InputKind.DOSSIER_TABLE, InputKind.DOSSIER_LIST);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.kinds()).containsExactly(InputKind.DOSSIER_TABLE);
    assertThat(read.rowNumbers()).containsExactly(8, 9);
    assertThat(read.rows().get(1)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("unit", "Văn phòng Sở"),
        Map.entry("received_total", "1480"),
        Map.entry("received_online", "1000"),
        Map.entry("received_direct", "400"),
        Map.entry("carried", "80"),
        Map.entry("resolved_total", "1463"),
        Map.entry("early", "1200"),
        Map.entry("on_time", "263"),
        Map.entry("late", "0"),
        Map.entry("pending_total", "17"),
        Map.entry("pending_ok", "17"),
        Map.entry("pending_late", "0")));
  }

  @Test
  void skipsTheColumnNumberRowOnlyRightUnderTheHeader() {
    assertThat(TableParser.isColumnNumberRow(new RawRow(7, List.of("(1)", "(2)", "(3)", "(4)")))).isTrue();
    assertThat(TableParser.isColumnNumberRow(new RawRow(7, List.of("1", "2", "3", "", "4")))).isTrue();
    assertThat(TableParser.isColumnNumberRow(new RawRow(7, List.of("1", "2")))).isFalse();
    // A data row of counts is not a numbering row: its numbers do not run 1, 2, 3 …
    assertThat(TableParser.isColumnNumberRow(new RawRow(7, List.of("1", "Văn phòng Sở", "3", "4")))).isFalse();
    assertThat(TableParser.isColumnNumberRow(new RawRow(7, List.of("1", "5", "3", "2")))).isFalse();
  }

  @Test
  void readsEveryKindOfExcelDateAndNumberCell() throws Exception {
    Path file = Fixtures.workbook(dir, "KHTC.xlsx",
        row("STT", "Tình trạng", "Ngày hoàn thành", "Ghi chú"),
        row(1, "Hoàn thành", LocalDate.of(2022, 9, 2), "a date cell"),
        row(2.1, "Hoàn thành", 44806, "a serial in a General cell"),
        row(8.3, "Hoàn thành", "2/9/2022", "d/m/yyyy text"),
        row("8.10", "Hoàn thành", "02/09/2022", "dd/mm/yyyy text"),
        row(10, "Hoàn thành", "2022-09-02", "yyyy-mm-dd text"),
        row("11", "Hoàn thành", "2/9/22", "two-digit year"),
        row(new Formula("10+2"), new Formula("\"Hoàn \"&\"thành\""), new Formula("DATE(2022,9,2)"), "formulas"),
        row("13.", "Hoàn thành", "02/09/2022 00:00:00", "a date with a time"));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.column("task")).containsExactly("1", "2.1", "8.3", "8.10", "10", "11", "12", "13.");
    assertThat(read.column("status")).containsOnly("Hoàn thành");
    assertThat(read.column("done_on")).containsExactly(
        "2022-09-02", "44806", "2/9/2022", "02/09/2022", "2022-09-02", "2/9/22", "44806", "02/09/2022 00:00:00");
    assertThat(read.column("done_on").stream().map(CellValues::date))
        .allSatisfy(d -> assertThat(d).contains(LocalDate.of(2022, 9, 2)));
  }

  @Test
  void skipsAHiddenSheetWithAWarning() throws Exception {
    Path file = Fixtures.workbook(dir, "TTDVVL.xlsx", wb -> {
      Fixtures.fill(wb.createSheet("Quý II (cũ)"), row("STT", "Tình trạng"), row(1, "Đang thực hiện"));
      Fixtures.fill(wb.createSheet("Quý III"), row("STT", "Tình trạng"), row(1, "Hoàn thành"));
      wb.setSheetHidden(0, true);
      wb.setActiveSheet(1);
    });

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.column("status")).containsExactly("Hoàn thành");
    assertThat(Fixtures.described(read.report())).containsExactly("TTDVVL.xlsx, trang tính \"Quý II (cũ)\": trang tính đang ẩn "
        + "nên không được đọc. Nếu trang này có số liệu cần dùng, hãy bỏ ẩn (Unhide) rồi chạy lại.");
    assertThat(read.report().problems().get(0).code()).isEqualTo("HIDDEN_SHEET");
    assertThat(read.report().hasErrors()).isFalse();
  }

  @Test
  void readsEveryVisibleSheetThatHasTheHeaderAndIgnoresOthers() throws Exception {
    Path file = Fixtures.workbook(dir, "CSBTXH.xlsx", wb -> {
      Fixtures.fill(wb.createSheet("Hướng dẫn"), row("Ghi tình trạng bằng một trong các từ: Hoàn thành, Đang thực hiện"));
      Fixtures.fill(wb.createSheet("Nhiệm vụ 1"), row("STT", "Tình trạng"), row(1, "Hoàn thành"));
      Fixtures.fill(wb.createSheet("Nhiệm vụ 2"), row("TT", "Trạng thái"), row(2.1, "Chưa TH"));
    });

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.column("task")).containsExactly("1", "2.1");
    assertThat(read.kinds()).containsExactly(InputKind.SUBMISSION, InputKind.SUBMISSION);
  }

  @Test
  void readsAnXlsWorkbookWithMergedHeaderDatesAndFormulas() throws Exception {
    Path file = Fixtures.workbook(dir, "bieu06.xls", wb -> bieu06Header(Fixtures.fill(wb.createSheet("Biểu 06"), bieu06(
        row(1, "Trung tâm Dịch vụ việc làm", new Formula("D8+E8+F8"), 12, 3, 0, 15, 10, 5, 0, 0, 0, 0)))));

    Fixtures.Read read = Fixtures.parse(file, InputKind.DOSSIER_TABLE, InputKind.DOSSIER_LIST);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.rows()).singleElement().satisfies(r -> {
      assertThat(r).containsEntry("unit", "Trung tâm Dịch vụ việc làm").containsEntry("received_total", "15")
          .containsEntry("received_online", "12").containsEntry("early", "10").containsEntry("pending_late", "0");
    });
    try (TableSource source = TableReaders.open(file, "bieu06.xls")) {
      assertThat(source.description()).isEqualTo("Excel 97–2003 (.xls)");
    }
  }
}
