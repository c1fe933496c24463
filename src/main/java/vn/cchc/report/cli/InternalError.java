package vn.cchc.report.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import vn.cchc.report.log.RunLog;

/** A bug, or the end of memory: the stack trace goes to the log file, the screen gets Vietnamese sentences. */
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

  /** Logs an OutOfMemoryError; returns the sentences for the screen, naming the log file and what to try. */
  static String outOfMemory(OutOfMemoryError e) {
    long maxMegabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    String advice = "Hãy đóng bớt các chương trình khác rồi chạy lại với nhiều bộ nhớ hơn, ví dụ: java -Xmx4g -jar cchc-report.jar …"
        + " (hiện được dùng tối đa " + maxMegabytes + " MB); nếu vẫn hết bộ nhớ, hãy kiểm tra các tệp đầu vào có tệp nào"
        + " lớn bất thường hoặc có ô chứa quá nhiều chữ.";
    try {
      Path log = RunLog.write("ERROR", "cchc-report", "out of memory (maximum heap " + maxMegabytes + " MB)", e);
      return "Chương trình hết bộ nhớ nên dừng lại, chưa lập xong kết quả. " + advice + " Chi tiết đã ghi vào " + log
          + "; nếu cần, hãy gửi tệp này cho người phụ trách phần mềm.";
    } catch (IOException | RuntimeException io) {
      return "Chương trình hết bộ nhớ nên dừng lại, chưa lập xong kết quả. " + advice + " (Không ghi được tệp nhật ký "
          + RunLog.path() + ": " + io.getMessage() + ".)";
    }
  }
}
