package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier list where every row is wrong (issue #9, item 8: a province's files): 60,000 problems
 * go into the CSV and its Excel twin within a small heap — the workbook is streamed with its text
 * inline, not held whole. With the workbook held whole (as POI's object model or a buffered writer
 * did) this child runs out of memory. Run in a child JVM.
 */
class ManyProblemsTest {
  private static final String HEAP = "-Xmx96m";
  private static final int ROWS = 60_000;

  @TempDir Path temp;

  @Test
  void sixtyThousandProblemsFitASmallHeap() throws Exception {
    Path data = SampleData.copyInto(temp);
    Path list = data.resolve("ho-so/2022-Q1/danh-sach-ho-so-TTDVVL.csv");
    try (BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
      out.write("Mã hồ sơ,Cơ quan giải quyết,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp\n");
      // an agency that is not in the registry: one error a row, each naming its row
      for (int i = 1; i <= ROWS; i++) out.write("HS-" + i + ",Phòng không có trong danh mục số " + i + ",01/01/2022,29/01/2022,27/01/2022,Trực tiếp\n");
    }
    Path output = temp.resolve("out");
    Path log = temp.resolve("child.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(java, HEAP, "-Dcchc.log=" + temp.resolve("nhat-ky.log"), "-cp",
            System.getProperty("java.class.path"), Main.class.getName(), "kiem-tra", "--config", data.resolve("cau-hinh.yaml").toString(),
            "--output", output.toString(), "--today", "2022-03-20"))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8).lines().reduce("", (a, b) -> b)).isEqualTo(1);
    try (var lines = Files.lines(output.resolve("2022-Q1/kiem-tra-du-lieu.csv"), StandardCharsets.UTF_8)) {
      assertThat(lines.filter(l -> l.contains("Phòng không có trong danh mục số")).count()).isGreaterThanOrEqualTo(ROWS);
    }
    assertThat(output.resolve("2022-Q1/kiem-tra-du-lieu.xlsx")).exists();
  }
}
