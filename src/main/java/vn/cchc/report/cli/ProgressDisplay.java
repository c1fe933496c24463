package vn.cchc.report.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.cchc.report.ingest.InputProgress;

/**
 * A progress bar on the terminal for long runs (issue #9): after {@link #DELAY_MILLIS} of reading
 * (a 1,000,000-row dossier list), the megabytes of input read out of all, with the file being read;
 * then, while the documents are laid out, a bar that says so. Nothing when the program's output is
 * not a terminal (a script, a scheduled task, the tests), nothing for a run shorter than the delay.
 */
final class ProgressDisplay implements AutoCloseable {
  static final long DELAY_MILLIS = 2_000;
  private static final int TICK_MILLIS = 200;

  private final PrintStream terminal;
  private final long totalBytes;
  private final long started = System.nanoTime();
  private final Thread ticker;
  private volatile boolean rendering;
  private volatile boolean closed;
  private ProgressBar bar;
  private boolean barIsRendering;

  /** @param terminal where to draw, or null for no progress at all */
  ProgressDisplay(PrintStream terminal, long totalBytes) {
    this.terminal = terminal;
    this.totalBytes = Math.max(totalBytes, 1);
    InputProgress.reset();
    if (terminal == null) {
      ticker = null;
      return;
    }
    ticker = new Thread(this::tick, "cchc-report-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  /** The inputs are read; the documents are being laid out. */
  void rendering() {
    rendering = true;
  }

  @Override
  public void close() {
    closed = true;
    if (ticker == null) return;
    ticker.interrupt();
    try {
      ticker.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void tick() {
    try {
      while (!closed) {
        Thread.sleep(TICK_MILLIS);
        if (closed || (System.nanoTime() - started) / 1_000_000 < DELAY_MILLIS) continue;
        update();
      }
    } catch (InterruptedException e) {
      // closed
    } finally {
      if (bar != null) bar.close();
    }
  }

  private void update() {
    if (rendering && !barIsRendering) {
      if (bar != null) {
        bar.stepTo(totalBytes);
        bar.close();
      }
      bar = builder("Lập văn bản (DOCX, PDF)").setInitialMax(-1).hideEta().build();
      barIsRendering = true;
      return;
    }
    if (barIsRendering) return;
    if (bar == null) bar = builder("Đọc dữ liệu").setInitialMax(totalBytes).setUnit(" MB", 1L << 20).build();
    bar.stepTo(Math.min(InputProgress.bytes(), totalBytes));
    bar.setExtraMessage(" " + InputProgress.file());
  }

  private ProgressBarBuilder builder(String task) {
    // ASCII: the console of a Vietnamese Windows shows block characters as question marks.
    return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(TICK_MILLIS)
        .setConsumer(new ConsoleProgressBarConsumer(terminal)).clearDisplayOnFinish();
  }
}
