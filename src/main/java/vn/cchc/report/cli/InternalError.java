package vn.cchc.report.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A bug: the stack trace goes to a log file, the screen gets one Vietnamese sentence. */
final class InternalError {
  private InternalError() {}

  static String report(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    try {
      Path log = Files.createTempFile("cchc-report-loi-", ".log");
      Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
      return "Lỗi của chương trình (không phải lỗi dữ liệu): " + e + ". Chi tiết đã ghi vào " + log
          + ". Hãy gửi tệp này cho người phụ trách phần mềm.";
    } catch (IOException io) {
      return "Lỗi của chương trình (không phải lỗi dữ liệu): " + e + ".\n" + trace;
    }
  }
}
