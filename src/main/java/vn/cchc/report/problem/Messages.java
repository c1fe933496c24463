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

  /** Said of every file that fails partway: the rows read before the failure are not used either. */
  private static final String NO_ROW_USED = "Không dòng nào của tệp được dùng. ";

  // ---- files -------------------------------------------------------------------------------

  public static Problem missingFile(String file) {
    return Problem.error("MISSING_FILE", SourceLocation.ofFile(file), "",
        "không tìm thấy tệp. Hãy kiểm tra đường dẫn trong tệp cấu hình hoặc đặt tệp vào đúng thư mục.");
  }

  public static Problem missingFolder(String folder) {
    return Problem.error("MISSING_FOLDER", SourceLocation.ofFile(folder), "",
        "không tìm thấy thư mục. Hãy tạo thư mục và đặt các tệp của kỳ báo cáo vào đó, hoặc sửa đường dẫn trong tệp cấu hình.");
  }

  public static Problem folderNotFile(String file) {
    return Problem.error("NOT_A_FILE", SourceLocation.ofFile(file), "",
        "đây là một thư mục, không phải tệp. Hãy sửa đường dẫn trong tệp cấu hình cho trỏ tới đúng tệp.");
  }

  // ---- entries of an input folder that are not read (issue #8: every file accounted for) ----

  public static Problem subfolder(String entry, String folder, List<String> contents) {
    String inside = contents.isEmpty() ? "thư mục trống"
        : "có " + contents.size() + " tệp: " + quoteAll(contents.stream().limit(5).toList()) + (contents.size() > 5 ? " …" : "");
    if (contents.isEmpty()) {
      return Problem.warning("SUBFOLDER", SourceLocation.ofFile(entry), "",
          "thư mục con (" + inside + ") không được đọc. Có thể xóa thư mục này.");
    }
    return Problem.error("SUBFOLDER", SourceLocation.ofFile(entry), String.join(", ", contents.stream().limit(5).toList()),
        "thư mục con (" + inside + ") không được đọc: chương trình chỉ đọc các tệp nằm ngay trong " + folder + ". "
            + "Nếu đó là báo cáo của kỳ này, hãy chuyển các tệp ra " + folder + "; nếu là tệp cũ, hãy chuyển thư mục con ra chỗ khác.");
  }

  public static Problem excelLockFile(String entry, String original) {
    return Problem.warning("EXCEL_LOCK_FILE", SourceLocation.ofFile(entry), original,
        "tệp khóa tạm của Excel (tệp " + shown(original) + " đang được mở trong Excel), không phải dữ liệu nên không đọc. "
            + "Nếu vừa sửa tệp đó, hãy lưu, đóng Excel rồi chạy lại để chắc chắn dùng bản đã lưu.");
  }

  public static Problem hiddenFile(String entry) {
    return Problem.warning("HIDDEN_FILE", SourceLocation.ofFile(entry), "",
        "tệp ẩn hoặc tệp của hệ điều hành, không đọc. Nếu đây là báo cáo cần dùng, hãy bỏ thuộc tính ẩn và đổi tên không bắt đầu bằng dấu chấm.");
  }

  public static Problem backupFile(String entry) {
    return Problem.warning("BACKUP_FILE", SourceLocation.ofFile(entry), "",
        "tệp sao lưu hoặc tệp tạm (theo đuôi tên tệp), không đọc để số liệu không bị tính hai lần. "
            + "Nếu đây là báo cáo cần dùng, hãy đổi tên tệp (bỏ đuôi .bak, .tmp, .old, ~) rồi chạy lại.");
  }

  public static Problem brokenLink(String entry) {
    return Problem.error("BROKEN_LINK", SourceLocation.ofFile(entry), "",
        "liên kết (shortcut) trỏ tới tệp không còn tồn tại, không đọc được. Hãy đặt chính tệp báo cáo vào thư mục thay cho liên kết.");
  }

  public static Problem linkOutsideData(String entry) {
    return Problem.error("LINK_OUTSIDE_DATA", SourceLocation.ofFile(entry), "",
        "liên kết trỏ ra ngoài thư mục dữ liệu nên không đọc (chương trình chỉ đọc dữ liệu nằm trong thư mục dữ liệu). "
            + "Hãy chép chính tệp báo cáo vào thư mục thay cho liên kết.");
  }

  public static Problem notAFile(String entry) {
    return Problem.error("NOT_A_FILE", SourceLocation.ofFile(entry), "",
        "không phải tệp thông thường (thiết bị, đường ống …) nên không đọc. Hãy đặt tệp báo cáo vào thư mục.");
  }

  public static Problem unreadableFile(String file, Throwable cause) {
    return Problem.error("UNREADABLE_FILE", SourceLocation.ofFile(file), reason(cause),
        "không đọc được tệp (" + reason(cause) + "). " + NO_ROW_USED
            + "Hãy kiểm tra tệp có mở được bằng Excel không (tệp có thể bị hỏng hoặc chép chưa hết), rồi lưu lại và chạy lại.");
  }

  public static Problem unreadableWorkbook(String file, Throwable cause) {
    return Problem.error("UNREADABLE_WORKBOOK", SourceLocation.ofFile(file), reason(cause),
        "không đọc được sổ tính Excel (" + reason(cause) + "). " + NO_ROW_USED
            + "Hãy mở tệp bằng Excel (tệp có thể bị hỏng hoặc chép chưa hết), lưu lại dạng .xlsx rồi chạy lại.");
  }

  /** An .xlsx whose package is damaged: most often a file cut short (its directory is at its end). */
  public static Problem damagedWorkbook(String file, Throwable cause) {
    return Problem.error("DAMAGED_FILE", SourceLocation.ofFile(file), reason(cause),
        "sổ tính Excel bị hỏng hoặc bị cắt cụt (chưa tải về hay chép hết): " + reason(cause) + ". " + NO_ROW_USED
            + "Hãy xin đơn vị gửi lại tệp; hoặc mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp), lưu lại dạng .xlsx rồi chạy lại.");
  }

  public static Problem overCompressed(String file) {
    return Problem.error("OVER_COMPRESSED", SourceLocation.ofFile(file), "",
        "sổ tính có phần nén bất thường (giải nén ra lớn hơn hàng trăm lần: tệp bị làm giả, hoặc có ô chứa một đoạn chữ lặp lại "
            + "rất nhiều lần), chương trình không mở để giữ an toàn bộ nhớ. " + NO_ROW_USED
            + "Hãy mở tệp bằng Excel, tìm và xóa ô bất thường (thường rất dài), lưu lại rồi chạy lại.");
  }

  public static Problem badBytes(String file, int row, String encoding) {
    return Problem.error("BAD_ENCODING", new SourceLocation(file, null, row, null), encoding,
        "tệp được nhận là " + encoding + " nhưng từ dòng này có byte không hợp lệ theo bảng mã đó. " + NO_ROW_USED
            + "Hãy mở tệp bằng Excel và lưu lại dạng \"CSV UTF-8 (Comma delimited)\".");
  }

  /** @param name the legacy encoding's name, e.g. "TCVN3 (ABC, phông .VnTime)" */
  public static Problem legacyEncoding(String file, String sheet, String name) {
    return Problem.error("LEGACY_ENCODING", new SourceLocation(file, sheet, 0, null), name,
        "văn bản trong tệp có vẻ được gõ bằng bảng mã cũ " + name + ", không phải Unicode, nên chữ tiếng Việt bị sai. "
            + "Hãy chuyển mã sang Unicode (ví dụ: Unikey Toolkit, chọn nguồn " + name + ", đích Unicode), lưu lại rồi chạy lại.");
  }

  /** The registry or the plan was read, but no row of it could be used. */
  public static Problem noValidRow(String file) {
    return Problem.error("EMPTY_FILE", SourceLocation.ofFile(file), "",
        "tệp không có dòng dữ liệu hợp lệ nào. Hãy kiểm tra đã chọn đúng tệp và sửa các lỗi của tệp.");
  }

  public static Problem emptyFile(String file) {
    return Problem.error("EMPTY_FILE", SourceLocation.ofFile(file), "",
        "tệp không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp chưa.");
  }

  /**
   * @param kindTitle the Vietnamese name of the table expected
   * @param missing labels of the required columns not found
   * @param found header texts found on the best candidate row (empty when none)
   * @param searchedRows how many rows of each sheet were searched for the header
   */
  public static Problem missingColumns(
      String file, String kindTitle, List<String> missing, List<String> found, int searchedRows, boolean noRequiredFound) {
    String foundText = found.isEmpty()
        ? "không thấy dòng tiêu đề nào trong " + searchedRows + " dòng đầu của trang tính"
        : "các cột tìm thấy: " + quoteAll(found.stream().limit(8).toList()) + (found.size() > 8 ? ", …" : ""); // up to 256 columns
    String below = "nếu tiêu đề nằm dưới dòng " + searchedRows + ", hãy xóa bớt các dòng trống hoặc dòng tiêu đề phụ phía trên nó.";
    String fix = found.isEmpty()
        ? "Hãy thêm dòng tiêu đề với đúng tên cột (xem README, mục Tệp đầu vào); " + below
        : "Hãy thêm cột với đúng tên tiêu đề (xem README, mục Tệp đầu vào), hoặc ghi tên tiêu đề của văn phòng vào mục columns: của "
            + "tệp cấu hình" + (noRequiredFound ? "; chỉ " + searchedRows + " dòng đầu được tìm: " + below : ".");
    return Problem.error("MISSING_COLUMN", SourceLocation.ofFile(file), String.join(", ", missing),
        "không phải " + kindTitle + " hợp lệ: thiếu cột bắt buộc " + quoteAll(missing) + " (" + foundText + "). " + fix);
  }

  /** Two columns name one header cell equally, or one column two cells: which is which cannot be told. */
  public static Problem ambiguousHeader(String file, String sheet, List<String> ambiguities) {
    // Up to 256 header cells of 250 characters each could be quoted: three ambiguities, each cut when it runs past 300.
    String shown = ambiguities.stream().limit(3).map(a -> a.length() > 300 ? cut(a) : a).collect(Collectors.joining("; "));
    return Problem.error("AMBIGUOUS_HEADER", new SourceLocation(file, sheet, 0, null), String.join("; ", ambiguities),
        "không rõ cột nào chứa gì: " + shown + (ambiguities.size() > 3 ? "; …" : "") + ". Không dòng nào của tệp được dùng. "
            + "Hãy sửa tiêu đề cho khác nhau, hoặc ghi rõ tiêu đề của từng cột trong mục columns: của tệp cấu hình "
            + "(xem README, mục Tệp đầu vào).");
  }

  public static Problem hiddenSheetSkipped(String file, String sheet) {
    return Problem.warning("HIDDEN_SHEET", new SourceLocation(file, sheet, 0, null), sheet,
        "trang tính đang ẩn nên không được đọc. Nếu trang này có số liệu cần dùng, hãy bỏ ẩn (Unhide) rồi chạy lại.");
  }

  /** A dossier list (read as a stream) with cells merged down over rows of its body. */
  public static Problem mergedCellsInList(String file, String sheet, List<Integer> firstRows) {
    String rows = firstRows.stream().limit(5).map(String::valueOf).collect(Collectors.joining(", "));
    return Problem.error("MERGED_CELLS_IN_LIST", new SourceLocation(file, sheet, 0, null), rows,
        "danh sách hồ sơ có ô gộp theo chiều dọc trong thân bảng (từ dòng " + rows + (firstRows.size() > 5 ? " …" : "")
            + "), nên không biết ô gộp thuộc hồ sơ nào. Không dòng nào của tệp được dùng. "
            + "Hãy bỏ gộp ô (Unmerge Cells), điền giá trị cho từng dòng rồi chạy lại.");
  }

  /** A text file whose last line has no line break although its other lines do: most likely cut short. */
  public static Problem truncatedText(String file, int line) {
    return Problem.error("TRUNCATED_FILE", new SourceLocation(file, null, line, null), "",
        "tệp có vẻ bị cắt cụt: dòng cuối không kết thúc bằng dấu xuống dòng như các dòng khác (tệp chưa được lưu hay "
            + "chép hết). Không dòng nào của tệp được dùng. Hãy lấy lại tệp đầy đủ từ đơn vị; nếu tệp đúng là như vậy, "
            + "hãy mở bằng Excel và lưu lại (Excel luôn kết thúc dòng cuối).");
  }

  // ---- cells -------------------------------------------------------------------------------

  public static Problem requiredValue(SourceLocation at, String what) {
    return Problem.error("REQUIRED_VALUE", at, "", "thiếu " + what + ". Hãy điền giá trị vào ô này.");
  }

  public static Problem badDate(SourceLocation at, String value) {
    return Problem.error("BAD_DATE", at, value,
        "không hiểu ngày " + shown(value) + ". Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 20/9/2021, hoặc dùng ô kiểu Ngày của Excel.");
  }

  public static Problem badCount(SourceLocation at, String value) {
    return Problem.error("BAD_NUMBER", at, value,
        shown(value) + " không phải số nguyên không âm. Hãy ghi số hồ sơ bằng chữ số, ví dụ 1480 hoặc 1.480.");
  }

  /** A CSV row longer than its header: a cell held the separator without quotes. */
  public static Problem extraFields(SourceLocation at, int fields, int headerColumns, String firstExtra) {
    return Problem.error("EXTRA_FIELDS", at, firstExtra,
        "dòng có " + fields + " ô, nhiều hơn " + headerColumns + " cột của dòng tiêu đề (ô thừa: " + shown(firstExtra) + "): có lẽ "
            + "một ô chứa dấu phân cách (dấu chấm phẩy hay dấu phẩy) mà không được đặt trong ngoặc kép, nên các giá trị bị lệch "
            + "cột. Hãy mở tệp bằng Excel, kiểm tra dòng này rồi lưu lại.");
  }

  public static Problem formulaWithoutValue(SourceLocation at) {
    return Problem.error("FORMULA_WITHOUT_VALUE", at, "",
        "ô là công thức nhưng tệp không lưu giá trị đã tính (tệp do phần mềm khác tạo ra). "
            + "Hãy mở tệp bằng Excel, để Excel tính lại rồi lưu (Ctrl+S) và chạy lại.");
  }

  public static Problem formulaError(SourceLocation at, String value) {
    return Problem.error("FORMULA_ERROR", at, value,
        "ô có lỗi công thức " + shown(value) + " nên không có giá trị. Hãy sửa công thức hoặc ghi giá trị vào ô.");
  }

  public static Problem cellTooLong(SourceLocation at, String value, int limit) {
    return Problem.error("CELL_TOO_LONG", at, value,
        "ô dài " + String.format(java.util.Locale.ROOT, "%,d", value.length()).replace(',', '.') + " ký tự, quá giới hạn "
            + String.format(java.util.Locale.ROOT, "%,d", limit).replace(',', '.') + " ký tự của một ô Excel: "
            + "có lẽ dữ liệu bị dán nhầm vào ô. Hãy kiểm tra lại ô này.");
  }

  /** A date that is no real day of this work: Excel's day 0, 1900, or anything before 2000. */
  public static Problem implausiblyEarlyDate(SourceLocation at, String value, String shownDate) {
    return Problem.error("IMPLAUSIBLE_DATE", at, value,
        "ngày " + shownDate + " (ô ghi " + shown(value) + ") trước năm 2000, không thể là ngày của công việc này; "
            + "thường là ô ngày để trống hoặc ghi số 0 trong Excel. Hãy ghi đúng ngày (ngày/tháng/năm).");
  }

  /** A date after the day of the run: a fact cannot be from the future. */
  public static Problem dateAfterRunDate(SourceLocation at, String value, String shownDate, String today) {
    return Problem.error("DATE_AFTER_RUN_DATE", at, value,
        "ngày " + shownDate + " sau ngày chạy chương trình (" + today + "). Hãy sửa lại ngày.");
  }

  /** A number cell formatted as a percentage where a count of dossiers is meant. */
  public static Problem percentInCount(SourceLocation at, String value) {
    return Problem.error("PERCENT_IN_COUNT", at, value,
        "ô định dạng phần trăm (" + shown(value) + ") nằm trong cột số hồ sơ, nên không biết là bao nhiêu hồ sơ. "
            + "Hãy ghi số hồ sơ (số nguyên) và đổi định dạng ô sang Number hoặc General.");
  }

  // ---- units -------------------------------------------------------------------------------

  public static Problem duplicateUnitCode(SourceLocation at, String code, SourceLocation first) {
    return Problem.error("DUPLICATE_UNIT", at, code,
        "mã đơn vị " + shown(code) + " đã có ở " + first.describe() + ". Mỗi đơn vị một mã riêng: hãy đổi mã hoặc xóa dòng trùng.");
  }

  public static Problem ambiguousUnitName(SourceLocation at, String name, String firstCode, String secondCode) {
    return Problem.warning("AMBIGUOUS_UNIT_NAME", at, name,
        "tên " + shown(name) + " đã dùng cho " + firstCode + " nên không dùng được cho " + secondCode
            + ". Hãy đổi tên gọi khác để mỗi tên chỉ một đơn vị.");
  }

  public static Problem unknownMember(SourceLocation at, String member, List<String> closest) {
    return Problem.error("UNKNOWN_MEMBER", at, member,
        "nhóm có thành viên " + shown(member) + " không có trong danh mục đơn vị" + suggestion(closest)
            + ". Hãy ghi đúng mã đơn vị, cách nhau bằng dấu ;.");
  }

  // ---- plan --------------------------------------------------------------------------------

  public static Problem badTaskId(SourceLocation at, String value) {
    return Problem.error("BAD_TASK_ID", at, value,
        "STT " + shown(value) + " không đúng dạng (ví dụ: 1, 2, 2.1, 8.3). Hãy sửa STT; dòng này chưa được dùng.");
  }

  public static Problem duplicateTaskId(SourceLocation at, String value, SourceLocation first) {
    return Problem.error("DUPLICATE_TASK", at, value,
        "STT " + shown(value) + " đã có ở " + first.describe() + ". Hãy đánh lại STT; dòng này chưa được dùng.");
  }

  public static Problem unknownUnit(SourceLocation at, String value, List<String> closest) {
    return Problem.error("UNKNOWN_UNIT", at, value,
        "không có đơn vị " + shown(value) + " trong danh mục đơn vị" + suggestion(closest)
            + ". Hãy ghi đúng mã hoặc tên đơn vị, hoặc thêm tên này vào cột Tên gọi khác của danh mục.");
  }

  /** A unit list cell with more parts that name no unit than a list has. */
  public static Problem manyUnknownUnits(SourceLocation at, List<String> firstParts, int count) {
    return Problem.error("UNKNOWN_UNIT", at, String.join("; ", firstParts),
        "ô có " + count + " phần không phải tên đơn vị nào trong danh mục (" + quoteAll(firstParts) + " …). "
            + "Hãy ghi mã hoặc tên đơn vị, cách nhau bằng dấu phẩy hoặc chấm phẩy.");
  }

  /** A unit cell naming a group where one unit is meant (a report row, a dossier row). */
  public static Problem groupNotUnit(SourceLocation at, String value, List<String> memberNames) {
    return Problem.error("GROUP_NOT_UNIT", at, value,
        shown(value) + " là nhóm đơn vị (gồm: " + String.join(", ", memberNames) + "), không phải một đơn vị. "
            + "Mỗi dòng chỉ ghi một đơn vị: hãy ghi mã hoặc tên của đơn vị đó.");
  }

  public static Problem noLeadUnit(SourceLocation at, String taskId) {
    return Problem.error("NO_LEAD", at, taskId,
        "nhiệm vụ " + taskId + " không có đơn vị chủ trì (kể cả ở dòng đề mục trên nó). Hãy ghi đơn vị chủ trì.");
  }

  /** A plan table with no lead column and nothing to take the leads from. */
  public static Problem noLeadColumn(String file, String sheet) {
    return Problem.error("NO_LEAD_COLUMN", new SourceLocation(file, sheet, 0, null), "",
        "bảng nhiệm vụ không có cột đơn vị chủ trì (tiêu đề như \"Đơn vị chủ trì\", \"Cơ quan chủ trì\", \"Đơn vị thực hiện\"), "
            + "nên không biết đơn vị nào phải thực hiện và báo cáo từng nhiệm vụ; kế hoạch không dùng được. "
            + "Hãy thêm cột Đơn vị chủ trì; hoặc, nếu cả bảng là nhiệm vụ của một đơn vị, ghi tên đơn vị đó vào khóa "
            + "plan.default_lead của tệp cấu hình hay đặt tên trang tính bằng tên đơn vị.");
  }

  public static Problem leadFromSheetName(SourceLocation at, String sheet) {
    return Problem.warning("LEAD_FROM_SHEET_NAME", at, sheet,
        "bảng nhiệm vụ không có cột đơn vị chủ trì: các nhiệm vụ của trang tính được giao cho " + shown(sheet)
            + " theo tên trang tính. Nếu không đúng, hãy thêm cột Đơn vị chủ trì.");
  }

  /** @param defaultDeadline the office's plan.default_deadline, "" when none */
  public static Problem noDeadlineColumn(SourceLocation at, String defaultDeadline) {
    String then = defaultDeadline.isBlank()
        ? "các nhiệm vụ được tính như nhiệm vụ không xác định được thời hạn (không bao giờ quá hạn). Hãy thêm cột Thời gian "
            + "hoàn thành, hoặc ghi thời hạn chung vào khóa plan.default_deadline của tệp cấu hình (ví dụ \"Trong năm 2021\")."
        : "các nhiệm vụ không ghi thời hạn được tính với thời hạn " + shown(defaultDeadline)
            + " (khóa plan.default_deadline của tệp cấu hình).";
    return Problem.warning("NO_DEADLINE_COLUMN", at, defaultDeadline, "bảng nhiệm vụ không có cột thời gian hoàn thành; " + then);
  }

  /** A unit list cell with punctuation only ("-", ",", "…"): it names nobody. */
  public static Problem emptyUnitList(SourceLocation at, String value) {
    return Problem.error("EMPTY_UNIT_LIST", at, value,
        "ô " + shown(value) + " không ghi tên đơn vị nào. Hãy ghi mã hoặc tên đơn vị, cách nhau bằng dấu phẩy hoặc chấm phẩy.");
  }

  public static Problem noDeadline(SourceLocation at, String taskId) {
    return Problem.warning("NO_DEADLINE", at, taskId,
        "nhiệm vụ " + taskId + " không có thời gian hoàn thành; được tính như nhiệm vụ không xác định được thời hạn. "
            + "Hãy ghi thời hạn hoặc ô Hạn chót.");
  }

  // ---- submissions -------------------------------------------------------------------------

  /**
   * An earlier run's record in the output folder belongs to another office (issue #13): neither
   * "higher than last year" nor the trend of tong-hop.html uses it.
   */
  public static Problem otherOfficesRecord(String file, String owner, String office) {
    return Problem.warning("OTHER_OFFICES_RECORD", SourceLocation.ofFile(file), owner,
        "kết quả lưu của kỳ trước này là của " + shown(owner) + ", không phải của " + office
            + ", nên không dùng để so sánh \"cao hơn năm trước\" và không đưa vào biểu đồ xu hướng. Hãy dùng thư mục kết quả "
            + "riêng cho văn phòng, hoặc ghi tỷ lệ năm trước vào khóa thresholds.previous_year_on_time_percent của cấu hình.");
  }

  /** An earlier run's record in the output folder reports on another plan: not used (issue #13). */
  public static Problem otherPlansRecord(String file, String recordPlan, String plan) {
    return Problem.warning("OTHER_PLANS_RECORD", SourceLocation.ofFile(file), recordPlan,
        "kết quả lưu của kỳ trước này là báo cáo Kế hoạch số " + recordPlan + ", không phải Kế hoạch số " + plan
            + ", nên không dùng để so sánh \"cao hơn năm trước\" và không đưa vào biểu đồ xu hướng. Hãy để kết quả của mỗi kế "
            + "hoạch trong một thư mục kết quả riêng (khóa output của cấu hình hoặc --output).");
  }

  /** An earlier run's record in the output folder cannot be read: that period is left out (issue #13). */
  public static Problem unreadableRecord(String file, String why) {
    return Problem.warning("UNREADABLE_RECORD", SourceLocation.ofFile(file), null,
        "không đọc được kết quả lưu của kỳ trước này (" + why + "), nên kỳ đó không có trong biểu đồ xu hướng và không dùng "
            + "để so sánh \"cao hơn năm trước\". Hãy chạy lại kỳ đó để lập lại tệp, hoặc xóa tệp nếu không cần.");
  }

  /** A form of this program made for another period (issue #12). */
  public static Problem formOfAnotherPeriod(String file, String formPeriod, String runPeriod) {
    return Problem.error("FORM_OF_ANOTHER_PERIOD", SourceLocation.ofFile(file), formPeriod,
        "đây là biểu mẫu của kỳ " + formPeriod + ", không phải kỳ " + runPeriod + " đang tổng hợp, nên không được dùng. "
            + "Hãy đề nghị đơn vị điền biểu mẫu của kỳ " + runPeriod + " (lệnh lap-bieu-mau) rồi gửi lại.");
  }

  /** A form of this program made for another plan. */
  public static Problem formOfAnotherPlan(String file, String formPlan, String runPlan) {
    return Problem.error("FORM_OF_ANOTHER_PLAN", SourceLocation.ofFile(file), formPlan,
        "đây là biểu mẫu của Kế hoạch số " + formPlan + ", không phải Kế hoạch số " + runPlan + " đang tổng hợp, nên không được dùng. "
            + "Hãy đề nghị đơn vị điền đúng biểu mẫu của Kế hoạch số " + runPlan + ".");
  }

  /** A form of this program made for a unit that is not in the registry. */
  public static Problem formOfUnknownUnit(String file, String unit) {
    return Problem.error("FORM_OF_UNKNOWN_UNIT", SourceLocation.ofFile(file), unit,
        "biểu mẫu được lập cho đơn vị mã " + shown(unit) + ", không có trong danh mục đơn vị, nên không được dùng. "
            + "Hãy kiểm tra danh mục đơn vị hoặc lập lại biểu mẫu.");
  }

  public static Problem unitFromFileName(String file, String stem, List<String> closest) {
    return Problem.error("UNIT_FROM_FILE_NAME", SourceLocation.ofFile(file), stem,
        "tệp không có cột Đơn vị và tên tệp " + shown(stem) + " không phải mã hay tên đơn vị nào" + suggestion(closest)
            + ". Hãy đặt tên tệp bằng mã đơn vị (ví dụ KHTC.xlsx) hoặc thêm cột Mã đơn vị.");
  }

  public static Problem unknownTask(SourceLocation at, String value, List<String> closest) {
    return Problem.error("UNKNOWN_TASK", at, value,
        "kế hoạch không có nhiệm vụ STT " + shown(value) + suggestion(closest) + ". Hãy ghi đúng STT như trong kế hoạch.");
  }

  public static Problem headingNotTask(SourceLocation at, String value, List<String> children) {
    return Problem.error("HEADING_NOT_TASK", at, value,
        "STT " + shown(value) + " là đề mục, không phải nhiệm vụ; hãy báo cáo theo các nhiệm vụ con: " + String.join(", ", children) + ".");
  }

  public static Problem unknownStatus(SourceLocation at, String value) {
    String what = value.isEmpty() ? "chưa ghi tình trạng" : "không hiểu tình trạng " + shown(value);
    return Problem.error("UNKNOWN_STATUS", at, value,
        what + ". Hãy ghi một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện, Không thực hiện.");
  }

  public static Problem doneWithoutDate(SourceLocation at) {
    return Problem.error("DONE_WITHOUT_DATE", at, "",
        "nhiệm vụ báo Hoàn thành nhưng chưa có ngày hoàn thành. Hãy ghi ngày hoàn thành (ngày/tháng/năm).");
  }

  public static Problem dateWithoutDone(SourceLocation at, String value, String status) {
    return Problem.warning("DATE_WITHOUT_DONE", at, value,
        "có ngày hoàn thành " + shown(value) + " nhưng tình trạng là " + shown(status) + "; ngày này không được dùng. "
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

  public static Problem doneBeforePlan(SourceLocation at, String value, String planIssuedOn) {
    return Problem.warning("DONE_BEFORE_PLAN", at, value,
        "ngày hoàn thành " + value + " trước ngày ban hành kế hoạch (" + planIssuedOn + "). Hãy kiểm tra lại ngày (thường là nhầm năm); "
            + "trong khi chờ, ngày này vẫn được dùng.");
  }

  /** A "Gửi đến" value that names neither the province nor the Sở: the proposal's text decides. */
  public static Problem unknownProposalAddressee(SourceLocation at, String value) {
    return Problem.warning("UNKNOWN_PROPOSAL_ADDRESSEE", at, value,
        "cột Gửi đến ghi " + shown(value) + ", không rõ là gửi UBND tỉnh hay gửi Sở; chương trình xét theo nội dung đề xuất. "
            + "Hãy ghi \"UBND tỉnh\" hoặc \"Sở\" (hoặc tên phòng, ví dụ \"Văn phòng Sở\").");
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
        "mã hồ sơ " + shown(id) + " xuất hiện lần thứ hai trong danh sách; dòng này không được tính. Hãy kiểm tra tệp xuất từ hệ thống một cửa.");
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
        "không hiểu hình thức nộp " + shown(value) + " (cần Trực tuyến, Trực tiếp hoặc Bưu chính); hồ sơ được tính là nộp trực tiếp.");
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** Values longer than this are cut in messages: a 2 MB cell is not printed whole. */
  public static final int SHOWN_CHARS = 100;

  /** A value as a message quotes it: in quotes, cut to about {@link #SHOWN_CHARS} characters. */
  static String shown(String value) {
    return "\"" + cut(value) + "\"";
  }

  /** The value, or its first {@link #SHOWN_CHARS} characters and how long it is. */
  public static String cut(String value) {
    if (value == null || value.length() <= SHOWN_CHARS) return value;
    int end = Character.isHighSurrogate(value.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
    return value.substring(0, end) + "… (" + String.format(java.util.Locale.ROOT, "%,d", value.length()).replace(',', '.')
        + " ký tự)";
  }

  private static String suggestion(List<String> closest) {
    return closest.isEmpty() ? "" : " (gần nhất: " + quoteAll(closest) + ")";
  }

  private static String quoteAll(List<String> values) {
    return values.stream().map(Messages::shown).collect(Collectors.joining(", "));
  }

  /**
   * A library's reason, for a person: the first message down the chain of causes, without
   * Java class names ("java.util.zip.ZipException: ") and without file paths (the program may have
   * opened the file under another name than the office's).
   */
  private static String reason(Throwable cause) {
    if (cause == null) return "lỗi không rõ";
    String message = null;
    for (Throwable t = cause; t != null && message == null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
    }
    if (message == null) return cause.getClass().getSimpleName();
    String clean = CLASS_NAME.matcher(message).replaceAll("");
    clean = PATH.matcher(clean).replaceAll("…");
    return cut(clean.strip().replaceAll("\\s+", " "));
  }

  private static final java.util.regex.Pattern CLASS_NAME =
      java.util.regex.Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\s*:\\s*");
  private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("'?(?:/|[A-Za-z]:\\\\)[^\\s']*'?");

  // ---- rules §2 ----------------------------------------------------------------------------

  /** The deadline text matched no phrase of rules §2: the task is kept and counted like OPEN until fixed. */
  public static Problem unresolvedDeadline(SourceLocation at, String text) {
    return Problem.warning("UNRESOLVED_DEADLINE", at, text,
        "không xác định được thời hạn " + shown(text) + "; nhiệm vụ vẫn được giữ và tạm tính như nhiệm vụ không có hạn. "
            + "Hãy điền ngày vào cột Hạn chót (ngày/tháng/năm, ví dụ 30/9/2022) hoặc ghi lại thời hạn, "
            + "ví dụ \"Trước 30/9/2022\", \"Tháng 9/2022\", \"Quý III/2022\".");
  }

  /** The due date resolved from {@code text} is earlier than the plan's issue date: almost surely a typo. */
  public static Problem dueBeforePlan(SourceLocation at, String text, java.time.LocalDate dueDate, java.time.LocalDate planIssueDate) {
    return Problem.warning("DUE_BEFORE_PLAN", at, text,
        "thời hạn " + shown(text) + " được hiểu là ngày " + OfficialDate.of(dueDate) + ", sớm hơn ngày ban hành kế hoạch "
            + OfficialDate.of(planIssueDate) + ". Hãy kiểm tra xem có gõ nhầm không (thường là nhầm năm), rồi sửa thời hạn "
            + "hoặc điền cột Hạn chót; trong khi chờ, nhiệm vụ được tính với hạn " + OfficialDate.of(dueDate) + ".");
  }
}
