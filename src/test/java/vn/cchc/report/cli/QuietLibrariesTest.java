package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.log.RunLog;

/**
 * Issue #8 item 1: POI's warnings ("Error in zip file … falling back to stream processing") and any
 * other library output go to the log file; the office's screen shows only the program's messages.
 */
class QuietLibrariesTest {
  private static final String[] LIBRARY_NOISE = {"WARN", "org.apache", "Exception", "\tat "};

  @TempDir Path temp;
  private Path log;
  private String previousLog;
  private PrintStream realOut;
  private PrintStream realErr;
  private final ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
  private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void captureTheRealConsoleAndTheLog() {
    previousLog = System.getProperty(RunLog.PROPERTY);
    log = temp.resolve("nhat-ky.log");
    System.setProperty(RunLog.PROPERTY, log.toString());
    realOut = System.out;
    realErr = System.err;
    System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(realOut);
    System.setErr(realErr);
    if (previousLog == null) System.clearProperty(RunLog.PROPERTY);
    else System.setProperty(RunLog.PROPERTY, previousLog);
  }

  private Run run(Path config) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(
        new String[] {"--config", config.toString(), "--output", temp.resolve("out").toString(), "--today", "2022-03-20"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void assertNoLibraryNoise(Run run) {
    assertThat(run.out()).doesNotContain(LIBRARY_NOISE);
    assertThat(run.err()).doesNotContain(LIBRARY_NOISE);
    assertThat(systemOut.toString(StandardCharsets.UTF_8)).doesNotContain(LIBRARY_NOISE);
    assertThat(systemErr.toString(StandardCharsets.UTF_8)).doesNotContain(LIBRARY_NOISE);
  }

  @Test
  void theSampleRunPrintsOnlyTheProgramsMessagesAndLeavesNoEmptyLog() {
    Run run = run(Path.of("data/cau-hinh.yaml"));

    assertThat(run.exit()).isEqualTo(ExitCode.DATA_ERRORS.code()); // the sample's planted data errors
    assertThat(run.out()).contains("Văn bản: ").contains("bao-cao-cchc-2022-Q1.pdf");
    assertNoLibraryNoise(run);
    assertThat(log).doesNotExist();
  }

  @Test
  void aWorkbookCutInHalfIsReportedOnScreenWithNoLibraryNoise() throws IOException {
    Path data = SampleData.copyInto(temp);
    Path workbook = data.resolve("bao-cao/2022-Q1/TTDVVL.xlsx");
    try (FileChannel channel = FileChannel.open(workbook, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() / 2);
    }

    Run run = run(data.resolve("cau-hinh.yaml"));

    assertThat(run.exit()).isEqualTo(ExitCode.DATA_ERRORS.code());
    // The cut package is refused before POI reads it (issue #9: POI used to warn, then read what it found).
    assertThat(run.out()).contains("[Lỗi] bao-cao/2022-Q1/TTDVVL.xlsx: sổ tính Excel bị hỏng hoặc bị cắt cụt");
    assertNoLibraryNoise(run);
  }

  @Test
  void aBugWritesItsStackTraceIntoTheSameLogAndNamesItOnScreen() throws IOException {
    String message = InternalError.report(new IllegalStateException("hỏng"));

    assertThat(message).isEqualTo("Lỗi của chương trình (không phải lỗi dữ liệu): java.lang.IllegalStateException: hỏng. Chi tiết đã ghi vào "
        + log + ". Hãy gửi tệp này cho người phụ trách phần mềm.");
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains(" ERROR cchc-report - internal error (a bug, not a data problem)", "java.lang.IllegalStateException: hỏng",
            "\tat vn.cchc.report.cli.QuietLibrariesTest.");
  }
}
