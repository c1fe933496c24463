package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;

/**
 * Issue #8, item 4: every file and folder in an input folder is accounted for, read or listed with
 * why not; what a file is comes from its bytes, not its name.
 */
class InputFolderTest {
  private static final String REPORT = "STT;Tình trạng;Ngày hoàn thành\r\n1;Hoàn thành;1/9/2022\r\n";

  @TempDir Path dir;

  private final ValidationReport report = new ValidationReport();

  private static final Plan PLAN = new Plan(List.of(new Task(new TaskId("1"), "Nhiệm vụ 1", false, "", List.of("VP", "TTRA", "KHTC",
      "LDVL", "BTXH", "TTDVVL", "CSBTXH"), "", List.of(), "", "Năm 2022", null, "", "", SourceLocation.ofFile("ke-hoach.xlsx"))));

  private static byte[] ods() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void accountsForEveryEntryOfAFolder() throws Exception {
    Path data = dir.resolve("data");
    Path folder = data.resolve("bao-cao");
    Path outside = Fixtures.write(dir.resolve("elsewhere"), "CSBTXH.csv", Fixtures.utf8(REPORT));
    Fixtures.write(folder, "KHTC.csv", Fixtures.utf8(REPORT));
    Fixtures.write(folder, "LDVL", Fixtures.utf8(REPORT)); // no extension: a CSV by its bytes
    Fixtures.write(folder, "BTXH.xls", Fixtures.utf8("<html><body><table><tr><th>STT</th><th>Tình trạng</th>"
        + "<th>Ngày hoàn thành</th></tr><tr><td>1</td><td>Hoàn thành</td><td>2/9/2022</td></tr></table></body></html>"));
    Fixtures.write(folder, "TTDVVL.ods", ods());
    Fixtures.write(folder, "VP.pdf", Fixtures.utf8("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"));
    Fixtures.write(folder, "KHTC.csv.bak", Fixtures.utf8(REPORT));
    Fixtures.write(folder, "~$KHTC.xlsx", new byte[] {1, 2, 3});
    Fixtures.write(folder, ".DS_Store", new byte[] {0, 0, 0, 1});
    Fixtures.write(folder, "TTRA.csv", new byte[0]);
    Files.createDirectories(folder.resolve("CSBTXH.xlsx")); // a folder named like a workbook
    Fixtures.write(folder.resolve("cu"), "VP.csv", Fixtures.utf8(REPORT)); // a unit's file in a subfolder
    Files.createSymbolicLink(folder.resolve("CSBTXH.csv"), outside);
    Files.createSymbolicLink(folder.resolve("VP-lienket.csv"), folder.resolve("khong-con.csv"));

    var submissions = SubmissionReader.read(folder, "bao-cao", data,
        new SubmissionReader.Context(PLAN, Fixtures.units(), LocalDate.of(2022, 9, 14), LocalDate.of(2022, 10, 1)), report);

    Map<String, String> outcome = report.tallies().stream()
        .collect(Collectors.toMap(t -> t.file().substring("bao-cao/".length()), t -> t.outcome() + " " + code(t),
            (a, b) -> a, java.util.LinkedHashMap::new));
    assertThat(outcome).containsExactly(
        Map.entry(".DS_Store", "NOT_READ HIDDEN_FILE"),
        Map.entry("BTXH.xls", "READ "),
        Map.entry("CSBTXH.csv", "NOT_READ LINK_OUTSIDE_DATA"),
        Map.entry("CSBTXH.xlsx", "NOT_READ SUBFOLDER"),
        Map.entry("cu", "NOT_READ SUBFOLDER"),
        Map.entry("KHTC.csv", "READ "),
        Map.entry("KHTC.csv.bak", "NOT_READ BACKUP_FILE"),
        Map.entry("LDVL", "READ "),
        Map.entry("TTDVVL.ods", "FAILED UNSUPPORTED_FILE"),
        Map.entry("TTRA.csv", "FAILED EMPTY_FILE"),
        Map.entry("VP-lienket.csv", "NOT_READ BROKEN_LINK"),
        Map.entry("VP.pdf", "FAILED UNSUPPORTED_FILE"),
        Map.entry("~$KHTC.xlsx", "NOT_READ EXCEL_LOCK_FILE"));
    assertThat(submissions.unitsWithFiles()).containsExactlyInAnyOrder("KHTC", "LDVL", "BTXH");
    // Errors for what may hide a unit's report; warnings for what is surely no data.
    assertThat(severities()).containsExactly(
        Map.entry("HIDDEN_FILE", "WARNING"), Map.entry("LINK_OUTSIDE_DATA", "ERROR"), Map.entry("SUBFOLDER", "WARNING"),
        Map.entry("SUBFOLDER", "ERROR"), Map.entry("BACKUP_FILE", "WARNING"), Map.entry("UNSUPPORTED_FILE", "ERROR"),
        Map.entry("EMPTY_FILE", "ERROR"), Map.entry("BROKEN_LINK", "ERROR"), Map.entry("UNSUPPORTED_FILE", "ERROR"),
        Map.entry("EXCEL_LOCK_FILE", "WARNING"));
    assertThat(message("cu")).isEqualTo("bao-cao/cu: thư mục con (có 1 tệp: \"VP.csv\") không được đọc: chương trình chỉ đọc các tệp "
        + "nằm ngay trong bao-cao. Nếu đó là báo cáo của kỳ này, hãy chuyển các tệp ra bao-cao; nếu là tệp cũ, hãy chuyển thư mục "
        + "con ra chỗ khác.");
    assertThat(message("TTDVVL.ods")).contains("OpenDocument").contains(".xlsx");
    assertThat(message("~$KHTC.xlsx")).contains("\"KHTC.xlsx\" đang được mở trong Excel");
    for (FileTally t : report.tallies()) assertThat(t.balanced()).as(t.file()).isTrue();
  }

  @Test
  void readsALinkThatStaysInsideTheDataFolder() throws Exception {
    Path folder = dir.resolve("bao-cao");
    Path target = Fixtures.write(dir.resolve("luu-tru"), "KHTC-quy3.csv", Fixtures.utf8(REPORT));
    Files.createDirectories(folder);
    Files.createSymbolicLink(folder.resolve("KHTC.csv"), target);

    var submissions = SubmissionReader.read(folder, "bao-cao", dir,
        new SubmissionReader.Context(PLAN, Fixtures.units(), LocalDate.of(2022, 9, 14), LocalDate.of(2022, 10, 1)), report);

    assertThat(report.problems()).isEmpty();
    assertThat(submissions.unitsWithFiles()).containsExactly("KHTC");
  }

  private static String code(FileTally t) {
    return t.fileProblem() == null ? "" : t.fileProblem().code();
  }

  private List<Map.Entry<String, String>> severities() {
    return report.problems().stream()
        .filter(p -> p.where().row() == 0)
        .map(p -> Map.entry(p.code(), p.severity().name()))
        .toList();
  }

  private String message(String entry) {
    return report.problems().stream().filter(p -> p.where().file().equals("bao-cao/" + entry)).map(Problem::describe).findFirst()
        .orElseThrow();
  }
}
