package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.ValidationReport;

/** data-contract.md §2: the plan's task table, its headings, its unit cells and its mistakes. */
class PlanReaderTest {
  private static final String FILE = "ke-hoach/ke-hoach-56.xlsx";
  private static final String AT = FILE + ", trang tính \"Phụ lục\", ";
  private static final List<String> ALL = List.of("VP", "KHTC", "LDVL", "BTXH", "TTDVVL", "CSBTXH");
  private static final List<String> CPCM = List.of("KHTC", "LDVL", "BTXH");

  @TempDir Path dir;

  private ValidationReport report;
  private Plan plan;

  private void readPlan() throws Exception {
    Path file = Fixtures.workbook(dir, FILE, wb -> Fixtures.fill(wb.createSheet("Phụ lục"),
        row("PHỤ LỤC: DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2022"),
        row("(Kèm theo Kế hoạch số 56/KH-SLĐTBXH ngày 01/9/2021 của Sở Lao động - Thương binh và Xã hội)"),
        row("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị thực hiện", "Sản phẩm", "Thời gian hoàn thành", "Hạn chót", "Ghi chú"),
        row("I", "CẢI CÁCH THỂ CHẾ"),
        row(1, "Ban hành Kế hoạch CCHC năm 2022", "Văn phòng Sở, Các phòng chuyên môn, ĐVTT", null, "Kế hoạch", "Quý I/2022"),
        row(2, "Rà soát, đánh giá thủ tục hành chính", "Các phòng chuyên môn", "Văn phòng Sở", null, "Thường xuyên trong năm 2022"),
        row(2.1, "Rà soát TTHC lĩnh vực lao động"),
        row(2.2, "Rà soát TTHC lĩnh vực bảo trợ xã hội", "Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội", "Thanh tra Sở",
            "Báo cáo", "Tháng 9/2022"),
        row("II.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        row(3, "Công khai TTHC", "Văn phòng Sở và Thanh tra Sở", null, null, "Trước 25/9/2022", LocalDate.of(2022, 9, 20)),
        row(4, "Đào tạo nghề", "Phòng Lao động - Việc làm và Giáo dục nghề nghiệp", null, null, "Năm 2022"),
        row(5, "Tự kiểm tra công tác CCHC"),
        row("2.2", "Trùng STT"),
        row("3.a", "STT sai dạng", "Văn phòng Sở", null, null, "Năm 2022"),
        row(6, "Báo cáo CCHC năm", "VĂN PHÒNG SỞ", null, null, "Quý IV/2022", "31/12/2022"),
        row(7, "Phối hợp với Sở Tài chính", "Sở Tài chính", null, null, "Theo kế hoạch")));
    report = new ValidationReport();
    plan = PlanReader.read(file, FILE, Fixtures.units(), report);
  }

  private Task task(String id) {
    return plan.find(new TaskId(id)).orElseThrow();
  }

  @Test
  void readsTasksHeadingsAndAreas() throws Exception {
    readPlan();

    assertThat(plan.tasks().stream().map(t -> t.id().value())).containsExactly("1", "2", "2.1", "2.2", "3", "4", "5", "6", "7");
    assertThat(plan.tasks().stream().filter(Task::heading).map(t -> t.id().value())).containsExactly("2");
    assertThat(plan.reportable()).hasSize(8);
    assertThat(task("1").area()).isEqualTo("CẢI CÁCH THỂ CHẾ");
    assertThat(task("2.2").area()).isEqualTo("CẢI CÁCH THỂ CHẾ");
    assertThat(task("3").area()).isEqualTo("CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
    assertThat(task("2.2").output()).isEqualTo("Báo cáo");
    assertThat(task("2.2").row().describe()).isEqualTo(AT + "dòng 8, cột F (Thời gian hoàn thành)");
  }

  @Test
  void resolvesLeadCellsWithGroupsListsAndAnds() throws Exception {
    readPlan();

    assertThat(task("1").leadUnits()).containsExactlyElementsOf(ALL);
    assertThat(task("1").leadText()).isEqualTo("Văn phòng Sở, Các phòng chuyên môn, ĐVTT");
    assertThat(task("2.2").leadUnits()).containsExactly("BTXH");
    assertThat(task("3").leadUnits()).containsExactly("VP", "TTRA");
    assertThat(task("6").leadUnits()).containsExactly("VP");
    // A lead cell with a part that names no unit keeps the units it does name, with an error for the part.
    assertThat(task("4").leadUnits()).containsExactly("LDVL");
  }

  @Test
  void takesDonViThucHienAsPartnersWhenDonViChuTriIsThere() throws Exception {
    readPlan();

    assertThat(task("2").partnerText()).isEqualTo("Văn phòng Sở");
    assertThat(task("2").partnerUnits()).containsExactly("VP");
    assertThat(task("2.2").partnerUnits()).containsExactly("TTRA");
  }

  @Test
  void letsChildrenInheritTheHeadingsLeadAndDeadline() throws Exception {
    readPlan();

    Task child = task("2.1");
    assertThat(child.leadText()).isEqualTo("Các phòng chuyên môn");
    assertThat(child.leadUnits()).containsExactlyElementsOf(CPCM);
    assertThat(child.deadlineText()).isEqualTo("Thường xuyên trong năm 2022");
    assertThat(child.partnerUnits()).isEmpty();
    // A child's own cells win over the heading's.
    assertThat(task("2.2").deadlineText()).isEqualTo("Tháng 9/2022");
  }

  @Test
  void readsHanChotFromDateCellsAndText() throws Exception {
    readPlan();

    assertThat(task("3").explicitDueDate()).isEqualTo(LocalDate.of(2022, 9, 20));
    assertThat(task("3").deadlineText()).isEqualTo("Trước 25/9/2022");
    assertThat(task("6").explicitDueDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(task("1").explicitDueDate()).isNull();
  }

  @Test
  void reportsBadIdsDuplicatesUnknownUnitsAndMissingLeads() throws Exception {
    readPlan();

    assertThat(Fixtures.described(report)).containsExactly(
        AT + "dòng 13, cột A (STT): STT \"2.2\" đã có ở " + AT + "dòng 8, cột A (STT). Hãy đánh lại STT; dòng này chưa được dùng.",
        AT + "dòng 14, cột A (STT): STT \"3.a\" không đúng dạng (ví dụ: 1, 2, 2.1, 8.3). Hãy sửa STT; dòng này chưa được dùng.",
        AT + "dòng 11, cột C (Đơn vị chủ trì): không có đơn vị \"Giáo dục nghề nghiệp\" trong danh mục đơn vị "
            + "(gần nhất: \"Phòng Kế hoạch – Tài chính (KHTC)\", \"Văn phòng Sở (VP)\", \"Đơn vị trực thuộc (DVTT)\"). "
            + "Hãy ghi đúng mã hoặc tên đơn vị, hoặc thêm tên này vào cột Tên gọi khác của danh mục.",
        AT + "dòng 12, cột C (Đơn vị chủ trì): nhiệm vụ 5 không có đơn vị chủ trì (kể cả ở dòng đề mục trên nó). Hãy ghi đơn vị chủ trì.",
        AT + "dòng 12, cột F (Thời gian hoàn thành): nhiệm vụ 5 không có thời gian hoàn thành; được tính như nhiệm vụ không xác định "
            + "được thời hạn. Hãy ghi thời hạn hoặc ô Hạn chót.",
        AT + "dòng 16, cột C (Đơn vị chủ trì): không có đơn vị \"Sở Tài chính\" trong danh mục đơn vị "
            + "(gần nhất: \"Văn phòng Sở (VP)\", \"Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội (BTXH)\", "
            + "\"Cơ sở Bảo trợ xã hội tổng hợp (CSBTXH)\"). "
            + "Hãy ghi đúng mã hoặc tên đơn vị, hoặc thêm tên này vào cột Tên gọi khác của danh mục.");
    assertThat(Fixtures.codes(report)).containsExactly(
        "DUPLICATE_TASK", "BAD_TASK_ID", "UNKNOWN_UNIT", "NO_LEAD", "NO_DEADLINE", "UNKNOWN_UNIT");
    Fixtures.assertTally(report, FILE, 13, 11, 2);
    // rules §7: tasks 4, 5 and 7 are kept with their error, and the reconciliation says so.
    assertThat(report.tally(FILE).usedWithErrors()).isEqualTo(3);
  }

  @Test
  void reportsAnUnknownUnitOfAHeadingOnceOnTheHeadingRow() throws Exception {
    Path file = Fixtures.write(dir, "ke-hoach.csv", Fixtures.utf8(Fixtures.lines(
        "STT;Nội dung;Đơn vị chủ trì;Thời hạn",
        "1;Nhóm nhiệm vụ;Phòng Tổ chức cán bộ;Năm 2022",
        "1.1;Việc một;;",
        "1.2;Việc hai;;",
        "2;Việc ba;Văn phòng Sở;Năm 2022")));
    ValidationReport report = new ValidationReport();

    Plan plan = PlanReader.read(file, "ke-hoach.csv", Fixtures.units(), report);

    assertThat(Fixtures.codes(report)).containsExactly("UNKNOWN_UNIT");
    assertThat(Fixtures.described(report).get(0)).startsWith("ke-hoach.csv, dòng 2, cột C (Đơn vị chủ trì): không có đơn vị \"Phòng Tổ chức cán bộ\"");
    assertThat(plan.find(new TaskId("1.2")).orElseThrow().leadUnits()).isEmpty();
    Fixtures.assertTally(report, "ke-hoach.csv", 4, 4, 0);
    assertThat(report.tally("ke-hoach.csv").usedWithErrors()).isEqualTo(1);
  }

  @Test
  void takesDonViThucHienAsTheLeadWhenThereIsNoChuTriColumn() throws Exception {
    Path file = Fixtures.write(dir, "ke-hoach.csv", Fixtures.utf8(Fixtures.lines(
        "TT;Nhiệm vụ;Đơn vị thực hiện;Cơ quan phối hợp;Thời gian thực hiện",
        "1;Rà soát;Thanh tra Sở;Văn phòng Sở;Tháng 9/2022")));
    ValidationReport report = new ValidationReport();

    Task task = PlanReader.read(file, "ke-hoach.csv", Fixtures.units(), report).tasks().get(0);

    assertThat(report.problems()).isEmpty();
    assertThat(task.leadUnits()).containsExactly("TTRA");
    assertThat(task.partnerUnits()).containsExactly("VP");
    assertThat(task.deadlineText()).isEqualTo("Tháng 9/2022");
  }
}
