package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8 item 6: running out of memory ends with a Vietnamese message, exit code 70 and the log
 * file's name — not with the JVM's stack trace. Run in a child JVM with a small heap.
 */
class OutOfMemoryTest {
  private static final String HEAP = "-Xmx32m";
  /** One cell of 64 MiB: its text alone is twice the child's heap. */
  private static final int CELL_MEBIBYTES = 64;

  @TempDir Path temp;

  @Test
  void endsWithAVietnameseMessageAndExitCode70WhenMemoryRunsOut() throws Exception {
    Path data = SampleData.copyInto(temp);
    appendAnEnormousCell(data.resolve("bao-cao/2022-Q1/CSCN.csv"));
    Path log = temp.resolve("nhat-ky.log");
    Path stdout = temp.resolve("stdout.txt");
    Path stderr = temp.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(java, HEAP, "-Dcchc.log=" + log, "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), "kiem-tra", "--config", data.resolve("cau-hinh.yaml").toString(),
            "--output", temp.resolve("out").toString(), "--today", "2022-03-20"))
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    boolean ended = child.waitFor(60, TimeUnit.SECONDS);
    if (!ended) child.destroyForcibly();

    assertThat(ended).as("the child JVM ended").isTrue();
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(err).isEqualTo(ExitCode.INTERNAL.code());
    assertThat(err)
        .startsWith("Chương trình hết bộ nhớ nên dừng lại, chưa lập xong kết quả. Hãy đóng bớt các chương trình khác rồi chạy lại"
            + " với nhiều bộ nhớ hơn, ví dụ: java -Xmx4g -jar cchc-report.jar …")
        .contains("Chi tiết đã ghi vào " + log + "; nếu cần, hãy gửi tệp này cho người phụ trách phần mềm.")
        .doesNotContain("java.lang.OutOfMemoryError", "\tat ");
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains(" ERROR cchc-report - out of memory", "java.lang.OutOfMemoryError", "\tat ");
  }

  /** A report row whose evidence cell never ends: whatever reads it must hold the whole text. */
  private static void appendAnEnormousCell(Path csv) throws IOException {
    byte[] mebibyte = new byte[1 << 20];
    Arrays.fill(mebibyte, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(csv, StandardOpenOption.APPEND)) {
      out.write("1;\"".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < CELL_MEBIBYTES; i++) out.write(mebibyte);
      out.write("\";;;\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }
}
