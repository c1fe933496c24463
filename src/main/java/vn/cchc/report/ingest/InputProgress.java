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
  }

  /** The whole of a file was read: counts what a reader did not count while streaming. */
  static void finishFile(long countedBefore, long size) {
    BYTES.accumulateAndGet(countedBefore + size, Math::max);
  }

  /** An input stream that counts its bytes as they are read (CSV files, read in one pass). */
  static InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) BYTES.incrementAndGet();
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) BYTES.addAndGet(n);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) BYTES.addAndGet(skipped);
        return skipped;
      }
    };
  }
}
