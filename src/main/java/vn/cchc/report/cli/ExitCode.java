package vn.cchc.report.cli;

/** The program's exit codes, as documented in the README and in --help. */
enum ExitCode {
  /** Everything read and produced; no errors (warnings allowed). */
  OK(0, "chạy xong, dữ liệu không có lỗi (có thể có cảnh báo)"),
  /** Produced from the valid rows, but some rows or files were rejected: see the validation report. */
  DATA_ERRORS(1, "chạy xong nhưng có dòng hoặc tệp bị loại do lỗi; xem kiem-tra-du-lieu.csv"),
  /** Wrong command-line arguments. */
  USAGE(2, "sai tham số dòng lệnh"),
  /** The configuration, the unit registry or the plan cannot be used; nothing was produced. */
  SETUP(3, "không chạy được: lỗi tệp cấu hình, danh mục đơn vị, kế hoạch, hoặc tệp kết quả đã có"),
  /** --strict and the data has errors: nothing was rendered. */
  STRICT_REFUSED(4, "chế độ nghiêm ngặt (--strict): có lỗi dữ liệu nên không lập văn bản"),
  /** A bug: the details are in the log file named on screen. */
  INTERNAL(70, "lỗi của chương trình; chi tiết ghi trong tệp nhật ký");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
