package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitGroup;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.ingest.Fixtures.Merge;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.ValidationReport;

/**
 * Issue #8, item 1: every task table of the seeds, typed into Excel with its headers exactly as
 * printed, reads without error; headers as real documents write them; the office's mapping wins.
 */
class RealPlanTablesTest {
  @TempDir Path dir;

  private final ValidationReport report = new ValidationReport();

  private static final UnitResolver UNITS = new UnitResolver(new UnitRegistry(
      List.of(
          new Unit("VPUB", "Văn phòng UBND tỉnh", List.of()),
          new Unit("SNV", "Sở Nội vụ", List.of()),
          new Unit("VP", "Văn phòng Sở", List.of("Văn phòng")),
          new Unit("GDNN", "Phòng Giáo dục nghề nghiệp", List.of()),
          new Unit("LDVLBH", "Phòng Lao động - Việc làm - Bảo hiểm", List.of()),
          new Unit("NCC", "Phòng Người có công", List.of()),
          new Unit("BTXH", "Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội", List.of("Phòng BTXH&PCTNXH")),
          new Unit("TEBDG", "Phòng Trẻ em - Bình đẳng giới", List.of()),
          new Unit("TTDVVL", "Trung tâm Dịch vụ việc làm", List.of())),
      List.of(
          new UnitGroup("PCM", "Các phòng chuyên môn", List.of(), List.of("GDNN", "LDVLBH", "NCC", "BTXH", "TEBDG")),
          new UnitGroup("DVTT", "Các đơn vị trực thuộc", List.of("ĐVTT", "ĐVTT Sở", "Đơn vị trực thuộc Sở"), List.of("TTDVVL")))));

  private Plan read(Path file, PlanReader.Options options) {
    return PlanReader.read(file, file.getFileName().toString(), UNITS, options, report);
  }

  private static PlanReader.Options options(String defaultLead, String defaultDeadline) {
    return new PlanReader.Options(ColumnMapping.NONE, defaultLead, defaultDeadline, true);
  }

  private static Task task(Plan plan, String id) {
    return plan.find(new TaskId(id)).orElseThrow();
  }

  /** Seed 001, table 2.2 of Văn phòng UBND tỉnh: no lead column; header cells broken over lines as printed. */
  private Path seed001(String sheetName) throws Exception {
    return Fixtures.workbook(dir, "ke-hoach-2873.xlsx", wb -> Fixtures.fill(wb.createSheet(sheetName),
        row("2.2. Nhiệm vụ cụ thể về cải thiện các chỉ số"),
        row("TT", "Nội dung phải thực hiện,\nkhắc phục trong năm 2022", "Thời gian\nhoàn thành", "Ghi chú"),
        row(1, "Kiểm tra, rà soát các TTHC của tỉnh đã cập nhật, công khai trên cơ sở dữ liệu quốc gia về TTHC",
            "Trong năm\n2022", "Báo cáo kết quả cho Văn phòng chính phủ theo quy định"),
        row(2, "Đôn đốc các Sở, ngành tham mưu công bố danh mục TTHC đầy đủ, kịp thời", "Thường\nxuyên\ntrong năm\n2022", ""),
        row(3, "Chủ tịch UBND cấp huyện, cấp xã định kỳ hàng tháng sắp xếp, bố trí thời gian",
            "Bắt đầu thực\nhiện từ tháng\n01/9/2022", "Đưa kết quả thực hiện vào báo cáo CCHC định kỳ")));
  }

  @Test
  void readsSeed001WithTheLeadOfTheConfiguration() throws Exception {
    Plan plan = read(seed001("Sheet1"), options("Văn phòng UBND tỉnh", ""));

    assertThat(report.problems()).isEmpty();
    assertThat(plan.reportable()).hasSize(3);
    assertThat(task(plan, "1").content()).startsWith("Kiểm tra, rà soát các TTHC");
    assertThat(task(plan, "1").leadUnits()).containsExactly("VPUB");
    assertThat(task(plan, "2").deadlineText()).isEqualTo("Thường\nxuyên\ntrong năm\n2022");
    assertThat(task(plan, "3").note()).isEqualTo("Đưa kết quả thực hiện vào báo cáo CCHC định kỳ");
  }

  @Test
  void readsSeed001WithTheLeadNamedByTheSheet() throws Exception {
    Plan plan = read(seed001("Văn phòng UBND tỉnh"), PlanReader.Options.DEFAULT);

    assertThat(Fixtures.codes(report)).containsExactly("LEAD_FROM_SHEET_NAME");
    assertThat(report.hasErrors()).isFalse();
    assertThat(task(plan, "2").leadUnits()).containsExactly("VPUB");
  }

  @Test
  void refusesAPlanWhoseTasksNobodyLeads() throws Exception {
    Plan plan = read(seed001("Sheet1"), PlanReader.Options.DEFAULT);

    assertThat(plan.tasks()).isEmpty();
    assertThat(Fixtures.codes(report)).containsExactly("NO_LEAD_COLUMN");
    assertThat(report.tally("ke-hoach-2873.xlsx").failed()).isTrue();
    assertThat(Fixtures.described(report).get(0)).startsWith("ke-hoach-2873.xlsx, trang tính \"Sheet1\": bảng nhiệm vụ không có "
        + "cột đơn vị chủ trì").contains("plan.default_lead");
  }

  @Test
  void readsSeed002WithBothUnitColumns() throws Exception {
    Path file = Fixtures.workbook(dir, "ke-hoach-56.xlsx",
        row("STT", "Nội dung công việc", "Đơn vị  chủ trì ", "Đơn vị thực hiện ", "Kết quả", "Thời gian thực hiện"),
        row(4.1, "Mẫu hóa quy trình", "Văn Phòng Sở", "Các phòng chuyên môn, ĐVTT", "Quy chế phối hợp ", "01/2022"));

    Plan plan = read(file, PlanReader.Options.DEFAULT);

    assertThat(report.problems()).isEmpty();
    assertThat(task(plan, "4.1").leadUnits()).containsExactly("VP");
    assertThat(task(plan, "4.1").partnerUnits()).containsExactly("GDNN", "LDVLBH", "NCC", "BTXH", "TEBDG", "TTDVVL");
    assertThat(task(plan, "4.1").output()).isEqualTo("Quy chế phối hợp");
    assertThat(task(plan, "4.1").deadlineText()).isEqualTo("01/2022");
  }

  /**
   * Seed 003 as a Word table pasted into Excel: no deadline column, "ĐƠN VỊ THỰC HIỆN" and "PHỐI
   * HỢP THỰC HIỆN" merged down over several tasks, a lead list "Các phòng chuyên môn: …".
   */
  private Path seed003() throws Exception {
    return Fixtures.workbook(dir, "ke-hoach-cchc-2021.xlsx", wb -> {
      Sheet sheet = Fixtures.fill(wb.createSheet("Phụ lục"),
          row("NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"),
          row("TT", "NỘI DUNG", "ĐƠN VỊ THỰC\nHIỆN", "MỤC TIÊU/GIẢI PHÁP THỰC HIỆN", "PHỐI HỢP\nTHỰC HIỆN"),
          row(1, "Công tác chỉ đạo điều hành CCHC"),
          row(1.1, "Kế hoạch CCHC", "Văn phòng Sở", "Xây dựng kế hoạch, báo cáo và tiến hành kiểm tra CCHC",
              "Các phòng chuyên môn, đơn vị trực thuộc Sở"),
          row(1.2, "Thực hiện chế độ báo cáo CCHC"),
          row(1.3, "Công tác kiểm tra CCHC"),
          row(3, "Cải cách thủ tục hành chính"),
          row(3.1, "Cập nhật, công bố, công khai TTHC", "Các phòng chuyên môn: Giáo dục nghề nghiệp; Lao động – Việc làm – "
              + "Bảo hiểm; Người có công; Bảo trợ và Phòng, chống tệ nạn xã hội; Trẻ em và Bình đẳng giới; Trung tâm Dịch vụ việc làm",
              "Cập nhật, trình UBND Tỉnh ban hành TTHC thuộc thẩm quyền quản lý", "Văn phòng Sở"));
      Fixtures.merge(sheet, new Merge(3, 5, 2, 2), new Merge(3, 5, 4, 4));
    });
  }

  @Test
  void readsSeed003WithItsMergedCellsAndTheDefaultDeadline() throws Exception {
    Plan plan = read(seed003(), options("", "Trong năm 2021"));

    assertThat(Fixtures.codes(report)).containsExactly("NO_DEADLINE_COLUMN");
    assertThat(report.hasErrors()).isFalse();
    assertThat(Fixtures.described(report)).containsExactly("ke-hoach-cchc-2021.xlsx, trang tính \"Phụ lục\": bảng nhiệm vụ không "
        + "có cột thời gian hoàn thành; các nhiệm vụ không ghi thời hạn được tính với thời hạn \"Trong năm 2021\" (khóa "
        + "plan.default_deadline của tệp cấu hình).");
    for (String id : List.of("1.1", "1.2", "1.3")) {
      assertThat(task(plan, id).leadUnits()).as("lead of %s", id).containsExactly("VP");
      assertThat(task(plan, id).partnerUnits()).as("partners of %s", id).containsExactly("GDNN", "LDVLBH", "NCC", "BTXH", "TEBDG", "TTDVVL");
      assertThat(task(plan, id).deadlineText()).isEqualTo("Trong năm 2021");
    }
    assertThat(task(plan, "3.1").leadUnits()).containsExactly("GDNN", "LDVLBH", "NCC", "BTXH", "TEBDG", "TTDVVL");
    assertThat(task(plan, "3.1").partnerUnits()).containsExactly("VP");
  }

  @Test
  void warnsOnceWhenThereIsNoDeadlineColumnAndNoDefault() throws Exception {
    read(seed003(), PlanReader.Options.DEFAULT);

    assertThat(Fixtures.codes(report)).containsExactly("NO_DEADLINE_COLUMN");
    assertThat(Fixtures.described(report).get(0)).contains("không xác định được thời hạn").contains("plan.default_deadline");
  }

  @Test
  void readsLongQualifiedHeaders() throws Exception {
    Path file = Fixtures.write(dir, "ke-hoach.csv", Fixtures.utf8(Fixtures.lines(
        "Số TT;Nhiệm vụ, giải pháp;Cơ quan, đơn vị chủ trì thực hiện;Cơ quan phối hợp;Sản phẩm đầu ra;Thời gian hoàn thành (dự kiến)",
        "1;Rà soát TTHC;Sở Nội vụ;Văn phòng UBND tỉnh;Báo cáo;Quý III/2022")));

    Plan plan = read(file, PlanReader.Options.DEFAULT);

    assertThat(report.problems()).isEmpty();
    Task task = task(plan, "1");
    assertThat(List.of(task.content(), task.leadText(), task.partnerText(), task.output(), task.deadlineText()))
        .containsExactly("Rà soát TTHC", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Báo cáo", "Quý III/2022");
  }

  @Test
  void refusesTwoColumnsThatReadTheSame() throws Exception {
    Path file = Fixtures.write(dir, "KHTC.csv", Fixtures.utf8(Fixtures.lines(
        "STT;Tình trạng;Trạng thái;Ghi chú", "1;Hoàn thành;Đang thực hiện;")));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly("KHTC.csv: không rõ cột nào chứa gì: cột Tình trạng có ở "
        + "B (Tình trạng) và C (Trạng thái). Không dòng nào của tệp được dùng. Hãy sửa tiêu đề cho khác nhau, hoặc ghi rõ tiêu đề "
        + "của từng cột trong mục columns: của tệp cấu hình (xem README, mục Tệp đầu vào).");
    assertThat(read.tally().failed()).isTrue();
  }

  @Test
  void letsTheOfficeMapAHeaderAndSettleAnAmbiguity() throws Exception {
    Path file = Fixtures.write(dir, "KHTC.csv", Fixtures.utf8(Fixtures.lines(
        "Số hiệu;Tình trạng;Trạng thái cũ;Ngày xong", "1;Hoàn thành;Đang thực hiện;2/9/2022")));
    var mapping = new ColumnMapping(Map.of("bao-cao", Map.of("task", List.of("Số hiệu"), "status", List.of("Tình trạng"),
        "done_on", List.of("Ngày xong"))));
    FileReport fileReport = report.open("KHTC.csv", "bao-cao");
    List<Map<String, String>> rows = new java.util.ArrayList<>();

    TableParser.read(file, "KHTC.csv", List.of(InputKind.SUBMISSION), mapping, fileReport, (row, f) -> {
      rows.add(Map.of("task", row.get("task"), "status", row.get("status"), "done_on", row.get("done_on")));
      f.tally().countUsed();
    });

    assertThat(fileReport.problems()).isEmpty();
    assertThat(rows).containsExactly(Map.of("task", "1", "status", "Hoàn thành", "done_on", "2/9/2022"));
  }

  @Test
  void saysALeadCellOfPunctuationNamesNobody() throws Exception {
    Path file = Fixtures.write(dir, "ke-hoach.csv", Fixtures.utf8(Fixtures.lines(
        "STT;Nội dung;Đơn vị chủ trì;Thời hạn", "1;Rà soát;-;Năm 2022", "2;Báo cáo;Sở Nội vụ;Năm 2022")));

    Plan plan = read(file, PlanReader.Options.DEFAULT);

    assertThat(Fixtures.described(report)).containsExactly("ke-hoach.csv, dòng 2, cột C (Đơn vị chủ trì): ô \"-\" không ghi tên "
        + "đơn vị nào. Hãy ghi mã hoặc tên đơn vị, cách nhau bằng dấu phẩy hoặc chấm phẩy.");
    assertThat(task(plan, "1").leadUnits()).isEmpty();
    assertThat(report.tally("ke-hoach.csv").usedWithErrors()).isEqualTo(1);
  }

  @Test
  void saysHowManyRowsWereSearchedForAHeaderBelowThem() throws Exception {
    String[] lines = new String[42];
    for (int i = 0; i < 40; i++) lines[i] = "Ghi chú dòng " + (i + 1) + ";;";
    lines[40] = "STT;Tình trạng;Ghi chú";
    lines[41] = "1;Hoàn thành;";
    Path file = Fixtures.write(dir, "KHTC.csv", Fixtures.utf8(Fixtures.lines(lines)));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report()).get(0)).contains("chỉ 30 dòng đầu được tìm")
        .contains("nếu tiêu đề nằm dưới dòng 30, hãy xóa bớt");
  }

  @Test
  void refusesOneCellThatTwoColumnsReadTheSame() throws Exception {
    Path file = Fixtures.write(dir, "KHTC.csv", Fixtures.utf8(Fixtures.lines(
        "STT;Tình trạng;Ý kiến khó khăn, đề xuất", "1;Hoàn thành;Không")));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly("KHTC.csv: không rõ cột nào chứa gì: C (Ý kiến khó khăn, đề xuất) "
        + "vừa là cột Khó khăn, vướng mắc, vừa là cột Đề xuất, kiến nghị. Không dòng nào của tệp được dùng. Hãy sửa tiêu đề cho "
        + "khác nhau, hoặc ghi rõ tiêu đề của từng cột trong mục columns: của tệp cấu hình (xem README, mục Tệp đầu vào).");
  }
}
