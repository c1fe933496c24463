package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue #9, item 7: a progress bar for long runs on a terminal, none otherwise. */
class ProgressDisplayTest {
  @Test
  void drawsABarOnlyOnceTheRunHasTakenLongerThanTheDelay() throws Exception {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    ProgressDisplay progress = new ProgressDisplay(new PrintStream(terminal, true, StandardCharsets.UTF_8), 10L << 20);
    try {
      Thread.sleep(ProgressDisplay.DELAY_MILLIS / 2);
      assertThat(terminal.size()).as("nothing before the delay").isZero();
      Thread.sleep(ProgressDisplay.DELAY_MILLIS);
    } finally {
      progress.close();
    }

    assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("Đọc dữ liệu").contains("MB");
  }

  @Test
  void drawsNothingWithoutATerminal() throws Exception {
    try (ProgressDisplay progress = new ProgressDisplay(null, 10L << 20)) {
      progress.rendering();
    }
    // No terminal, no thread: closing returns at once and nothing was written anywhere.
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("cchc-report-progress") && t.isAlive());
  }
}
