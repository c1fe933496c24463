package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command on the sample office in data/ (issue 2): every planted problem found, nothing else. */
class SampleOfficeRunTest {
  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path copyOfData() throws IOException {
    return SampleData.copyInto(temp);
  }

  @Test
  void findsEveryPlantedProblemInTheSampleOffice() throws IOException {
    Path data = copyOfData();
    Path output = temp.resolve("out");

    Run run = run("kiem-tra", "--config", data.resolve("cau-hinh.yaml").toString(), "--output", output.toString(), "--today", "2026-11-22");

    assertThat(run.exit()).isEqualTo(ExitCode.DATA_ERRORS.code());
    assertThat(run.out())
        .contains("Kỳ báo cáo: Quý I/2022 — số liệu từ 15/12/2021 đến 14/3/2022 (ngày chốt 14/3/2022)")
        .contains("Lỗi: 11, cảnh báo: 2.");
    List<String> csv = Files.readAllLines(output.resolve("2022-Q1").resolve(Job.PROBLEMS_FILE), StandardCharsets.UTF_8);
    assertThat(csv.get(0)).startsWith("\uFEFFMức độ,Mã,Tệp,Trang tính,Dòng,Cột,Giá trị,Nội dung cần sửa");
    assertThat(csv.subList(1, csv.size()))
        .extracting(line -> String.join(",", List.of(line.split(",")).subList(1, 5)))
        .containsExactlyInAnyOrder(
            "DONE_AFTER_CUT_OFF,bao-cao/2022-Q1/BTXH.txt,,6",
            "DROPPED_WITHOUT_REASON,bao-cao/2022-Q1/CSCN.csv,,2",
            "UNKNOWN_TASK,bao-cao/2022-Q1/GDNN.xls,Sheet1,10",
            "NOT_ASSIGNED,bao-cao/2022-Q1/KHTC.csv,,4",
            "UNKNOWN_STATUS,bao-cao/2022-Q1/LDVLBH.csv,,5",
            "DONE_WITHOUT_DATE,bao-cao/2022-Q1/NCC.csv,,3",
            "UNKNOWN_UNIT,bao-cao/2022-Q1/TTDVVL.xlsx,Sheet1,6",
            "HEADING_NOT_TASK,bao-cao/2022-Q1/VP.xlsx,BaoCao,8",
            "HIDDEN_SHEET,bao-cao/2022-Q1/VP.xlsx,DanhMuc,",
            "CONFLICTING_DUPLICATE,bao-cao/2022-Q1/TTBTXH.csv,,3",
            "CONFLICTING_DUPLICATE,bao-cao/2022-Q1/TTBTXH.csv,,6",
            "DOSSIER_MISMATCH,ho-so/2022-Q1/bieu-06-tong-hop.xlsx,Biểu 06,10",
            "DUE_BEFORE_PLAN,ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx,Phụ lục,21");
  }

  @Test
  void reconcilesEveryFileOfTheSampleOffice() throws IOException {
    Path data = copyOfData();
    Path output = temp.resolve("out");

    run("kiem-tra", "--config", data.resolve("cau-hinh.yaml").toString(), "--output", output.toString(), "--today", "2026-11-22");

    List<String> lines = Files.readAllLines(output.resolve("2022-Q1").resolve(Job.RECONCILIATION_FILE), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(14);
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",Có,"));
    assertThat(lines.get(0)).isEqualTo("\uFEFFTệp,Loại,Số dòng đọc,Dòng được dùng,Dòng bị loại,Khớp,Lỗi cả tệp,Tình trạng tệp,"
        + "Dòng dùng nhưng có lỗi");
    assertThat(lines).contains("ho-so/2022-Q1/danh-sach-ho-so-TTDVVL.csv,ho-so,307,307,0,Có,,Đã đọc,0",
        "bao-cao/2022-Q1/TTBTXH.csv,bao-cao,5,3,2,Có,,Đã đọc,0");
  }

  @Test
  void refusesAPeriodNoReportIsForAsAUsageError() throws IOException {
    Path data = copyOfData();

    Run run = run("--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("out").toString(), "--period", "9999-Q4");

    // Issue #9: it ended in exit 70 (its next period, year 10000, could not be built).
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("kỳ báo cáo \"9999-Q4\" có năm 9999, ngoài khoảng 2000–2099");
  }

  @Test
  void refusesToOverwriteAnEarlierRunUnlessAsked() throws IOException {
    Path data = copyOfData();
    String[] args = {"kiem-tra", "--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("out").toString()};
    run(args);

    Run again = run(args);

    assertThat(again.exit()).isEqualTo(ExitCode.SETUP.code());
    assertThat(again.err()).contains("đã có kết quả của kỳ này").contains("--overwrite");
    String[] overwrite = Stream.concat(Stream.of(args), Stream.of("--overwrite")).toArray(String[]::new);
    assertThat(run(overwrite).exit()).isEqualTo(ExitCode.DATA_ERRORS.code());
    // Issue #9: the previous set is kept whole beside the new one.
    assertThat(temp.resolve("out/2022-Q1.bak/" + Job.PROBLEMS_FILE)).exists();
    assertThat(temp.resolve("out/2022-Q1/" + Job.PROBLEMS_FILE)).exists();
  }

  @Test
  void strictModeRefusesToRenderWhileErrorsExist() throws IOException {
    Path data = copyOfData();
    Run run = run("--strict", "--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("out").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.STRICT_REFUSED.code());
    assertThat(run.err()).contains("Chế độ nghiêm ngặt: còn 11 lỗi dữ liệu");
  }

  @Test
  void printsVietnameseHelpWithExitCodes() {
    Run run = run("--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Cách dùng: cchc-report").contains("Tùy chọn:").contains("Mã thoát:").contains("kiem-tra")
        .contains("Tệp cấu hình của văn phòng");
  }

  @Test
  void rejectsAnUnknownOptionInVietnamese() {
    Run run = run("--khong-co");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("Lỗi dòng lệnh: không hiểu tham số --khong-co.");
  }

  @Test
  void saysWhereASubcommandWrittenAfterTheOptionsGoes() {
    Run run = run("--today", "2022-03-20", "kiem-tra");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("Lỗi dòng lệnh: lệnh kiem-tra phải ghi ngay sau tên chương trình, trước các tham số, ví dụ: "
        + "cchc-report kiem-tra --period 2022-Q1.");
    Run two = run("kiem-tra", "--today", "2022-03-20", "lap-bieu-mau");
    assertThat(two.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(two.err()).contains("mỗi lần chạy chỉ một lệnh (đã có cchc-report kiem-tra, thêm lap-bieu-mau)");
  }

  @Test
  void rejectsARepeatedOptionAndAPartOfAnOptionsName() {
    Run twice = run("--period", "2022-Q1", "-k", "2022-Q2");
    assertThat(twice.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(twice.err()).contains("--period được ghi hơn một lần");
    Run part = run("--vers");
    assertThat(part.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(part.err()).contains("không hiểu tham số --vers.");
  }

  @Test
  void explainsAMissingConfigurationFile() {
    Run run = run("--config", temp.resolve("khong-co.yaml").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.SETUP.code());
    assertThat(run.err()).contains("Không tìm thấy tệp cấu hình").contains("--config")
        .contains("(đã tìm ở " + temp.resolve("khong-co.yaml").toAbsolutePath() + ", tính từ thư mục đang đứng ");
  }

  @Test
  void explainsAMisspelledConfigurationKey() throws IOException {
    Path data = copyOfData();
    Path config = data.resolve("cau-hinh.yaml");
    Files.writeString(config, Files.readString(config).replace("  abbreviation:", "  abreviation:"));
    Run run = run("--config", config.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.SETUP.code());
    assertThat(run.err()).contains("có khóa không biết trong mục organisation: abreviation");
  }

  @Test
  void explainsAnUnknownPeriod() throws IOException {
    Path data = copyOfData();
    Run run = run("--config", data.resolve("cau-hinh.yaml").toString(), "--period", "Quý V/2022");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).isNotBlank().doesNotContain("Exception");
  }
}
