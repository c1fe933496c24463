package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, item 2: a registry or plan problem that stops the run still writes the validation
 * report, and the units' files are still read and checked against what could be read, so the
 * office sees every problem of every file at once.
 */
class OneRoundOfFixesTest {
  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private List<String> problemsCsv(Path output) throws Exception {
    return Files.readAllLines(output.resolve("2022-Q1").resolve(Job.PROBLEMS_FILE), StandardCharsets.UTF_8);
  }

  @Test
  void checksEveryFileWhenThePlanCannotBeRead() throws Exception {
    Path data = SampleData.copyInto(temp);
    byte[] noise = new byte[8192];
    new Random(8).nextBytes(noise);
    Files.write(data.resolve("ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx"), noise);
    Path output = temp.resolve("out");

    Run run = run("--config", data.resolve("cau-hinh.yaml").toString(), "--output", output.toString(), "--today", "2022-03-20");

    assertThat(run.exit()).isEqualTo(ExitCode.SETUP.code());
    assertThat(run.err()).contains("Không thể lập báo cáo: ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx: tệp có đuôi .xlsx nhưng nội dung là "
        + "dữ liệu nhị phân");
    List<String> problems = problemsCsv(output);
    // The plan's problem, and the units' problems that need no plan: status words, dates, units, Biểu 06 sums.
    assertThat(String.join("\n", problems)).contains("BINARY_FILE,ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx")
        .contains("UNKNOWN_STATUS,bao-cao/2022-Q1/LDVLBH.csv").contains("DONE_AFTER_CUT_OFF,bao-cao/2022-Q1/BTXH.txt")
        .contains("DONE_WITHOUT_DATE,bao-cao/2022-Q1/NCC.csv").contains("UNKNOWN_UNIT,bao-cao/2022-Q1/TTDVVL.xlsx")
        .contains("DROPPED_WITHOUT_REASON,bao-cao/2022-Q1/CSCN.csv").contains("DOSSIER_MISMATCH,ho-so/2022-Q1/bieu-06-tong-hop.xlsx");
    assertThat(output.resolve("2022-Q1").resolve(Job.RECONCILIATION_FILE)).exists();
    try (var files = Files.list(output.resolve("2022-Q1"))) {
      assertThat(files.map(f -> f.getFileName().toString())).as("no figures, no documents").containsExactlyInAnyOrder(
          Job.PROBLEMS_FILE, Job.RECONCILIATION_FILE, vn.cchc.report.render.xlsx.ValidationXlsx.FILE);
    }
  }

  @Test
  void checksEveryFileWhenTheRegistryIsMissing() throws Exception {
    Path data = SampleData.copyInto(temp);
    Files.delete(data.resolve("don-vi/danh-muc-don-vi.xlsx"));
    Path output = temp.resolve("out");

    Run run = run("kiem-tra", "--config", data.resolve("cau-hinh.yaml").toString(), "--output", output.toString(), "--today", "2022-03-20");

    assertThat(run.exit()).isEqualTo(ExitCode.SETUP.code());
    assertThat(run.err()).contains("Không thể lập báo cáo: don-vi/danh-muc-don-vi.xlsx: không tìm thấy tệp.");
    String problems = String.join("\n", problemsCsv(output));
    assertThat(problems).contains("MISSING_FILE,don-vi/danh-muc-don-vi.xlsx").contains("UNKNOWN_STATUS,bao-cao/2022-Q1/LDVLBH.csv")
        .contains("HEADING_NOT_TASK,bao-cao/2022-Q1/VP.xlsx").contains("UNKNOWN_TASK,bao-cao/2022-Q1/GDNN.xls")
        .contains("DUE_BEFORE_PLAN,ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx");
    // Without the registry no unit name can be checked: none is reported unknown.
    assertThat(problems).doesNotContain("UNKNOWN_UNIT").doesNotContain("NO_LEAD");
  }

  @Test
  void showsAPlanRowKeptWithAnErrorInTheReconciliation() throws Exception {
    Path data = SampleData.copyInto(temp);
    Path plan = data.resolve("ke-hoach/ke-hoach.csv");
    Files.writeString(plan, "\uFEFFSTT;Nội dung công việc;Đơn vị chủ trì;Thời gian thực hiện\r\n"
        + "2.1;Hướng dẫn kê khai;Các Phòng chuyên môn, ĐVTT Sở;Trước 25/9/2021\r\n"
        + "3.2;Tuyên truyền;Phòng Tổ chức cán bộ;Trước 15/9/2021\r\n", StandardCharsets.UTF_8);
    Path config = data.resolve("cau-hinh.yaml");
    Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8)
        .replace("ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx", "ke-hoach/ke-hoach.csv"), StandardCharsets.UTF_8);

    Run run = run("kiem-tra", "--config", config.toString(), "--output", temp.resolve("out").toString(), "--today", "2022-03-20");

    assertThat(run.out()).containsPattern("ke-hoach/ke-hoach\\.csv +2 = +2 \\+ +0 +\\(1 dòng được dùng nhưng có lỗi\\)");
    assertThat(Files.readAllLines(temp.resolve("out/2022-Q1").resolve(Job.RECONCILIATION_FILE), StandardCharsets.UTF_8))
        .contains("ke-hoach/ke-hoach.csv,ke-hoach,2,2,0,Có,,Đã đọc,1");
  }
}
