package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.lines;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Status;
import vn.cchc.report.domain.StatusReport;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.Severity;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/** data-contract.md §3 and rules §3, §7: the units' reports, every bad row named with its place and what to fix. */
class SubmissionReaderTest {
  private static final String FOLDER = "bao-cao/2022-Q3";
  private static final LocalDate CUT_OFF = LocalDate.of(2022, 9, 14);
  private static final LocalDate TODAY = LocalDate.of(2022, 10, 1);
  private static final String STATUS_WORDS = "Hãy ghi một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện, Không thực hiện.";

  @TempDir Path dir;

  private final ValidationReport report = new ValidationReport();

  private static Task task(String id, boolean heading, String... leads) {
    return new Task(new TaskId(id), "Nhiệm vụ " + id, heading, String.join(", ", leads), List.of(leads), "", List.of(), "",
        "Năm 2022", null, "", "", SourceLocation.ofFile("ke-hoach/ke-hoach.xlsx"));
  }

  /** Task 2 is a heading over 2.1 (the phòng chuyên môn) and 2.2 (KHTC alone). */
  private static final Plan PLAN = new Plan(List.of(
      task("1", false, "VP"),
      task("2", true, "KHTC", "LDVL", "BTXH"),
      task("2.1", false, "KHTC", "LDVL", "BTXH"),
      task("2.2", false, "KHTC"),
      task("3", false, "TTDVVL")));

  private Path folder() {
    return dir.resolve(FOLDER);
  }

  private SubmissionReader.Submissions read() {
    return SubmissionReader.read(folder(), FOLDER, dir, new SubmissionReader.Context(PLAN, Fixtures.units(), CUT_OFF, TODAY), report);
  }

  private void csv(String name, String... lines) throws Exception {
    Fixtures.write(folder(), name, Fixtures.utf8WithBom(lines(lines)));
  }

  @ParameterizedTest(name = "{0};{1};{2};{3} → {4}")
  @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
      2.2 | Xong rồi        | ~          | ~    | cột B (Tình trạng): không hiểu tình trạng "Xong rồi". Hãy ghi một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện, Không thực hiện.
      2.2 | ~               | ~          | ~    | cột B (Tình trạng): chưa ghi tình trạng. Hãy ghi một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện, Không thực hiện.
      2.2 | Hoàn thành      | ~          | ~    | cột C (Ngày hoàn thành): nhiệm vụ báo Hoàn thành nhưng chưa có ngày hoàn thành. Hãy ghi ngày hoàn thành (ngày/tháng/năm).
      2.2 | Hoàn thành      | 31/9/2022  | ~    | cột C (Ngày hoàn thành): không hiểu ngày "31/9/2022". Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 20/9/2021, hoặc dùng ô kiểu Ngày của Excel.
      2.2 | Hoàn thành      | tháng 9    | ~    | cột C (Ngày hoàn thành): không hiểu ngày "tháng 9". Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 20/9/2021, hoặc dùng ô kiểu Ngày của Excel.
      2.2 | Hoàn thành      | 15/09/2022 | ~    | cột C (Ngày hoàn thành): ngày hoàn thành 15/9/2022 sau ngày chốt số liệu 14/9/2022 nên thuộc kỳ báo cáo sau. Hãy kiểm tra lại ngày; nếu đúng, báo cáo ở kỳ sau.
      2.2 | Hoàn thành      | 2022-10-05 | ~    | cột C (Ngày hoàn thành): ngày hoàn thành 05/10/2022 sau ngày hôm nay (01/10/2022). Hãy sửa lại ngày.
      2.2 | Không thực hiện | ~          | ~    | cột D (Ghi chú): nhiệm vụ báo Không thực hiện nhưng chưa ghi lý do. Hãy ghi lý do vào cột Ghi chú.
      2.5 | Hoàn thành      | 1/9/2022   | ~    | cột A (STT): kế hoạch không có nhiệm vụ STT "2.5" (gần nhất: "2.1", "2.2", "1"). Hãy ghi đúng STT như trong kế hoạch.
      II  | Hoàn thành      | 1/9/2022   | ~    | cột A (STT): kế hoạch không có nhiệm vụ STT "II". Hãy ghi đúng STT như trong kế hoạch.
      ~   | Hoàn thành      | 1/9/2022   | ~    | cột A (STT): thiếu STT nhiệm vụ. Hãy điền giá trị vào ô này.
      2   | Đang thực hiện  | ~          | ~    | cột A (STT): STT "2" là đề mục, không phải nhiệm vụ; hãy báo cáo theo các nhiệm vụ con: 2.1, 2.2.
      3   | Đang thực hiện  | ~          | ~    | cột A (STT): đơn vị Phòng Kế hoạch – Tài chính không được giao chủ trì nhiệm vụ 3 (đơn vị chủ trì: Trung tâm Dịch vụ việc làm). Hãy kiểm tra STT; đơn vị phối hợp không phải báo cáo.
      """)
  void rejectsABadRowWithItsPlaceAndWhatToFix(String task, String status, String doneOn, String note, String expected) throws Exception {
    csv("KHTC.csv",
        "STT;Tình trạng;Ngày hoàn thành;Ghi chú",
        Fixtures.csv(";", nz(task), nz(status), nz(doneOn), nz(note)));

    SubmissionReader.Submissions submissions = read();

    assertThat(Fixtures.described(report)).containsExactly(FOLDER + "/KHTC.csv, dòng 2, " + expected);
    assertThat(report.problems()).allMatch(Problem::isError);
    assertThat(submissions.reports()).isEmpty();
    assertThat(submissions.unitsWithFiles()).containsExactly("KHTC");
    Fixtures.assertTally(report, FOLDER + "/KHTC.csv", 1, 0, 1);
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  @Test
  void keepsARowWhoseDateGoesWithAStatusOtherThanDoneButWarns() throws Exception {
    csv("KHTC.csv", "STT;Tình trạng;Ngày hoàn thành", "2.2;Đang thực hiện;1/9/2022");

    SubmissionReader.Submissions submissions = read();

    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.describe()).isEqualTo(FOLDER + "/KHTC.csv, dòng 2, cột C (Ngày hoàn thành): có ngày hoàn thành \"1/9/2022\" "
          + "nhưng tình trạng là \"Đang thực hiện\"; ngày này không được dùng. Nếu đã xong, hãy ghi tình trạng Hoàn thành.");
    });
    assertThat(submissions.reports()).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.IN_PROGRESS);
      assertThat(r.doneOn()).isNull();
    });
    Fixtures.assertTally(report, FOLDER + "/KHTC.csv", 1, 1, 0);
  }

  @Test
  void acceptsGoodRowsWithEveryFieldKept() throws Exception {
    Fixtures.workbook(folder(), "KHTC.xlsx",
        row("STT", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Ghi chú"),
        row(2.1, "Hoàn thành", LocalDate.of(2022, 9, 14), "Công văn số 123/SLĐTBXH-KHTC ngày 14/9/2022", null, null, null),
        row("2.2.", "Không còn phù hợp", null, null, "Chưa có hướng dẫn của Bộ", "Đề nghị bỏ nhiệm vụ", "Bộ đã bãi bỏ quy định"));

    SubmissionReader.Submissions submissions = read();

    assertThat(report.problems()).isEmpty();
    SourceLocation first = new SourceLocation(FOLDER + "/KHTC.xlsx", "Sheet1", 2, null);
    SourceLocation second = new SourceLocation(FOLDER + "/KHTC.xlsx", "Sheet1", 3, null);
    assertThat(submissions.reports()).containsExactly(
        new StatusReport("KHTC", new TaskId("2.1"), Status.DONE, LocalDate.of(2022, 9, 14),
            "Công văn số 123/SLĐTBXH-KHTC ngày 14/9/2022", "", "", "", first),
        new StatusReport("KHTC", new TaskId("2.2"), Status.DROPPED, null, "", "Chưa có hướng dẫn của Bộ", "Đề nghị bỏ nhiệm vụ",
            "Bộ đã bãi bỏ quy định", second));
    Fixtures.assertTally(report, FOLDER + "/KHTC.xlsx", 2, 2, 0);
  }

  @Test
  void readsWhomAProposalIsSentToAndWarnsWhenItNamesNeither() throws Exception {
    Fixtures.workbook(folder(), "KHTC.xlsx",
        row("STT", "Tình trạng", "Ngày hoàn thành", "Đề xuất, kiến nghị", "Gửi đến"),
        row(2.1, "Hoàn thành", LocalDate.of(2022, 9, 14), "Bổ sung biên chế", "UBND tỉnh"),
        row(2.2, "Đang thực hiện", null, "Tập huấn phần mềm", "Bộ phận một cửa"));

    SubmissionReader.Submissions submissions = read();

    assertThat(submissions.reports()).extracting(StatusReport::proposalTo).containsExactly("UBND tỉnh", "Bộ phận một cửa");
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.code()).isEqualTo("UNKNOWN_PROPOSAL_ADDRESSEE");
      assertThat(p.describe()).contains("dòng 3, cột E (Gửi đến)").contains("\"UBND tỉnh\" hoặc \"Sở\"");
    });
    Fixtures.assertTally(report, FOLDER + "/KHTC.xlsx", 2, 2, 0);
  }

  @Test
  void namesTheClosestUnitsForAnUnknownUnit() throws Exception {
    csv("tong-hop.csv",
        "Đơn vị;STT;Tình trạng;Ngày hoàn thành",
        "Phòng Kế hoạch Tài chánh;2.2;Hoàn thành;1/9/2022",
        "Phòng KH-TC;2.1;Đang thực hiện;");

    SubmissionReader.Submissions submissions = read();

    assertThat(Fixtures.described(report)).containsExactly(FOLDER + "/tong-hop.csv, dòng 2, cột A (Đơn vị): không có đơn vị "
        + "\"Phòng Kế hoạch Tài chánh\" trong danh mục đơn vị (gần nhất: \"Phòng Kế hoạch – Tài chính (KHTC)\", "
        + "\"Phòng Lao động – Việc làm (LDVL)\", \"Đơn vị trực thuộc (DVTT)\"). Hãy ghi đúng mã hoặc tên đơn vị, "
        + "hoặc thêm tên này vào cột Tên gọi khác của danh mục.");
    assertThat(submissions.reports()).extracting(StatusReport::unitCode).containsExactly("KHTC");
    Fixtures.assertTally(report, FOLDER + "/tong-hop.csv", 2, 1, 1);
  }

  @Test
  void refusesAGroupInTheUnitColumn() throws Exception {
    csv("tong-hop.csv",
        "Mã đơn vị;STT;Tình trạng",
        "Các phòng chuyên môn;2.1;Đang thực hiện");

    read();

    assertThat(Fixtures.described(report)).containsExactly(FOLDER + "/tong-hop.csv, dòng 2, cột A (Mã đơn vị): \"Các phòng chuyên môn\" "
        + "là nhóm đơn vị (gồm: Phòng Kế hoạch – Tài chính, Phòng Lao động – Việc làm, Phòng Bảo trợ xã hội và Phòng, chống tệ nạn "
        + "xã hội), không phải một đơn vị. Mỗi dòng chỉ ghi một đơn vị: hãy ghi mã hoặc tên của đơn vị đó.");
    assertThat(report.problems().get(0).code()).isEqualTo("GROUP_NOT_UNIT");
    Fixtures.assertTally(report, FOLDER + "/tong-hop.csv", 1, 0, 1);
  }

  @Test
  void takesTheUnitFromTheFileNameAndSaysOnceWhenItNamesNoUnit() throws Exception {
    csv("KHTC.csv", "STT;Tình trạng;Ngày hoàn thành", "2.2;Hoàn thành;1/9/2022");
    csv("Phong Tai chinh.csv", "STT;Tình trạng", "2.1;Đang thực hiện", "2.2;Đang thực hiện", "3;Chưa thực hiện");

    SubmissionReader.Submissions submissions = read();

    assertThat(Fixtures.described(report)).containsExactly(FOLDER + "/Phong Tai chinh.csv: tệp không có cột Đơn vị và tên tệp "
        + "\"Phong Tai chinh\" không phải mã hay tên đơn vị nào (gần nhất: \"Phòng Kế hoạch – Tài chính (KHTC)\", "
        + "\"Thanh tra Sở (TTRA)\", \"Văn phòng Sở (VP)\"). Hãy đặt tên tệp bằng mã đơn vị (ví dụ KHTC.xlsx) hoặc thêm cột Mã đơn vị.");
    assertThat(report.problems().get(0).code()).isEqualTo("UNIT_FROM_FILE_NAME");
    assertThat(submissions.reports()).extracting(StatusReport::unitCode).containsExactly("KHTC");
    Fixtures.assertTally(report, FOLDER + "/KHTC.csv", 1, 1, 0);
    Fixtures.assertTally(report, FOLDER + "/Phong Tai chinh.csv", 3, 0, 3);
  }

  @Test
  void mergesIdenticalDuplicatesAndCountsBothRowsUsed() throws Exception {
    csv("KHTC.csv", "STT;Tình trạng;Ngày hoàn thành;Sản phẩm",
        "2.2;Hoàn thành;1/9/2022;Báo cáo số 12",
        "2.2;HOÀN THÀNH;01/09/2022;Báo cáo số 12");
    Fixtures.workbook(folder(), "tong-hop.xlsx",
        row("Mã đơn vị", "STT", "Tình trạng", "Ngày hoàn thành", "Sản phẩm"),
        row("KHTC", "2.2", "Hoàn thành", LocalDate.of(2022, 9, 1), "Báo cáo số 12"));

    SubmissionReader.Submissions submissions = read();

    assertThat(report.problems()).isEmpty();
    assertThat(submissions.reports()).singleElement().satisfies(r -> {
      assertThat(r.row()).isEqualTo(new SourceLocation(FOLDER + "/KHTC.csv", null, 2, null));
      assertThat(r.doneOn()).isEqualTo(LocalDate.of(2022, 9, 1));
    });
    Fixtures.assertTally(report, FOLDER + "/KHTC.csv", 2, 2, 0);
    Fixtures.assertTally(report, FOLDER + "/tong-hop.xlsx", 1, 1, 0);
  }

  @Test
  void rejectsBothConflictingDuplicatesEachNamingTheOther() throws Exception {
    csv("KHTC.csv", "STT;Tình trạng;Ngày hoàn thành", "2.1;;", "2.2;Hoàn thành;1/9/2022");
    Fixtures.workbook(folder(), "tong-hop.xlsx",
        row("Mã đơn vị", "STT", "Tình trạng"),
        row("LDVL", "2.1", "Đang thực hiện"),
        row("Phòng KH-TC", "2.2", "Đang thực hiện"));

    SubmissionReader.Submissions submissions = read();

    String conflict = ": đơn vị Phòng Kế hoạch – Tài chính báo cáo nhiệm vụ 2.2 hai lần với nội dung khác nhau (dòng kia: %s). "
        + "Cả hai dòng chưa được dùng; đơn vị được tính là chưa báo cáo nhiệm vụ này cho đến khi gửi một câu trả lời.";
    String csvRow = FOLDER + "/KHTC.csv, dòng 3";
    String xlsxRow = FOLDER + "/tong-hop.xlsx, trang tính \"Sheet1\", dòng 3";
    assertThat(Fixtures.described(report)).containsExactly(
        FOLDER + "/KHTC.csv, dòng 2, cột B (Tình trạng): chưa ghi tình trạng. " + STATUS_WORDS,
        csvRow + conflict.formatted(xlsxRow),
        xlsxRow + conflict.formatted(csvRow));
    assertThat(Fixtures.codes(report)).containsExactly("UNKNOWN_STATUS", "CONFLICTING_DUPLICATE", "CONFLICTING_DUPLICATE");
    assertThat(submissions.reports()).extracting(StatusReport::unitCode, StatusReport::taskId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("LDVL", new TaskId("2.1")));
    assertThat(submissions.unitsWithFiles()).containsExactlyInAnyOrder("KHTC", "LDVL");
    Fixtures.assertTally(report, FOLDER + "/KHTC.csv", 2, 0, 2);
    Fixtures.assertTally(report, FOLDER + "/tong-hop.xlsx", 2, 1, 1);
  }

  @Test
  void rejectsEveryRowOfAConflictEvenTheIdenticalPair() throws Exception {
    csv("KHTC.csv", "STT;Tình trạng;Ngày hoàn thành",
        "2.2;Hoàn thành;1/9/2022",
        "2.2;Hoàn thành;1/9/2022",
        "2.2;Hoàn thành;2/9/2022");

    read();

    assertThat(Fixtures.described(report)).extracting(s -> s.substring(0, s.indexOf(':')) + " ↔ " + s.substring(s.indexOf("(dòng kia: ")))
        .containsExactly(
            FOLDER + "/KHTC.csv, dòng 2 ↔ (dòng kia: " + FOLDER + "/KHTC.csv, dòng 4). Cả hai dòng chưa được dùng; đơn vị được tính là "
                + "chưa báo cáo nhiệm vụ này cho đến khi gửi một câu trả lời.",
            FOLDER + "/KHTC.csv, dòng 3 ↔ (dòng kia: " + FOLDER + "/KHTC.csv, dòng 4). Cả hai dòng chưa được dùng; đơn vị được tính là "
                + "chưa báo cáo nhiệm vụ này cho đến khi gửi một câu trả lời.",
            FOLDER + "/KHTC.csv, dòng 4 ↔ (dòng kia: " + FOLDER + "/KHTC.csv, dòng 2). Cả hai dòng chưa được dùng; đơn vị được tính là "
                + "chưa báo cáo nhiệm vụ này cho đến khi gửi một câu trả lời.");
    Fixtures.assertTally(report, FOLDER + "/KHTC.csv", 3, 0, 3);
  }

  @Test
  void balancesEveryFileOfAMixedFolder() throws Exception {
    csv("KHTC.csv", "STT;Tình trạng;Ngày hoàn thành", "2.1;Hoàn thành;1/9/2022", "2.2;Xong rồi;", "9;Hoàn thành;1/9/2022", ";;");
    csv("LDVL.csv", "STT;Tình trạng", "2.1;Đang TH");
    Fixtures.write(folder(), "TTDVVL.xlsx", new byte[] {1, 2, 3});
    Fixtures.write(folder(), "ghi-chu.docx", new byte[] {1, 2, 3});
    Fixtures.write(folder(), "~$KHTC.xlsx", new byte[] {1, 2, 3});

    SubmissionReader.Submissions submissions = read();

    assertThat(submissions.reports()).extracting(StatusReport::unitCode).containsExactly("KHTC", "LDVL");
    // Issue #8: every entry is accounted for, in the order Explorer lists them; what a file is comes from its bytes.
    assertThat(report.tallies()).extracting(t -> t.file()).containsExactly(
        FOLDER + "/ghi-chu.docx", FOLDER + "/KHTC.csv", FOLDER + "/LDVL.csv", FOLDER + "/TTDVVL.xlsx", FOLDER + "/~$KHTC.xlsx");
    assertThat(report.tallies()).extracting(t -> t.outcome().name()).containsExactly("FAILED", "READ", "READ", "FAILED", "NOT_READ");
    Fixtures.assertTally(report, FOLDER + "/KHTC.csv", 3, 1, 2);
    Fixtures.assertBalanced(report);
    assertThat(Fixtures.codes(report)).containsExactly("BINARY_FILE", "UNKNOWN_STATUS", "UNKNOWN_TASK", "BINARY_FILE", "EXCEL_LOCK_FILE");
  }

  @Test
  void reportsAMissingFolderOnce() {
    SubmissionReader.Submissions submissions = read();

    assertThat(submissions.reports()).isEmpty();
    assertThat(Fixtures.described(report)).containsExactly(FOLDER + ": không tìm thấy thư mục. Hãy tạo thư mục và đặt các tệp của kỳ "
        + "báo cáo vào đó, hoặc sửa đường dẫn trong tệp cấu hình.");
  }
}
