package vn.cchc.report.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import vn.cchc.report.log.RunLog;

/** A bug: the stack trace goes to the log file, the screen gets Vietnamese sentences. */
final class InternalError {
  private InternalError() {}

  /** Logs a bug; returns the sentence for the screen, naming the log file. */
  static String report(Throwable e) {
    try {
      Path log = RunLog.write("ERROR", "cchc-report", "internal error (a bug, not a data problem)", e);
      return "Lỗi của chương trình (không phải lỗi dữ liệu): " + e + ". Chi tiết đã ghi vào " + log
          + ". Hãy gửi tệp này cho người phụ trách phần mềm.";
    } catch (IOException io) {
      // The trace is all the maintainer will get: better on screen than lost.
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return "Lỗi của chương trình (không phải lỗi dữ liệu): " + e + ".\n" + trace;
    }
  }
}
