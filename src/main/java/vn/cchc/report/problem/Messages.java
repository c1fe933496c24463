package vn.cchc.report.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every message a user reads about the input, in one place so the wording is reviewed together.
 * Each follows one recipe: the quoted value, what was expected (or the closest known names), and
 * what to do.
 */
public final class Messages {
  private Messages() {}

  // ---- files -------------------------------------------------------------------------------

  public static Problem missingFile(String file) {
    return Problem.error("MISSING_FILE", SourceLocation.ofFile(file), "",
        "không tìm thấy tệp. Hãy kiểm tra đường dẫn trong tệp cấu hình hoặc đặt tệp vào đúng thư mục.");
  }

  public static Problem missingFolder(String folder) {
    return Problem.error("MISSING_FOLDER", SourceLocation.ofFile(folder), "",
        "không tìm thấy thư mục. Hãy tạo thư mục và đặt các tệp của kỳ báo cáo vào đó, hoặc sửa đường dẫn trong tệp cấu hình.");
  }

  public static Problem unsupportedFileType(String file) {
    return Problem.error("UNSUPPORTED_FILE", SourceLocation.ofFile(file), "",
        "không đọc được loại tệp này. Hãy lưu lại dưới dạng .xlsx, .xls hoặc .csv.");
  }

  public static Problem unreadableFile(String file, Throwable cause) {
    return Problem.error("UNREADABLE_FILE", SourceLocation.ofFile(file), reason(cause),
        "không đọc được tệp (" + reason(cause) + "). Hãy kiểm tra tệp có mở được bằng Excel không, rồi lưu lại và chạy lại.");
  }

  public static Problem unreadableWorkbook(String file, Throwable cause) {
    return Problem.error("UNREADABLE_WORKBOOK", SourceLocation.ofFile(file), reason(cause),
        "không đọc được sổ tính Excel (" + reason(cause) + "). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx (không đặt mật khẩu) rồi chạy lại.");
  }

  public static Problem badBytes(String file, int row, String encoding) {
    return Problem.error("BAD_ENCODING", new SourceLocation(file, null, row, null), encoding,
        "tệp được nhận là " + encoding + " nhưng từ dòng này có byte không hợp lệ theo bảng mã đó. "
            + "Hãy mở tệp bằng Excel và lưu lại dạng \"CSV UTF-8 (Comma delimited)\".");
  }

  /** @param name the legacy encoding's name, e.g. "TCVN3 (ABC, phông .VnTime)" */
  public static Problem legacyEncoding(String file, String sheet, String name) {
    return Problem.error("LEGACY_ENCODING", new SourceLocation(file, sheet, 0, null), name,
        "văn bản trong tệp có vẻ được gõ bằng bảng mã cũ " + name + ", không phải Unicode, nên chữ tiếng Việt bị sai. "
            + "Hãy chuyển mã sang Unicode (ví dụ: Unikey Toolkit, chọn nguồn " + name + ", đích Unicode), lưu lại rồi chạy lại.");
  }

  public static Problem emptyFile(String file) {
    return Problem.error("EMPTY_FILE", SourceLocation.ofFile(file), "",
        "tệp không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp chưa.");
  }

  /**
   * @param kindTitle the Vietnamese name of the table expected
   * @param missing labels of the required columns not found
   * @param found header texts found on the best candidate row (empty when none)
   */
  public static Problem missingColumns(String file, String kindTitle, List<String> missing, List<String> found) {
    String foundText = found.isEmpty() ? "không thấy dòng tiêu đề nào" : "các cột tìm thấy: " + quoteAll(found);
    return Problem.error("MISSING_COLUMN", SourceLocation.ofFile(file), String.join(", ", missing),
        "không phải " + kindTitle + " hợp lệ: thiếu cột bắt buộc " + quoteAll(missing) + " (" + foundText + "). "
            + "Hãy thêm cột với đúng tên tiêu đề (xem README, mục Tệp đầu vào).");
  }

  public static Problem hiddenSheetSkipped(String file, String sheet) {
    return Problem.warning("HIDDEN_SHEET", new SourceLocation(file, sheet, 0, null), sheet,
        "trang tính đang ẩn nên không được đọc. Nếu trang này có số liệu cần dùng, hãy bỏ ẩn (Unhide) rồi chạy lại.");
  }

  public static Problem duplicateColumns(String file, String sheet, List<String> columns) {
    return Problem.warning("DUPLICATE_COLUMN", new SourceLocation(file, sheet, 0, null), String.join(", ", columns),
        "có cột trùng tên với một cột đã dùng nên bị bỏ qua: " + String.join(", ", columns)
            + ". Hãy xóa cột thừa hoặc đổi tên nếu đó là nội dung khác.");
  }

  // ---- cells -------------------------------------------------------------------------------

  public static Problem requiredValue(SourceLocation at, String what) {
    return Problem.error("REQUIRED_VALUE", at, "", "thiếu " + what + ". Hãy điền giá trị vào ô này.");
  }

  public static Problem badDate(SourceLocation at, String value) {
    return Problem.error("BAD_DATE", at, value,
        "không hiểu ngày \"" + value + "\". Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 20/9/2021, hoặc dùng ô kiểu Ngày của Excel.");
  }

  public static Problem badCount(SourceLocation at, String value) {
    return Problem.error("BAD_NUMBER", at, value,
        "\"" + value + "\" không phải số nguyên không âm. Hãy ghi số hồ sơ bằng chữ số, ví dụ 1480 hoặc 1.480.");
  }

  // ---- units -------------------------------------------------------------------------------

  public static Problem duplicateUnitCode(SourceLocation at, String code, SourceLocation first) {
    return Problem.error("DUPLICATE_UNIT", at, code,
        "mã đơn vị \"" + code + "\" đã có ở " + first.describe() + ". Mỗi đơn vị một mã riêng: hãy đổi mã hoặc xóa dòng trùng.");
  }

  public static Problem ambiguousUnitName(SourceLocation at, String name, String firstCode, String secondCode) {
    return Problem.warning("AMBIGUOUS_UNIT_NAME", at, name,
        "tên \"" + name + "\" đã dùng cho " + firstCode + " nên không dùng được cho " + secondCode
            + ". Hãy đổi tên gọi khác để mỗi tên chỉ một đơn vị.");
  }

  public static Problem unknownMember(SourceLocation at, String member, List<String> closest) {
    return Problem.error("UNKNOWN_MEMBER", at, member,
        "nhóm có thành viên \"" + member + "\" không có trong danh mục đơn vị" + suggestion(closest)
            + ". Hãy ghi đúng mã đơn vị, cách nhau bằng dấu ;.");
  }

  // ---- plan --------------------------------------------------------------------------------

  public static Problem badTaskId(SourceLocation at, String value) {
    return Problem.error("BAD_TASK_ID", at, value,
        "STT \"" + value + "\" không đúng dạng (ví dụ: 1, 2, 2.1, 8.3). Hãy sửa STT; dòng này chưa được dùng.");
  }

  public static Problem duplicateTaskId(SourceLocation at, String value, SourceLocation first) {
    return Problem.error("DUPLICATE_TASK", at, value,
        "STT \"" + value + "\" đã có ở " + first.describe() + ". Hãy đánh lại STT; dòng này chưa được dùng.");
  }

  public static Problem unknownUnit(SourceLocation at, String value, List<String> closest) {
    return Problem.error("UNKNOWN_UNIT", at, value,
        "không có đơn vị \"" + value + "\" trong danh mục đơn vị" + suggestion(closest)
            + ". Hãy ghi đúng mã hoặc tên đơn vị, hoặc thêm tên này vào cột Tên gọi khác của danh mục.");
  }

  /** A unit cell naming a group where one unit is meant (a report row, a dossier row). */
  public static Problem groupNotUnit(SourceLocation at, String value, List<String> memberNames) {
    return Problem.error("GROUP_NOT_UNIT", at, value,
        "\"" + value + "\" là nhóm đơn vị (gồm: " + String.join(", ", memberNames) + "), không phải một đơn vị. "
            + "Mỗi dòng chỉ ghi một đơn vị: hãy ghi mã hoặc tên của đơn vị đó.");
  }

  public static Problem noLeadUnit(SourceLocation at, String taskId) {
    return Problem.error("NO_LEAD", at, taskId,
        "nhiệm vụ " + taskId + " không có đơn vị chủ trì (kể cả ở dòng đề mục trên nó). Hãy ghi đơn vị chủ trì.");
  }

  public static Problem noDeadline(SourceLocation at, String taskId) {
    return Problem.warning("NO_DEADLINE", at, taskId,
        "nhiệm vụ " + taskId + " không có thời gian hoàn thành; được tính như nhiệm vụ không xác định được thời hạn. "
            + "Hãy ghi thời hạn hoặc ô Hạn chót.");
  }

  // ---- submissions -------------------------------------------------------------------------

  public static Problem unitFromFileName(String file, String stem, List<String> closest) {
    return Problem.error("UNIT_FROM_FILE_NAME", SourceLocation.ofFile(file), stem,
        "tệp không có cột Đơn vị và tên tệp \"" + stem + "\" không phải mã hay tên đơn vị nào" + suggestion(closest)
            + ". Hãy đặt tên tệp bằng mã đơn vị (ví dụ KHTC.xlsx) hoặc thêm cột Mã đơn vị.");
  }

  public static Problem unknownTask(SourceLocation at, String value, List<String> closest) {
    return Problem.error("UNKNOWN_TASK", at, value,
        "kế hoạch không có nhiệm vụ STT \"" + value + "\"" + suggestion(closest) + ". Hãy ghi đúng STT như trong kế hoạch.");
  }

  public static Problem headingNotTask(SourceLocation at, String value, List<String> children) {
    return Problem.error("HEADING_NOT_TASK", at, value,
        "STT \"" + value + "\" là đề mục, không phải nhiệm vụ; hãy báo cáo theo các nhiệm vụ con: " + String.join(", ", children) + ".");
  }

  public static Problem unknownStatus(SourceLocation at, String value) {
    String what = value.isEmpty() ? "chưa ghi tình trạng" : "không hiểu tình trạng \"" + value + "\"";
    return Problem.error("UNKNOWN_STATUS", at, value,
        what + ". Hãy ghi một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện, Không thực hiện.");
  }

  public static Problem doneWithoutDate(SourceLocation at) {
    return Problem.error("DONE_WITHOUT_DATE", at, "",
        "nhiệm vụ báo Hoàn thành nhưng chưa có ngày hoàn thành. Hãy ghi ngày hoàn thành (ngày/tháng/năm).");
  }

  public static Problem dateWithoutDone(SourceLocation at, String value, String status) {
    return Problem.warning("DATE_WITHOUT_DONE", at, value,
        "có ngày hoàn thành \"" + value + "\" nhưng tình trạng là \"" + status + "\"; ngày này không được dùng. "
            + "Nếu đã xong, hãy ghi tình trạng Hoàn thành.");
  }

  public static Problem doneAfterCutOff(SourceLocation at, String value, String cutOff) {
    return Problem.error("DONE_AFTER_CUT_OFF", at, value,
        "ngày hoàn thành " + value + " sau ngày chốt số liệu " + cutOff
            + " nên thuộc kỳ báo cáo sau. Hãy kiểm tra lại ngày; nếu đúng, báo cáo ở kỳ sau.");
  }

  public static Problem doneInFuture(SourceLocation at, String value, String today) {
    return Problem.error("DONE_IN_FUTURE", at, value,
        "ngày hoàn thành " + value + " sau ngày hôm nay (" + today + "). Hãy sửa lại ngày.");
  }

  public static Problem droppedWithoutReason(SourceLocation at) {
    return Problem.error("DROPPED_WITHOUT_REASON", at, "",
        "nhiệm vụ báo Không thực hiện nhưng chưa ghi lý do. Hãy ghi lý do vào cột Ghi chú.");
  }

  public static Problem notAssigned(SourceLocation at, String unit, String taskId, List<String> leads) {
    return Problem.error("NOT_ASSIGNED", at, taskId,
        "đơn vị " + unit + " không được giao chủ trì nhiệm vụ " + taskId + " (đơn vị chủ trì: " + String.join(", ", leads)
            + "). Hãy kiểm tra STT; đơn vị phối hợp không phải báo cáo.");
  }

  public static Problem conflictingDuplicate(SourceLocation at, String unit, String taskId, SourceLocation other) {
    return Problem.error("CONFLICTING_DUPLICATE", at, taskId,
        "đơn vị " + unit + " báo cáo nhiệm vụ " + taskId + " hai lần với nội dung khác nhau (dòng kia: " + other.describe()
            + "). Cả hai dòng chưa được dùng; đơn vị được tính là chưa báo cáo nhiệm vụ này cho đến khi gửi một câu trả lời.");
  }

  // ---- dossiers ----------------------------------------------------------------------------

  public static Problem dossierMismatch(SourceLocation at, String identity, long left, long right) {
    return Problem.error("DOSSIER_MISMATCH", at, left + " ≠ " + right,
        "số liệu không khớp: " + identity + " (" + left + " ≠ " + right + "). Hãy kiểm tra lại các cột của dòng này.");
  }

  public static Problem duplicateDossierUnit(SourceLocation at, String unit, SourceLocation first) {
    return Problem.error("DUPLICATE_DOSSIER_UNIT", at, unit,
        "đơn vị " + unit + " đã có số liệu hồ sơ ở " + first.describe() + ". Mỗi đơn vị chỉ một dòng số liệu trong kỳ: hãy xóa dòng trùng.");
  }

  public static Problem duplicateDossierId(SourceLocation at, String id) {
    return Problem.error("DUPLICATE_DOSSIER", at, id,
        "mã hồ sơ \"" + id + "\" xuất hiện lần thứ hai trong danh sách; dòng này không được tính. Hãy kiểm tra tệp xuất từ hệ thống một cửa.");
  }

  public static Problem doneBeforeReceived(SourceLocation at, String done, String received) {
    return Problem.error("DONE_BEFORE_RECEIVED", at, done,
        "ngày có kết quả " + done + " trước ngày tiếp nhận " + received + ". Hãy sửa lại ngày.");
  }

  public static Problem noChannelColumn(SourceLocation at) {
    return Problem.warning("NO_CHANNEL_COLUMN", at, "",
        "danh sách hồ sơ không có cột Hình thức nộp nên mọi hồ sơ được tính là nộp trực tiếp và tỷ lệ trực tuyến là 0. "
            + "Nếu hệ thống một cửa xuất được cột này, hãy xuất lại kèm cột Hình thức nộp.");
  }

  public static Problem unknownChannel(SourceLocation at, String value) {
    return Problem.warning("UNKNOWN_CHANNEL", at, value,
        "không hiểu hình thức nộp \"" + value + "\" (cần Trực tuyến, Trực tiếp hoặc Bưu chính); hồ sơ được tính là nộp trực tiếp.");
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static String suggestion(List<String> closest) {
    return closest.isEmpty() ? "" : " (gần nhất: " + quoteAll(closest) + ")";
  }

  private static String quoteAll(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
  }

  private static String reason(Throwable cause) {
    if (cause == null) return "lỗi không rõ";
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
  }

  // ---- rules §2 ----------------------------------------------------------------------------

  /** The deadline text matched no phrase of rules §2: the task is kept and counted like OPEN until fixed. */
  public static Problem unresolvedDeadline(SourceLocation at, String text) {
    return Problem.warning("UNRESOLVED_DEADLINE", at, text,
        "không xác định được thời hạn \"" + text + "\"; nhiệm vụ vẫn được giữ và tạm tính như nhiệm vụ không có hạn. "
            + "Hãy điền ngày vào cột Hạn chót (ngày/tháng/năm, ví dụ 30/9/2022) hoặc ghi lại thời hạn, "
            + "ví dụ \"Trước 30/9/2022\", \"Tháng 9/2022\", \"Quý III/2022\".");
  }

  /** The due date resolved from {@code text} is earlier than the plan's issue date: almost surely a typo. */
  public static Problem dueBeforePlan(SourceLocation at, String text, java.time.LocalDate dueDate, java.time.LocalDate planIssueDate) {
    return Problem.warning("DUE_BEFORE_PLAN", at, text,
        "thời hạn \"" + text + "\" được hiểu là ngày " + officialDate(dueDate) + ", sớm hơn ngày ban hành kế hoạch "
            + officialDate(planIssueDate) + ". Hãy kiểm tra xem có gõ nhầm không (thường là nhầm năm), rồi sửa thời hạn "
            + "hoặc điền cột Hạn chót; trong khi chờ, nhiệm vụ được tính với hạn " + officialDate(dueDate) + ".");
  }

  /** "01/9/2021", "30/6/2021", "24/01/2022": day in two digits, months 1 and 2 as 01 and 02 (Nghị định 30/2020/NĐ-CP). */
  private static String officialDate(java.time.LocalDate day) {
    String month = day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
    return String.format(java.util.Locale.ROOT, "%02d/%s/%d", day.getDayOfMonth(), month, day.getYear());
  }
}
