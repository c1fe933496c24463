package vn.cchc.report.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the reading of a run's input files has got, for a progress bar (issue #9): the bytes of
 * input read so far and the file being read. Readers add to it; the command line shows it. Only
 * counters: reading does not depend on anybody looking at them.
 */
public final class InputProgress {
  private static final AtomicLong BYTES = new AtomicLong();
  /**
   * Bytes of the file this thread is reading that its reader counted while streaming. Two files
   * are read at once (the dossier figures on a thread of their own), so a file's share is its own
   * count, not the difference of the run's total.
   */
  private static final ThreadLocal<long[]> STREAMED = ThreadLocal.withInitial(() -> new long[1]);
  private static volatile String file = "";

  private InputProgress() {}

  /** Bytes of input files read so far in this run. */
  public static long bytes() {
    return BYTES.get();
  }

  /** The file being read, as messages name it; "" before the first. */
  public static String file() {
    return file;
  }

  /** A new run: nothing read yet. */
  public static void reset() {
    BYTES.set(0);
    file = "";
  }

  static void startFile(String displayName) {
    file = displayName;
    STREAMED.get()[0] = 0;
  }

  /** The whole of this thread's file was read: counts what its reader did not count while streaming. */
  static void finishFile(long size) {
    long[] streamed = STREAMED.get();
    BYTES.addAndGet(Math.max(0, size - streamed[0]));
    streamed[0] = 0;
  }

  private static void count(long n) {
    BYTES.addAndGet(n);
    STREAMED.get()[0] += n;
  }

  /** An input stream that counts its bytes as they are read (CSV files, read in one pass). */
  static InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) count(n);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) count(skipped);
        return skipped;
      }
    };
  }
}
