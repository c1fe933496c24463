package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/**
 * Issue #8, item 3: a file that breaks partway gives none of its rows to anything: not to the
 * units' answers, not to the dossier counts; its reconciliation shows 0 used and the reason, and
 * its unit counts as not reported.
 */
class WholeFileTest {
  private static final LocalDate CUT_OFF = LocalDate.of(2022, 9, 14);
  private static final LocalDate TODAY = LocalDate.of(2022, 10, 1);

  @TempDir Path dir;

  private final ValidationReport report = new ValidationReport();

  private static final Plan PLAN = new Plan(java.util.stream.IntStream.rangeClosed(1, 60)
      .mapToObj(i -> new Task(new TaskId(String.valueOf(i)), "Nhiệm vụ " + i, false, "Phòng Kế hoạch – Tài chính", List.of("KHTC"),
          "", List.of(), "", "Năm 2022", null, "", "", SourceLocation.ofFile("ke-hoach.xlsx")))
      .toList());

  private SubmissionReader.Submissions readSubmissions() {
    return SubmissionReader.read(dir.resolve("bao-cao"), "bao-cao", dir,
        new SubmissionReader.Context(PLAN, Fixtures.units(), CUT_OFF, TODAY), report);
  }

  @Test
  void usesNoRowOfAReportWithAnUnclosedQuoteAfterRow30() throws Exception {
    List<String> lines = new ArrayList<>(List.of("STT;Tình trạng;Ngày hoàn thành;Ghi chú"));
    for (int i = 1; i <= 30; i++) lines.add(i + ";Hoàn thành;1/9/2022;");
    lines.add("31;Hoàn thành;1/9/2022;\"Ghi chú chưa đóng ngoặc");
    for (int i = 32; i <= 40; i++) lines.add(i + ";Hoàn thành;1/9/2022;");
    Fixtures.write(dir.resolve("bao-cao"), "KHTC.csv", Fixtures.utf8WithBom(Fixtures.lines(lines.toArray(String[]::new))));

    SubmissionReader.Submissions submissions = readSubmissions();

    assertThat(submissions.reports()).isEmpty();
    assertThat(submissions.unitsWithFiles()).as("KHTC counts as not reported").isEmpty();
    FileTally tally = report.tally("bao-cao/KHTC.csv");
    assertThat(tally.failed()).isTrue();
    assertThat(List.of(tally.read(), tally.used(), tally.rejected())).containsExactly(30, 0, 30);
    assertThat(tally.fileProblem().message()).contains("Không dòng nào của tệp được dùng");
  }

  @Test
  void usesNoRowOfAReportWhoseXmlIsCutAfterRow250() throws Exception {
    Object[][] rows = new Object[501][];
    rows[0] = row("STT", "Tình trạng", "Ngày hoàn thành", "Ghi chú");
    for (int i = 1; i <= 500; i++) rows[i] = row(String.valueOf(1 + i % 60), "Đang thực hiện", null, "Dòng số " + i + " " + "x".repeat(40));
    Path whole = Fixtures.workbook(dir.resolve("whole"), "KHTC.xlsx", rows);
    byte[] bytes = Files.readAllBytes(whole);
    Fixtures.write(dir.resolve("bao-cao"), "KHTC.xlsx", Arrays.copyOf(bytes, bytes.length / 2));

    SubmissionReader.Submissions submissions = readSubmissions();

    assertThat(submissions.reports()).isEmpty();
    assertThat(submissions.unitsWithFiles()).isEmpty();
    FileTally tally = report.tally("bao-cao/KHTC.xlsx");
    assertThat(tally.failed()).isTrue();
    assertThat(tally.used()).isZero();
    assertThat(tally.read()).isEqualTo(tally.rejected());
  }

  @Test
  void countsNoDossierOfAListWithABadByteAfter64Kilobytes() throws Exception {
    StringBuilder text = new StringBuilder("Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp\r\n");
    int n = 0;
    while (text.length() < 70_000) {
      n++;
      text.append("H").append(n).append(",Văn phòng Sở,01/07/2022,15/07/2022,10/07/2022,Trực tuyến\r\n");
    }
    byte[] bytes = Fixtures.concat(Fixtures.utf8(text.toString()), new byte[] {'H', 'x', (byte) 0xCC, ',', 'V', 'P', '\r', '\n'},
        Fixtures.utf8("H999999,Văn phòng Sở,01/07/2022,15/07/2022,10/07/2022,Trực tuyến\r\n"));
    Path folder = dir.resolve("ho-so");
    Fixtures.write(folder, "danh-sach.csv", bytes);
    Fixtures.write(folder, "bieu-06.csv", Fixtures.utf8(Fixtures.lines(
        "Đơn vị;Kỳ trước chuyển qua;Tiếp nhận trực tuyến;Tiếp nhận trực tiếp;Đã giải quyết trước hạn;Đã giải quyết đúng hạn;"
            + "Đã giải quyết quá hạn;Đang giải quyết trong hạn;Đang giải quyết quá hạn",
        "Thanh tra Sở;0;10;5;12;3;0;0;0")));

    var counts = DossierReader.read(folder, "ho-so", dir,
        new DossierReader.Context(Fixtures.units(), LocalDate.of(2022, 6, 15), CUT_OFF, TODAY, ColumnMapping.NONE, true), report);

    assertThat(counts.keySet()).as("only the table's unit; none of the list's dossiers").containsExactly("TTRA");
    FileTally list = report.tally("ho-so/danh-sach.csv");
    assertThat(list.failed()).isTrue();
    assertThat(list.used()).isZero();
    assertThat(list.read()).as("the rows read before the bad byte, all rejected").isEqualTo(n).isEqualTo(list.rejected());
  }

  @Test
  void refusesATextFileCutInTheMiddleOfItsLastLine() throws Exception {
    // "15/9/20" would read as 15/9/2020: the cut row must not be read at all.
    Fixtures.write(dir.resolve("bao-cao"), "KHTC.csv", Fixtures.utf8WithBom("STT;Tình trạng;Ngày hoàn thành\r\n1;Hoàn thành;1/9/2022\r\n"
        + "2;Hoàn thành;15/9/20"));

    SubmissionReader.Submissions submissions = readSubmissions();

    assertThat(submissions.reports()).isEmpty();
    assertThat(Fixtures.codes(report)).containsExactly("TRUNCATED_FILE");
  }

  @Test
  void readsAFileWhoseOnlyLineHasNoLineBreak() throws Exception {
    Fixtures.write(dir.resolve("bao-cao"), "KHTC.csv", Fixtures.utf8("STT;Tình trạng"));

    readSubmissions();

    assertThat(report.problems()).isEmpty();
    assertThat(report.tally("bao-cao/KHTC.csv").outcome()).isEqualTo(FileTally.Outcome.READ);
  }

  @Test
  void refusesACsvRowPushedOutOfItsColumnsByAnUnquotedSeparator() throws Exception {
    // A group's members "VP; TTRA" in a file separated by ";": read as it stands, the group would have one member.
    Path file = Fixtures.write(dir, "danh-muc.csv", Fixtures.utf8(Fixtures.lines(
        "Mã đơn vị;Tên đơn vị;Thành viên", "VP;Văn phòng Sở;", "TTRA;Thanh tra Sở;", "NHOM;Nhóm kiểm tra;VP; TTRA")));

    var registry = UnitRegistryReader.read(file, "danh-muc.csv", report);

    assertThat(registry.groups()).isEmpty();
    assertThat(Fixtures.described(report)).containsExactly("danh-muc.csv, dòng 4: dòng có 4 ô, nhiều hơn 3 cột của dòng tiêu đề "
        + "(ô thừa: \"TTRA\"): có lẽ một ô chứa dấu phân cách (dấu chấm phẩy hay dấu phẩy) mà không được đặt trong ngoặc kép, nên "
        + "các giá trị bị lệch cột. Hãy mở tệp bằng Excel, kiểm tra dòng này rồi lưu lại.");
    Fixtures.assertTally(report, "danh-muc.csv", 3, 2, 1);
  }
}
