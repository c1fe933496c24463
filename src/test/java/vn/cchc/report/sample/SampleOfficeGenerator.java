package vn.cchc.report.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample office in {@code data/}: the unit registry, the plan (Kế hoạch số 56/KH-SLĐTBXH
 * ngày 01/9/2021, Phụ lục transcribed from seed 002), the units' status files for 2022-Q1 in the
 * messy forms real offices send, the dossier statistics, and {@code data/README.md}, which lists
 * every file, every planted problem with its row, and the expected story.
 *
 * <p>Everything is fixed content: the one random part (the dossier list) uses a fixed seed, and the
 * Excel packages get fixed timestamps, so two runs give byte-identical files.
 *
 * <pre>
 * mvn -B -ntp -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath vn.cchc.report.sample.SampleOfficeGenerator data"
 * </pre>
 *
 * <p>({@code exec:java -Dexec.mainClass=…} does not work here: the POM configures the plugin's
 * {@code <mainClass>} to the CLI, and that configuration wins over the command-line property.)
 */
public final class SampleOfficeGenerator {

  // ---------------------------------------------------------------- period and paths

  static final String PERIOD = "2022-Q1";
  static final LocalDate PLAN_ISSUED = LocalDate.of(2021, 9, 1);
  static final LocalDate WINDOW_START = LocalDate.of(2021, 12, 15);
  static final LocalDate CUT_OFF = LocalDate.of(2022, 3, 14);
  /** Fixed time stamped into the Excel packages so the bytes do not depend on the day of the run. */
  static final LocalDateTime FILE_TIME = LocalDateTime.of(2022, 3, 14, 8, 0, 0);

  static final String REGISTRY = "don-vi/danh-muc-don-vi.xlsx";
  static final String PLAN = "ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx";
  static final String REPORTS = "bao-cao/" + PERIOD + "/";
  static final String DOSSIERS = "ho-so/" + PERIOD + "/";
  static final String BIEU_06 = DOSSIERS + "bieu-06-tong-hop.xlsx";
  static final String DOSSIER_LIST = DOSSIERS + "danh-sach-ho-so-TTDVVL.csv";

  static final Charset CP1258 = Charset.forName("windows-1258");
  static final Charset UTF_16LE = StandardCharsets.UTF_16LE;

  private static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");
  private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

  // ---------------------------------------------------------------- the registry

  /** One row of the unit registry; a row with members is a group. */
  record UnitDef(String code, String name, String aliases, String members) {
    boolean isGroup() {
      return !members.isEmpty();
    }
  }

  static final List<UnitDef> UNITS = List.of(
      new UnitDef("VP", "Văn phòng Sở", "Văn phòng; VP Sở", ""),
      new UnitDef("TTR", "Thanh tra Sở", "", ""),
      new UnitDef("KHTC", "Phòng Kế hoạch - Tài chính", "", ""),
      new UnitDef("LDVLBH", "Phòng Lao động - Việc làm - Bảo hiểm", "Phòng LĐ-VL-BH", ""),
      new UnitDef("NCC", "Phòng Người có công", "", ""),
      new UnitDef("BTXH", "Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội", "Phòng BTXH&PCTNXH", ""),
      new UnitDef("GDNN", "Phòng Giáo dục nghề nghiệp", "", ""),
      new UnitDef("TEBDG", "Phòng Trẻ em - Bình đẳng giới", "", ""),
      new UnitDef("TTDVVL", "Trung tâm Dịch vụ việc làm", "TT DVVL", ""),
      new UnitDef("TTBTXH", "Trung tâm Bảo trợ xã hội tổng hợp", "", ""),
      new UnitDef("CSCN", "Cơ sở cai nghiện ma túy", "", ""),
      new UnitDef("PCM", "Các phòng chuyên môn",
          "Các phòng chuyên môn Sở; Các phòng CM; Phòng chuyên môn", "KHTC;LDVLBH;NCC;BTXH;GDNN;TEBDG"),
      new UnitDef("DVTT", "Các đơn vị trực thuộc", "ĐVTT; ĐVTT Sở; Đơn vị trực thuộc", "TTDVVL;TTBTXH;CSCN"));

  // ---------------------------------------------------------------- the plan (seed 002, verbatim)

  /**
   * One row of the plan's Phụ lục, text exactly as in the seed (trailing spaces and typos kept).
   * {@code numericStt} stores the STT as a NUMBER cell, the way Excel damages "2.1". {@code due} is
   * the due date the rules (§2) give; null for OPEN tasks and group headings.
   */
  record PlanRow(String stt, boolean numericStt, String content, String lead, String performers,
      String result, String deadline, LocalDate due) {
    boolean heading() {
      return lead == null;
    }

    String id() {
      return stt.strip();
    }
  }

  static PlanRow task(String stt, String content, String lead, String performers, String result,
      String deadline, LocalDate due) {
    return new PlanRow(stt, false, content, lead, performers, result, deadline, due);
  }

  static PlanRow numTask(String stt, String content, String lead, String performers, String result,
      String deadline, LocalDate due) {
    return new PlanRow(stt, true, content, lead, performers, result, deadline, due);
  }

  static PlanRow heading(String stt, String content) {
    return new PlanRow(stt, false, content, null, null, null, null, null);
  }

  static LocalDate d(int day, int month, int year) {
    return LocalDate.of(year, month, day);
  }

  static final List<PlanRow> PLAN_ROWS = List.of(
      task("1", "Triển khai thực hiện một số mô hình trong giải quyết TTHC theo cơ chế một cửa, một cửa liên thông",
          "Văn phòng Sở", "Các phòng chuyên môn, ĐVTT", "Văn bản", "Sau khi có vb triển khai của UBND tỉnh ", null),
      heading("2", "100% các biểu mẫu, đơn, tờ khai hướng dẫn kê khai thực hiện thủ tục hành chính thuộc thẩm quyền tiếp nhận, giải quyết của Sở phải có mẫu hướng dẫn cách kê khai viết thông tin vào biểu mẫu và công khai trên trang thông tin điện tử của Sở "),
      numTask("2.1", "Hướng dẫn cách kê khai viết thông tin vào các biểu mẫu, tờ khai, đơn của từng TTHC ",
          "Các Phòng chuyên môn, ĐVTT Sở", null, "Các biểu mẫu có hướng dẫn kê khai", "Trước 25/9/2021", d(25, 9, 2021)),
      task("2.2", "Tổng hợp danh mục các TTHC có các biểu mẫu cần được hướng dẫn kê khai viết thông tin vào biểu mẫu ",
          "Văn phòng Sở ", null, "Danh Mục TTHC", "Trước 30/9/2021", d(30, 9, 2021)),
      task("2.3", "Công khai trên Trang thông tin điện tử của Sở ",
          "Văn Phòng Sở ", null, "Tạo chuyên mục “hướng dẫn kê khai TTHC”", "Trước 30/9/2021", d(30, 9, 2021)),
      heading("3", "Thực hiện công khai đầy đủ các nội dung thông tin về TTHC, công khai thông tin của tiêu chí khảo sát, đánh giá chỉ số PAPI"),
      task("3.1", "Công khai đầy đủ các nội dung thông tin về TTHC, công khai thông tin của tiêu chí khảo sát, đánh giá chỉ số PAPI",
          "Văn phòng Sở ", null, "Thông tin được đăng trên Trang thông tin điện tử của Sở", "Trước 10/9/2021", d(10, 9, 2021)),
      numTask("3.2", "Tuyên truyền, phổ biến, quán triệt trong các cuộc họp của Phòng, ĐVTT",
          "Các Phòng chuyên môn, ĐVTT Sở", null, "Thông tin được truyền đạt đến CC, VC, NLĐ", "Trước 15/9/2021", d(15, 9, 2021)),
      heading("4", "Xây dựng quy trình liên thông đối với quy trình TTHC nội bộ giữa các cơ quan hành chính nhà nước (thủ tục liên thông do Sở Lao động – TB&XH chủ trì giải quyết)"),
      task("4.1", "Mẫu hóa quy trình, các bước công việc, thời gian, các chủ thể chính tham gia thực hiện thành sơ đồ các bước thực hiện (Các quy trình giải quyết TTHC thuộc thẩm quyền của Sở Lao động – Tb&XH chủ trì tham mưu, ký giải quyết, các cơ quan được tham gia lấy ý kiến, phối hợp giải quyết).",
          "Văn Phòng Sở", "Các phòng chuyên môn, ĐVTT", "Quy chế phối hợp ", "01/2022", d(31, 1, 2022)),
      numTask("4.2", "Tham mưu UBND tỉnh phê duyệt quy trình liên thông trong tiếp nhận và giải quyết TTHC cho tổ chức, cá nhân trên địa bàn tỉnh",
          "Văn phòng Sở", null, "Quyết định phê duyệt của UBND tỉnh ", "02/2022", d(28, 2, 2022)),
      task("4.3", "Công khai quy trình để cá nhân, tổ chức biết, thực hiện.",
          "Văn phòng Sở ", null, "Thông báo ", "03/2022", d(31, 3, 2022)),
      heading("5", "Cập nhật, đưa các quy trình giải quyết TTHC liên thông đối với quy trình thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước thành quy trình liên thông điện tử."),
      numTask("5.1", "Rà soát các TTHC liên thông để cập nhật, hoàn thiện quy trình giải quyết TTHC liên thống trên Hệ thống phần mềm một cửa điện tử (lưu ý các TTHC đã có quyết định của UBND tỉnh cắt giảm thời gian). ",
          "Các phòng chuyên môn, ĐVTT", null, "Báo cáo   ", "Tháng 05/2022", d(31, 5, 2022)),
      task("5.2", "Xây dựng quy trình liên thông điện tử ",
          "Văn phòng Sở ", null, "Quyết định phê duyệt của Sở", "06/2021", d(30, 6, 2021)),
      numTask("6", "Tổ chức kiểm tra và có văn bản hướng dẫn các địa phương thực hiện quy trình rà soát, xét duyệt công khai, minh bạch danh sách các hộ nghèo và giải quyết chế độ chính sách đúng quy trình, thủ tục, đảm bảo đúng đối tượng, địa bàn thụ hưởng chính sách theo quy định (tập trung vào UBND các xã phường, thị trấn: Xã Tiến thành và phường Đức Thắng (Phan Thiết), xã Thuận Hòa và thị trấn Ma Lâm (Hàm Thuận Bắc), xã Chí Công và UBND thị trấn Liên Hương (Tuy Phong) và công khai để người dân biết.",
          " Phòng BTXH&PCTNXH", null, "Báo cáo kết quả thực hiện", "Trước 10/9/2021", d(10, 9, 2021)),
      task("7", "Công khai thông tin địa chỉ cơ quan, tên và chức vụ, số điện thoại của cán bộ, công chức, viên chức có thẩm quyền tiếp nhận, hướng dẫn, trả lời các PAKN của tổ chức, cá nhân liên quan đến thực hiện thủ tục hành chính của người dân, doanh ngiệp ",
          "Văn phòng Sở ", null, "Thông báo ", "Trước 15/9/2021", d(15, 9, 2021)),
      heading("8", "Xây dựng Kế hoạch phát động tìm kiếm giải pháp, sáng kiến trong thực hiện các nhiệm vụ cải cách hành chính. "),
      task("8.1", "Xây dựng kế hoạch ", "Văn phòng Sở", null, "Kế hoạch", "Tháng 9/2021", d(30, 9, 2021)),
      task("8.2", "Đăng ký các đề tài sáng kiến về CCHC ",
          "Văn phòng Sở, Các phòng chuyên môn, ĐVTT Sở", null, "Văn bản ", "Theo kế hoạch", null),
      task("8.3 ", "Tổng hợp, đánh giá, lựa chọn giải pháp sáng kiến đưa vào thực hiện ",
          "Văn phòng ", "Các phòng chuyên môn, ĐVTT ", "Thông báo ", "Quý I/2022", d(31, 3, 2022)));

  // ---------------------------------------------------------------- submissions

  /** How a completion date is written into a cell. */
  sealed interface When permits On, Typed, Serial, Formula {}

  /** A real date: a date cell in Excel, the file's date pattern in text files. */
  record On(LocalDate date) implements When {}

  /** A date typed as text in an Excel cell. */
  record Typed(String text, LocalDate date) implements When {}

  /** The date's serial number in a General-format cell. */
  record Serial(LocalDate date) implements When {}

  /** {@code =DATE(y,m,d)} with a date format and its cached value. */
  record Formula(LocalDate date) implements When {}

  /** A planted problem: what is wrong and what a correct program must do. */
  record Plant(String what, String expected, boolean rejects) {}

  /**
   * One row a unit sends. {@code unitCell} is the text of the unit column (null when the file has
   * none and the unit comes from the file name); {@code unit} is who sent it (the file's unit).
   */
  record Answer(String unit, String task, String unitCell, String status, When done, String evidence,
      String problems, String proposals, String note, Plant plant) {

    Answer withUnitCell(String cell) {
      return new Answer(unit, task, cell, status, done, evidence, problems, proposals, note, plant);
    }

    Answer planted(Plant p) {
      return new Answer(unit, task, unitCell, status, done, evidence, problems, proposals, note, p);
    }

    LocalDate doneDate() {
      if (done == null) return null;
      if (done instanceof On o) return o.date();
      if (done instanceof Typed t) return t.date();
      if (done instanceof Serial s) return s.date();
      return ((Formula) done).date();
    }
  }

  static Answer a(String unit, String task, String status, When done, String evidence) {
    return new Answer(unit, task, null, status, done, evidence, "", "", "", null);
  }

  static Answer a(String unit, String task, String status, When done, String evidence, String note) {
    return new Answer(unit, task, null, status, done, evidence, "", "", note, null);
  }

  static Answer a(String unit, String task, String status, When done, String evidence, String problems,
      String proposals, String note) {
    return new Answer(unit, task, null, status, done, evidence, problems, proposals, note, null);
  }

  static On on(int day, int month, int year) {
    return new On(d(day, month, year));
  }

  // The planted problems (one each; nothing else in the sample is wrong).
  static final Plant P_GROUP_HEADING = new Plant("Báo cáo vào STT \"2\", là nhóm nhiệm vụ (có 2.1, 2.2, 2.3), không phải nhiệm vụ",
      "Row error: \"2\" is a group heading, not a task; report on 2.2 and 2.3 (which VP also sends). Row rejected.", true);
  static final Plant P_NOT_LEAD = new Plant("KHTC báo cáo nhiệm vụ 2.2, do Văn phòng Sở chủ trì (KHTC không chủ trì)",
      "Row error: unit KHTC is not a lead unit of task 2.2 (lead: Văn phòng Sở). Row rejected; nothing counted for 2.2 from KHTC.", true);
  static final Plant P_UNKNOWN_STATUS = new Plant("Tình trạng \"Xong rồi\" không thuộc danh mục (rules §3; \"Xong\" thì hợp lệ)",
      "Row error naming the accepted words. LDVLBH counts as not reporting 8.2 (D → C1, 8.2 is OPEN).", true);
  static final Plant P_DONE_NO_DATE = new Plant("\"Hoàn thành\" nhưng để trống Ngày hoàn thành",
      "Row error: DONE needs a completion date. NCC counts as not reporting 3.2 (D → C2, due 15/9/2021).", true);
  static final Plant P_AFTER_CUTOFF = new Plant("Ngày hoàn thành 18/3/2022 sau ngày chốt số liệu 14/3/2022",
      "Row error: the fact belongs to a later period. BTXH counts as not reporting 8.2 (D → C1).", true);
  static final Plant P_UNKNOWN_TASK = new Plant("STT \"9.1\" không có trong Kế hoạch 56/KH-SLĐTBXH",
      "Row error: unknown task 9.1, naming the closest known ids (e.g. 8.1, 5.1). Row rejected.", true);
  static final Plant P_UNKNOWN_UNIT = new Plant("Đơn vị \"Phòng Tổ chức cán bộ\" không có trong danh mục đơn vị",
      "Row error: unknown unit, naming the closest known names. Row rejected; TTDVVL's own 3.2 row (earlier in the file) is used.", true);
  static final Plant P_DUPLICATE_IDENTICAL = new Plant("Cùng (GDNN, 3.2) hai lần, giống hệt nhau",
      "NOT an error: identical rows merge into one answer (A1, 10/9/2021). Both rows are accounted for as used.", false);
  static final Plant P_CONFLICT = new Plant("Cùng (TTBTXH, 3.2) hai lần với nội dung khác nhau (Hoàn thành 15/9/2021 / Đang thực hiện)",
      "One error naming both places; neither row is used: TTBTXH counts as not reporting 3.2 (D → C2).", true);
  static final Plant P_DROPPED_NO_REASON = new Plant("\"Không thực hiện\" nhưng không ghi lý do (Ghi chú trống)",
      "Row error: DROPPED needs a reason in Ghi chú. CSCN counts as not reporting 2.1 (D → C2).", true);

  static final String KHTC_NAME = "Phòng Kế hoạch – Tài chính"; // en dash, as the unit typed it

  static List<Answer> vpAnswers() {
    return List.of(
        a("VP", "1", "Đang thực hiện", null,
            "Đã rà soát, đề xuất áp dụng mô hình tiếp nhận hồ sơ TTHC qua dịch vụ bưu chính công ích tại Bộ phận một cửa của Sở",
            "Chờ văn bản triển khai của UBND tỉnh"),
        a("VP", "2", "Hoàn thành", on(30, 9, 2021), "Đã hoàn thành các nội dung 2.1, 2.2, 2.3").planted(P_GROUP_HEADING),
        a("VP", "2.2", "Hoàn thành", new Formula(d(28, 9, 2021)),
            "Công văn số 1685/SLĐTBXH-VP ngày 28/9/2021 về danh mục TTHC có biểu mẫu cần hướng dẫn kê khai"),
        a("VP", "2.3", "Đã hoàn thành", on(30, 9, 2021),
            "Tạo chuyên mục “Hướng dẫn kê khai TTHC” trên Trang thông tin điện tử của Sở"),
        a("VP", "3.1", "HT", new Serial(d(10, 9, 2021)),
            "Đăng tải đầy đủ thông tin về TTHC và tiêu chí khảo sát PAPI trên Trang thông tin điện tử của Sở"),
        a("VP", "4.1", "Hoàn thành", on(15, 2, 2022),
            "Quyết định số 45/QĐ-SLĐTBXH ngày 15/02/2022 ban hành Quy chế phối hợp giải quyết TTHC liên thông",
            "Chậm so với kế hoạch do chờ ý kiến góp ý của các phòng, đơn vị"),
        a("VP", "4.2", "Đang thực hiện", null,
            "Đã gửi dự thảo quy trình lấy ý kiến các Sở, ngành (Công văn số 312/SLĐTBXH-VP ngày 18/02/2022)",
            "Đến ngày 14/3/2022 còn 02 Sở, ngành chưa có ý kiến góp ý đối với dự thảo quy trình liên thông nên chưa trình UBND tỉnh phê duyệt đúng thời hạn",
            "Đề nghị Văn phòng UBND tỉnh đôn đốc các Sở, ngành liên quan sớm có ý kiến góp ý để Sở hoàn chỉnh, trình UBND tỉnh phê duyệt quy trình liên thông trong tháng 3/2022",
            ""),
        a("VP", "4.3", "Chưa triển khai", null, "", "Thực hiện sau khi UBND tỉnh phê duyệt quy trình (nhiệm vụ 4.2)"),
        a("VP", "5.2", "Chưa triển khai", null, "",
            "Xây dựng quy trình điện tử sau khi quy trình liên thông được UBND tỉnh phê duyệt"),
        a("VP", "7", "Hoàn thành", new Typed("24/9/2021", d(24, 9, 2021)),
            "Thông báo số 96/TB-SLĐTBXH ngày 24/9/2021 công khai thông tin cán bộ tiếp nhận, trả lời phản ánh, kiến nghị"),
        a("VP", "8.1", "Hoàn thành", on(20, 9, 2021),
            "Kế hoạch số 62/KH-SLĐTBXH ngày 20/9/2021 phát động tìm kiếm giải pháp, sáng kiến CCHC"),
        a("VP", "8.2", "Hoàn thành", on(15, 10, 2021),
            "Công văn số 1905/SLĐTBXH-VP ngày 15/10/2021 đăng ký 02 sáng kiến CCHC"),
        a("VP", "8.3", "Đang thực hiện", null,
            "Đã tổng hợp 09 giải pháp, sáng kiến đăng ký; đang chuẩn bị họp Hội đồng đánh giá", "Dự kiến hoàn thành trong tháng 3/2022"));
  }

  static List<Answer> khtcAnswers() {
    return List.of(
        a("KHTC", "2.1", "Không thực hiện", null, "",
            "Phòng không được giao tiếp nhận, giải quyết TTHC nên không có biểu mẫu, tờ khai cần hướng dẫn"),
        a("KHTC", "2.2", "Hoàn thành", on(29, 9, 2021),
            "Đã rà soát, báo cáo Văn phòng Sở: Phòng không có TTHC thuộc danh mục (Công văn số 1702/SLĐTBXH-KHTC ngày 29/9/2021)")
            .planted(P_NOT_LEAD),
        a("KHTC", "3.2", "Hoàn thành", on(14, 9, 2021), "Quán triệt tại cuộc họp giao ban Phòng ngày 14/9/2021 (có biên bản)"),
        a("KHTC", "5.1", "Không thực hiện", null, "", "Phòng không có TTHC liên thông thuộc phạm vi quản lý"),
        a("KHTC", "8.2", "Đã hoàn thành", on(8, 10, 2021),
            "Công văn số 1850/SLĐTBXH-KHTC ngày 08/10/2021 đăng ký 01 sáng kiến"))
        .stream().map(x -> x.withUnitCell(KHTC_NAME)).toList();
  }

  static List<Answer> ldvlbhAnswers() {
    return List.of(
        a("LDVLBH", "2.1", "Đã hoàn thành", on(24, 9, 2021),
            "Xây dựng 14 mẫu hướng dẫn kê khai TTHC lĩnh vực việc làm, an toàn lao động, bảo hiểm xã hội"),
        a("LDVLBH", "3.2", "HT", on(15, 9, 2021), "Quán triệt tại cuộc họp Phòng ngày 15/09/2021, có biên bản"),
        a("LDVLBH", "5.1", "Đang thực hiện", null, "Đã rà soát 09/14 TTHC liên thông",
            "- Một số TTHC liên thông với Bảo hiểm xã hội tỉnh chưa được cấu hình trên Hệ thống một cửa điện tử, phải xử lý song song hồ sơ giấy.\n"
                + "- Công chức của Phòng kiêm nhiệm nhiều việc, chưa được tập huấn sử dụng phần mềm.",
            "Đề nghị Văn phòng Sở phối hợp Trung tâm Phục vụ hành chính công tỉnh, VNPT Bình Thuận cấu hình quy trình, tổ chức tập huấn cho công chức, viên chức",
            ""),
        a("LDVLBH", "8.2", "Xong rồi", on(20, 10, 2021),
            "Công văn số 1925/SLĐTBXH-LĐVLBH ngày 20/10/2021 đăng ký 02 sáng kiến, giải pháp").planted(P_UNKNOWN_STATUS));
  }

  static List<Answer> nccAnswers() {
    return List.of(
        a("NCC", "2.1", "Hoàn thành", on(23, 9, 2021), "Xây dựng 09 mẫu hướng dẫn kê khai TTHC lĩnh vực người có công"),
        a("NCC", "3.2", "Hoàn thành", null, "Quán triệt tại cuộc họp Phòng, có biên bản").planted(P_DONE_NO_DATE),
        a("NCC", "5.1", "Đang thực hiện", null,
            "Đang rà soát quy trình liên thông giải quyết chế độ mai táng phí, trợ cấp một lần đối với người có công"),
        a("NCC", "8.2", "Hoàn thành", on(12, 10, 2021), "Công văn số 1876/SLĐTBXH-NCC ngày 12/10/2021 đăng ký 01 sáng kiến"));
  }

  static List<Answer> btxhAnswers() {
    return List.of(
        a("BTXH", "2.1", "Hoàn thành", on(25, 9, 2021),
            "Xây dựng 11 mẫu hướng dẫn kê khai TTHC lĩnh vực bảo trợ xã hội, phòng, chống tệ nạn xã hội"),
        a("BTXH", "3.2", "Đã hoàn thành", on(13, 9, 2021), "Quán triệt tại cuộc họp Phòng ngày 13/9/2021"),
        a("BTXH", "5.1", "Đang TH", null, "Đã rà soát 06 TTHC liên thông lĩnh vực bảo trợ xã hội"),
        a("BTXH", "6", "Hoàn thành", on(30, 9, 2021),
            "Báo cáo số 215/BC-SLĐTBXH ngày 30/9/2021 kết quả kiểm tra công tác rà soát hộ nghèo tại 06 xã, phường, thị trấn",
            "Đợt kiểm tra trùng thời gian giãn cách xã hội phòng, chống dịch Covid-19 nên phải lùi lịch; công chức lao động - thương binh và xã hội cấp xã kiêm nhiệm nhiều việc, thường xuyên thay đổi",
            "Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã bố trí công chức theo dõi lĩnh vực lao động - thương binh và xã hội ổn định, không kiêm nhiệm",
            ""),
        a("BTXH", "8.2", "Hoàn thành", on(18, 3, 2022),
            "Công văn số 512/SLĐTBXH-BTXH ngày 18/3/2022 đăng ký sáng kiến").planted(P_AFTER_CUTOFF));
  }

  static List<Answer> gdnnAnswers() {
    Answer dup = a("GDNN", "3.2", "Hoàn thành", on(10, 9, 2021), "Quán triệt tại cuộc họp Phòng ngày 10/9/2021");
    return List.of(
        a("GDNN", "2.1", "Hoàn thành", on(22, 9, 2021), "Xây dựng 07 mẫu hướng dẫn kê khai TTHC lĩnh vực giáo dục nghề nghiệp"),
        dup,
        dup.planted(P_DUPLICATE_IDENTICAL),
        a("GDNN", "5.1", "Đang thực hiện", null, "Đang rà soát 03 TTHC liên thông lĩnh vực giáo dục nghề nghiệp"),
        a("GDNN", "8.2", "Chưa triển khai", null, "", "Phòng chưa có sáng kiến đăng ký"),
        a("GDNN", "9.1", "Hoàn thành", on(20, 1, 2022), "Rà soát, cập nhật danh mục TTHC lĩnh vực giáo dục nghề nghiệp")
            .planted(P_UNKNOWN_TASK));
  }

  static List<Answer> ttdvvlAnswers() {
    return List.of(
        a("TTDVVL", "2.1", "Hoàn thành", on(24, 9, 2021),
            "Niêm yết 08 mẫu hướng dẫn kê khai hồ sơ bảo hiểm thất nghiệp, giới thiệu việc làm").withUnitCell("Trung tâm Dịch vụ việc làm"),
        a("TTDVVL", "3.2", "Hoàn thành ", on(15, 9, 2021), "Quán triệt tại cuộc họp giao ban Trung tâm ngày 15/9/2021")
            .withUnitCell("TT DVVL"),
        a("TTDVVL", "5.1", "Đang thực hiện", null, "Đã rà soát quy trình giải quyết hưởng trợ cấp thất nghiệp",
            "Hệ thống một cửa điện tử của tỉnh và phần mềm quản lý bảo hiểm thất nghiệp chưa kết nối, viên chức phải nhập liệu hai lần cho mỗi hồ sơ",
            "Đề nghị Sở kiến nghị UBND tỉnh chỉ đạo kết nối, liên thông dữ liệu giữa Hệ thống một cửa điện tử tỉnh và phần mềm quản lý bảo hiểm thất nghiệp",
            "").withUnitCell("Trung tâm Dịch vụ việc làm"),
        a("TTDVVL", "8.2", "Hoàn thành", on(11, 10, 2021), "Công văn số 415/TTDVVL-HC ngày 11/10/2021 đăng ký 01 sáng kiến")
            .withUnitCell("Trung tâm Dịch vụ  việc làm"), // double space, as typed
        a("TTDVVL", "3.2", "Hoàn thành", on(15, 9, 2021), "Quán triệt tại cuộc họp Phòng")
            .withUnitCell("Phòng Tổ chức cán bộ").planted(P_UNKNOWN_UNIT));
  }

  static List<Answer> ttbtxhAnswers() {
    return List.of(
        a("TTBTXH", "2.1", "Hoàn thành", on(25, 9, 2021), "Niêm yết hướng dẫn kê khai hồ sơ tiếp nhận đối tượng vào Trung tâm"),
        a("TTBTXH", "3.2", "Hoàn thành", on(15, 9, 2021), "Quán triệt tại cuộc họp cơ quan ngày 15/9/2021").planted(P_CONFLICT),
        a("TTBTXH", "5.1", "Chưa triển khai", null, "", "Chờ hướng dẫn của Văn phòng Sở"),
        a("TTBTXH", "8.2", "Hoàn thành", on(15, 10, 2021), "Công văn số 245/TTBTXH-HC ngày 15/10/2021 đăng ký 01 sáng kiến"),
        a("TTBTXH", "3.2", "Đang thực hiện", null, "Tiếp tục quán triệt đến các tổ, bộ phận").planted(P_CONFLICT))
        .stream().map(x -> x.withUnitCell("TTBTXH")).toList();
  }

  static List<Answer> cscnAnswers() {
    return List.of(
        a("CSCN", "2.1", "Không thực hiện", null, "", "").planted(P_DROPPED_NO_REASON),
        a("CSCN", "3.2", "Hoàn thành", on(14, 9, 2021), "Quán triệt tại cuộc họp giao ban ngày 14/9/2021"));
  }

  // ---------------------------------------------------------------- generation bookkeeping

  /** Where a planted row ended up: filled in by the writers, printed in the README. */
  record Placed(String file, String where, Answer answer) {}

  private final Path out;
  private final List<Placed> placed = new ArrayList<>();
  private final Map<String, String> fileForms = new LinkedHashMap<>();
  private DossierFigures ttdvvlFigures;

  SampleOfficeGenerator(Path out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "data");
    new SampleOfficeGenerator(out).generate();
    System.out.println("Sample office written to " + out.toAbsolutePath().normalize());
  }

  /** Writes every sample file under the output folder. */
  void generate() throws IOException {
    writeRegistry();
    writePlan();
    writeVp();
    writeKhtc();
    writeLdvlbh();
    writeBtxh();
    writeNcc();
    writeGdnn();
    writeTtdvvl();
    writeTtbtxh();
    writeCscn();
    writeBieu06();
    writeDossierList();
    writeReadme();
  }

  private void write(String relative, byte[] bytes) throws IOException {
    Path target = out.resolve(relative);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
  }

  // ---------------------------------------------------------------- Excel helpers

  /** Cell styles of one workbook. */
  static final class Styles {
    final CellStyle title;
    final CellStyle titleItalic;
    final CellStyle right;
    final CellStyle header;
    final CellStyle text;
    final CellStyle center;
    final CellStyle date;
    final CellStyle number;
    final CellStyle boldText;
    final CellStyle boldNumber;

    Styles(Workbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      bold.setFontName("Times New Roman");
      bold.setFontHeightInPoints((short) 12);
      Font italic = wb.createFont();
      italic.setItalic(true);
      italic.setFontName("Times New Roman");
      italic.setFontHeightInPoints((short) 12);
      Font plain = wb.createFont();
      plain.setFontName("Times New Roman");
      plain.setFontHeightInPoints((short) 12);

      title = wb.createCellStyle();
      title.setFont(bold);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setWrapText(true);
      titleItalic = wb.createCellStyle();
      titleItalic.setFont(italic);
      titleItalic.setAlignment(HorizontalAlignment.CENTER);
      titleItalic.setWrapText(true);
      right = wb.createCellStyle();
      right.setFont(italic);
      right.setAlignment(HorizontalAlignment.RIGHT);

      header = boxed(wb, bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      text = boxed(wb, plain);
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      center = boxed(wb, plain);
      center.setAlignment(HorizontalAlignment.CENTER);
      center.setVerticalAlignment(VerticalAlignment.TOP);
      date = boxed(wb, plain);
      date.setAlignment(HorizontalAlignment.CENTER);
      date.setVerticalAlignment(VerticalAlignment.TOP);
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      number = boxed(wb, plain);
      number.setAlignment(HorizontalAlignment.CENTER);
      boldText = boxed(wb, bold);
      boldNumber = boxed(wb, bold);
      boldNumber.setAlignment(HorizontalAlignment.CENTER);
    }

    private static CellStyle boxed(Workbook wb, Font font) {
      CellStyle s = wb.createCellStyle();
      s.setFont(font);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }
  }

  static Row row(Sheet sheet, int index) {
    Row r = sheet.getRow(index);
    return r != null ? r : sheet.createRow(index);
  }

  static Cell text(Sheet sheet, int r, int c, String value, CellStyle style) {
    Cell cell = row(sheet, r).createCell(c);
    if (value != null && !value.isEmpty()) cell.setCellValue(value); // Excel leaves empty cells blank
    if (style != null) cell.setCellStyle(style);
    return cell;
  }

  static Cell number(Sheet sheet, int r, int c, double value, CellStyle style) {
    Cell cell = row(sheet, r).createCell(c);
    cell.setCellValue(value);
    if (style != null) cell.setCellStyle(style);
    return cell;
  }

  /** A merged title line across columns first..last. */
  static void titleLine(Sheet sheet, int r, int first, int last, String value, CellStyle style) {
    text(sheet, r, first, value, style);
    if (last > first) sheet.addMergedRegion(new CellRangeAddress(r, r, first, last));
  }

  /** A merged header cell; every cell of the region gets the header style (so borders show). */
  static void headerCell(Sheet sheet, int r1, int r2, int c1, int c2, String value, CellStyle style) {
    for (int r = r1; r <= r2; r++) {
      for (int c = c1; c <= c2; c++) {
        text(sheet, r, c, r == r1 && c == c1 ? value : null, style);
      }
    }
    if (r1 != r2 || c1 != c2) sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
  }

  /** Writes a completion date in the way the answer asks for. */
  static void dateCell(Sheet sheet, int r, int c, When when, Styles st) {
    if (when == null) {
      text(sheet, r, c, null, st.date);
    } else if (when instanceof On o) {
      Cell cell = row(sheet, r).createCell(c);
      cell.setCellValue(o.date());
      cell.setCellStyle(st.date);
    } else if (when instanceof Typed t) {
      text(sheet, r, c, t.text(), st.center);
    } else if (when instanceof Serial s) {
      // General format: the cell shows the bare serial number, e.g. 44449.
      Cell cell = row(sheet, r).createCell(c);
      cell.setCellValue(DateUtil.getExcelDate(s.date()));
    } else if (when instanceof Formula f) {
      Cell cell = row(sheet, r).createCell(c);
      LocalDate x = f.date();
      cell.setCellFormula("DATE(" + x.getYear() + "," + x.getMonthValue() + "," + x.getDayOfMonth() + ")");
      cell.setCellStyle(st.date);
      cell.setCellValue(DateUtil.getExcelDate(x)); // cached value, as Excel saves it
    }
  }

  static String cellText(String s) {
    return s == null ? "" : s;
  }

  /** Serialises an XSSF workbook with fixed timestamps, so the bytes are the same on every run. */
  static byte[] xlsxBytes(XSSFWorkbook wb) throws IOException {
    var core = wb.getProperties().getCoreProperties();
    java.util.Date stamp = java.util.Date.from(java.time.Instant.parse("2022-03-14T01:00:00Z"));
    core.setCreated(java.util.Optional.of(stamp));
    core.setModified(java.util.Optional.of(stamp));
    core.setCreator("Văn phòng Sở");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    wb.write(raw);
    wb.close();
    return fixZipTimes(raw.toByteArray());
  }

  static byte[] fixZipTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream fixed = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream zo = new ZipOutputStream(fixed)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry n = new ZipEntry(e.getName());
        n.setTimeLocal(FILE_TIME);
        zo.putNextEntry(n);
        in.transferTo(zo);
        zo.closeEntry();
      }
    }
    return fixed.toByteArray();
  }

  static byte[] xlsBytes(HSSFWorkbook wb) throws IOException {
    wb.createInformationProperties();
    wb.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
    wb.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
    wb.getSummaryInformation().setAuthor("Phòng Giáo dục nghề nghiệp");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    wb.write(raw);
    wb.close();
    return raw.toByteArray();
  }

  // ---------------------------------------------------------------- text helpers

  /** RFC 4180 quoting as Excel does it: only cells holding the separator, a quote or a line break. */
  static String quote(String cell, char sep) {
    String s = cellText(cell);
    if (s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** Text lines of a delimited file, with physical line numbers of each record tracked. */
  static final class Delimited {
    final char sep;
    final String eol;
    final StringBuilder text = new StringBuilder();
    int nextLine = 1;
    int nextRecord = 1;

    Delimited(char sep, String eol) {
      this.sep = sep;
      this.eol = eol;
    }

    /** Appends one record; returns its place as "line L" or "line L (record R)". */
    String add(List<String> cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) line.append(sep);
        line.append(quote(cells.get(i), sep));
      }
      int line0 = nextLine;
      int record = nextRecord++;
      text.append(line).append(eol);
      nextLine += 1 + (int) line.chars().filter(ch -> ch == '\n').count();
      return line0 == record ? "line " + line0 : "line " + line0 + " (record " + record + ")";
    }
  }

  /**
   * windows-1258 as Vietnamese Windows writes it: base letters composed only as far as the code
   * page has them (â ê ô ă ơ ư đ and plain letters), the five tone marks kept as combining marks
   * (U+0300 U+0301 U+0303 U+0309 U+0323 → 0xCC 0xEC 0xDE 0xD2 0xF2).
   */
  static byte[] cp1258WithCombiningTones(String s) {
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < nfd.length()) {
      char base = nfd.charAt(i++);
      StringBuilder shape = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
        char mark = nfd.charAt(i++);
        if (isTone(mark)) tones.append(mark);
        else shape.append(mark);
      }
      b.append(Normalizer.normalize(base + shape.toString(), Normalizer.Form.NFC)).append(tones);
    }
    CharsetEncoder enc = CP1258.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bb = enc.encode(CharBuffer.wrap(b));
      byte[] bytes = new byte[bb.remaining()];
      bb.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("not encodable in windows-1258: " + s, e);
    }
  }

  static boolean isTone(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }

  static byte[] withBom(byte[] bom, byte[] body) {
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

  static String fmt(LocalDate date, DateTimeFormatter f) {
    return date == null ? "" : date.format(f);
  }

  // ---------------------------------------------------------------- 1. registry

  private void writeRegistry() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles st = new Styles(wb);
    Sheet sh = wb.createSheet("Danh mục đơn vị");
    titleLine(sh, 0, 0, 3, "DANH MỤC ĐƠN VỊ THUỘC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", st.title);
    String[] head = {"Mã đơn vị", "Tên đơn vị", "Tên gọi khác", "Thành viên"};
    for (int c = 0; c < head.length; c++) text(sh, 1, c, head[c], st.header);
    int r = 2;
    for (UnitDef u : UNITS) {
      text(sh, r, 0, u.code(), st.center);
      text(sh, r, 1, u.name(), st.text);
      text(sh, r, 2, u.aliases(), st.text);
      text(sh, r, 3, u.members(), st.text);
      r++;
    }
    sh.setColumnWidth(0, 14 * 256);
    sh.setColumnWidth(1, 52 * 256);
    sh.setColumnWidth(2, 50 * 256);
    sh.setColumnWidth(3, 40 * 256);
    write(REGISTRY, xlsxBytes(wb));
    fileForms.put(REGISTRY, "Danh mục đơn vị: 11 units and 2 groups (PCM, DVTT). A title row above the header; "
        + "aliases and members separated by `;`.");
  }

  // ---------------------------------------------------------------- 2. plan

  private void writePlan() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles st = new Styles(wb);
    Sheet sh = wb.createSheet("Phụ lục");
    titleLine(sh, 0, 0, 6, "Phụ lục", st.title);
    titleLine(sh, 1, 0, 6, "NỘI DUNG CÔNG VIỆC VÀ THỜI GIAN HOÀN THÀNH", st.title);
    titleLine(sh, 2, 0, 6, "KẾ HOẠCH THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CHỈ SỐ PARINDEX, CHỈ SỐ PAPI, "
        + "CHỈ SỐ SIPAS NĂM 2021 VÀ GIAI ĐOẠN 2021-2025 CỦA SỞ LAO ĐỘNG – TB&XH", st.title);
    titleLine(sh, 3, 0, 6, "(Ban hành kèm theo Kế hoạch số 56/KH-SLĐTBXH ngày 01/9/2021 của Sở Lao động – TB&XH)",
        st.titleItalic);
    row(sh, 2).setHeightInPoints(34);
    // Row 5 is left empty; the header is on row 6 ("Đơn vị  chủ trì" keeps the seed's double space).
    String[] head = {"STT", "Nội dung công việc", "Đơn vị  chủ trì", "Đơn vị thực hiện", "Kết quả",
        "Thời gian thực hiện", "Ghi chú"};
    for (int c = 0; c < head.length; c++) text(sh, 5, c, head[c], st.header);
    int r = 6;
    for (PlanRow p : PLAN_ROWS) {
      if (p.numericStt()) number(sh, r, 0, Double.parseDouble(p.stt()), st.center);
      else text(sh, r, 0, p.stt(), st.center);
      text(sh, r, 1, p.content(), p.heading() ? st.boldText : st.text);
      text(sh, r, 2, p.lead(), st.text);
      text(sh, r, 3, p.performers(), st.text);
      text(sh, r, 4, p.result(), st.text);
      text(sh, r, 5, p.deadline(), st.center);
      text(sh, r, 6, null, st.text);
      r++;
    }
    int[] widths = {7, 60, 24, 24, 24, 18, 12};
    for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
    write(PLAN, xlsxBytes(wb));
    fileForms.put(PLAN, "Phụ lục of Kế hoạch số 56/KH-SLĐTBXH ngày 01/9/2021 (seed 002), every row with its original "
        + "text: 4-row title block and a blank row above the header (row 6); group headings 2, 3, 4, 5, 8 carry "
        + "content only; STT 2.1, 3.2, 4.2, 5.1 and 6 are NUMBER cells, the rest text (\"8.3 \" with its trailing "
        + "space); both unit columns (\"Đơn vị  chủ trì\" with the seed's double space, \"Đơn vị thực hiện\"); "
        + "unit names as written (\"Văn Phòng Sở\", \" Phòng BTXH&PCTNXH\", \"Văn phòng \", \"ĐVTT Sở\"); "
        + "deadline phrases of every kind, including the typo \"06/2021\" (task 5.2).");
  }

  // ---------------------------------------------------------------- 3. unit submissions

  private void place(String file, String where, Answer ans) {
    if (ans.plant() != null) placed.add(new Placed(file, where, ans));
  }

  private void writeVp() throws IOException {
    String file = REPORTS + "VP.xlsx";
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles st = new Styles(wb);
    Sheet sh = wb.createSheet("BaoCao");
    Sheet list = wb.createSheet("DanhMuc");
    String[] words = {"Hoàn thành", "Đã hoàn thành", "Đang thực hiện", "Đang triển khai", "Chưa thực hiện",
        "Chưa triển khai", "Không thực hiện", "Dừng thực hiện"};
    for (int i = 0; i < words.length; i++) text(list, i, 0, words[i], null);
    wb.setSheetHidden(1, true);

    titleLine(sh, 0, 0, 7, "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 56/KH-SLĐTBXH NGÀY 01/9/2021", st.title);
    titleLine(sh, 1, 0, 7, "Quý I năm 2022 (số liệu từ ngày 15/12/2021 đến ngày 14/3/2022)", st.titleItalic);
    titleLine(sh, 2, 0, 7, "Đơn vị báo cáo: Văn phòng Sở", st.titleItalic);
    // Two-row header (Excel rows 4 and 5).
    headerCell(sh, 3, 4, 0, 0, "STT", st.header);
    headerCell(sh, 3, 4, 1, 1, "Nội dung công việc", st.header);
    headerCell(sh, 3, 3, 2, 4, "Kết quả thực hiện", st.header);
    headerCell(sh, 4, 4, 2, 2, "Tình trạng", st.header);
    headerCell(sh, 4, 4, 3, 3, "Ngày hoàn thành", st.header);
    headerCell(sh, 4, 4, 4, 4, "Sản phẩm", st.header);
    headerCell(sh, 3, 4, 5, 5, "Khó khăn, vướng mắc", st.header);
    headerCell(sh, 3, 4, 6, 6, "Đề xuất, kiến nghị", st.header);
    headerCell(sh, 3, 4, 7, 7, "Ghi chú", st.header);

    Map<String, String> content = new LinkedHashMap<>();
    for (PlanRow p : PLAN_ROWS) content.put(p.id(), p.content().strip());
    int r = 5;
    String group = null;
    for (Answer ans : vpAnswers()) {
      String g = ans.task().split("\\.")[0];
      if (group != null && !group.equals(g)) r++; // a blank row between groups
      group = g;
      number(sh, r, 0, Double.parseDouble(ans.task()), st.center);
      text(sh, r, 1, content.get(ans.task()), st.text);
      text(sh, r, 2, ans.status(), st.center);
      dateCell(sh, r, 3, ans.done(), st);
      text(sh, r, 4, ans.evidence(), st.text);
      text(sh, r, 5, ans.problems(), st.text);
      text(sh, r, 6, ans.proposals(), st.text);
      text(sh, r, 7, ans.note(), st.text);
      place(file, "row " + (r + 1), ans);
      r++;
    }
    DataValidationHelper dv = sh.getDataValidationHelper();
    DataValidationConstraint constraint = dv.createFormulaListConstraint("DanhMuc!$A$1:$A$" + words.length);
    DataValidation validation = dv.createValidation(constraint, new CellRangeAddressList(5, r - 1, 2, 2));
    validation.setShowErrorBox(false);
    sh.addValidationData(validation);
    int[] widths = {6, 50, 16, 14, 45, 40, 40, 30};
    for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
    write(file, xlsxBytes(wb));
    fileForms.put(file, "No unit column (the unit is the file name). 3-row title block; a TWO-ROW header with the merged "
        + "group cell \"Kết quả thực hiện\" (C4:E4) over \"Tình trạng | Ngày hoàn thành | Sản phẩm\", the other "
        + "headers merged vertically over rows 4–5; STT as NUMBER cells; blank rows between groups; completion dates "
        + "as date cells, one bare serial number in General format (3.1: 44449), one typed as text (7: \"24/9/2021\"), "
        + "one formula =DATE(2021,9,28) with a date format and its cached value (2.2); a hidden sheet \"DanhMuc\" "
        + "feeding a drop-down list on Tình trạng.");
  }

  private static final List<String> FULL_HEAD = List.of("STT", "Tình trạng", "Ngày hoàn thành", "Sản phẩm",
      "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Ghi chú");

  private static List<String> fullCells(Answer a, DateTimeFormatter f) {
    return List.of(a.task(), a.status(), fmt(a.doneDate(), f), a.evidence(), a.problems(), a.proposals(), a.note());
  }

  private void writeKhtc() throws IOException {
    String file = REPORTS + "KHTC.csv";
    Delimited t = new Delimited(';', "\r\n");
    t.add(List.of("BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 56/KH-SLĐTBXH - QUÝ I/2022", "", "", "", "", "", "", ""));
    t.add(List.of("STT", "Đơn vị", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Khó khăn, vướng mắc",
        "Đề xuất, kiến nghị", "Ghi chú"));
    for (Answer a : khtcAnswers()) {
      String where = t.add(List.of(a.task(), a.unitCell(), a.status(), fmt(a.doneDate(), D_M_YYYY), a.evidence(),
          a.problems(), a.proposals(), a.note()));
      place(file, where, a);
    }
    write(file, cp1258WithCombiningTones(t.text.toString()));
    fileForms.put(file, "CSV saved by Excel on a Vietnamese Windows: windows-1258 with combining tone marks (bytes "
        + "0xCC 0xEC 0xDE 0xD2 0xF2 after the base letter), `;` separator, CRLF, a title line above the header "
        + "(line 2); a unit column \"Đơn vị\" holding \"Phòng Kế hoạch – Tài chính\" (en dash; the registry has a "
        + "hyphen); dates d/m/yyyy; two \"Không thực hiện\" rows with their reason.");
  }

  private void writeLdvlbh() throws IOException {
    String file = REPORTS + "LDVLBH.csv";
    Delimited t = new Delimited(',', "\r\n");
    t.add(FULL_HEAD);
    for (Answer a : ldvlbhAnswers()) place(file, t.add(fullCells(a, DD_MM_YYYY)), a);
    write(file, withBom(UTF8_BOM, t.text.toString().getBytes(StandardCharsets.UTF_8)));
    fileForms.put(file, "Excel \"CSV UTF-8\": UTF-8 with BOM, `,` separator, CRLF; headers and cells containing commas are "
        + "quoted; one quoted cell holds a line break (Alt+Enter), so line and record numbers differ after it; "
        + "dates dd/mm/yyyy; status words \"Đã hoàn thành\", \"HT\".");
  }

  private void writeBtxh() throws IOException {
    String file = REPORTS + "BTXH.txt";
    Delimited t = new Delimited('\t', "\r\n");
    t.add(FULL_HEAD);
    for (Answer a : btxhAnswers()) place(file, t.add(fullCells(a, D_M_YYYY)), a);
    write(file, withBom(UTF16LE_BOM, t.text.toString().getBytes(UTF_16LE)));
    fileForms.put(file, "Excel \"Unicode Text\": UTF-16LE with BOM (FF FE), tab-separated, CRLF; dates d/m/yyyy; "
        + "status word \"Đang TH\".");
  }

  private void writeNcc() throws IOException {
    String file = REPORTS + "NCC.csv";
    Delimited t = new Delimited(',', "\n");
    t.add(List.of("STT", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Ghi chú"));
    for (Answer a : nccAnswers()) {
      place(file, t.add(List.of(a.task(), a.status(), fmt(a.doneDate(), ISO), a.evidence(), a.note())), a);
    }
    String nfd = Normalizer.normalize(t.text.toString(), Normalizer.Form.NFD);
    write(file, nfd.getBytes(StandardCharsets.UTF_8));
    fileForms.put(file, "Typed on a Mac: UTF-8 without BOM, every letter in NFD (decomposed, e.g. \"Tình\" = "
        + "T i U+0300 n h), LF line ends, `,` separator; dates yyyy-mm-dd; fewer columns (no Khó khăn/Đề xuất).");
  }

  private void writeGdnn() throws IOException {
    String file = REPORTS + "GDNN.xls";
    HSSFWorkbook wb = new HSSFWorkbook();
    Styles st = new Styles(wb);
    Sheet sh = wb.createSheet("Sheet1");
    titleLine(sh, 0, 0, 5, "PHÒNG GIÁO DỤC NGHỀ NGHIỆP", st.title);
    titleLine(sh, 1, 0, 5, "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 56/KH-SLĐTBXH (QUÝ I/2022)", st.title);
    String[] head = {"STT", "Nội dung công việc", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Ghi chú"};
    for (int c = 0; c < head.length; c++) text(sh, 3, c, head[c], st.header);
    Map<String, String> content = new LinkedHashMap<>();
    for (PlanRow p : PLAN_ROWS) content.put(p.id(), p.content().strip());
    content.put("9.1", "Rà soát, cập nhật danh mục TTHC thuộc lĩnh vực quản lý");
    int r = 4;
    for (Answer a : gdnnAnswers()) {
      text(sh, r, 0, a.task(), st.center);
      text(sh, r, 1, content.get(a.task()), st.text);
      text(sh, r, 2, a.status(), st.center);
      dateCell(sh, r, 3, a.done(), st);
      text(sh, r, 4, a.evidence(), st.text);
      text(sh, r, 5, a.note(), st.text);
      place(file, "row " + (r + 1), a);
      r++;
    }
    int[] widths = {6, 50, 16, 14, 45, 30};
    for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
    write(file, xlsBytes(wb));
    fileForms.put(file, "Old Excel 97–2003 workbook (BIFF8/OLE2, written with HSSF): 2 title rows and a blank row above "
        + "the header (row 4); STT as text; dates as date cells; status word \"Chưa triển khai\".");
  }

  private void writeTtdvvl() throws IOException {
    String file = REPORTS + "TTDVVL.xlsx";
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles st = new Styles(wb);
    Sheet sh = wb.createSheet("Sheet1");
    String[] head = {"STT", "Đơn vị", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Khó khăn, vướng mắc",
        "Đề xuất, kiến nghị", "Ghi chú"};
    for (int c = 0; c < head.length; c++) text(sh, 0, c, head[c], st.header);
    int r = 1;
    for (Answer a : ttdvvlAnswers()) {
      text(sh, r, 0, a.task(), st.center);
      text(sh, r, 1, a.unitCell(), st.text);
      text(sh, r, 2, a.status(), st.center);
      dateCell(sh, r, 3, a.done(), st);
      text(sh, r, 4, a.evidence(), st.text);
      text(sh, r, 5, a.problems(), st.text);
      text(sh, r, 6, a.proposals(), st.text);
      text(sh, r, 7, a.note(), st.text);
      place(file, "row " + (r + 1), a);
      r++;
    }
    int[] widths = {6, 30, 16, 14, 45, 40, 40, 20};
    for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
    write(file, xlsxBytes(wb));
    fileForms.put(file, "Plain .xlsx, header on row 1, a unit column \"Đơn vị\" with the name, the alias \"TT DVVL\" and a "
        + "double space (\"Trung tâm Dịch vụ  việc làm\"); status \"Hoàn thành \" with a trailing space.");
  }

  private void writeTtbtxh() throws IOException {
    String file = REPORTS + "TTBTXH.csv";
    Delimited t = new Delimited(';', "\r\n");
    t.add(List.of("Mã đơn vị", "STT", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Ghi chú"));
    for (Answer a : ttbtxhAnswers()) {
      place(file, t.add(List.of(a.unitCell(), a.task(), a.status(), fmt(a.doneDate(), D_M_YYYY), a.evidence(),
          a.note())), a);
    }
    write(file, withBom(UTF8_BOM, t.text.toString().getBytes(StandardCharsets.UTF_8)));
    fileForms.put(file, "UTF-8 with BOM, `;` separator, CRLF; a unit column \"Mã đơn vị\" holding the code.");
  }

  private void writeCscn() throws IOException {
    String file = REPORTS + "CSCN.csv";
    Delimited t = new Delimited(',', "\r\n");
    t.add(List.of("STT", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Ghi chú"));
    for (Answer a : cscnAnswers()) {
      place(file, t.add(List.of(a.task(), a.status(), fmt(a.doneDate(), DD_MM_YYYY), a.evidence(), a.note())), a);
    }
    write(file, withBom(UTF8_BOM, t.text.toString().getBytes(StandardCharsets.UTF_8)));
    fileForms.put(file, "UTF-8 with BOM, `,` separator, CRLF, plain; answers only 2 of its 4 tasks (2.1, 3.2; "
        + "nothing for 5.1 and 8.2).");
  }

  // ---------------------------------------------------------------- 4. dossiers: Biểu 06

  /** One unit row of Biểu 06 as typed; {@code directText} writes column (5) as text with a dot. */
  record BieuRow(String unit, String name, int online, int direct, int carried, int early, int onTime, int late,
      int pendingOk, int pendingLate, boolean directText) {
    int received() {
      return online + direct + carried;
    }

    int resolved() {
      return early + onTime + late;
    }

    int pending() {
      return pendingOk + pendingLate;
    }
  }

  static final List<BieuRow> BIEU_ROWS = List.of(
      new BieuRow("LDVLBH", "Phòng Lao động – Việc làm – Bảo hiểm", 62, 41, 6, 98, 2, 0, 9, 0, false),
      new BieuRow("NCC", "Phòng Người có công", 46, 1027, 15, 1058, 3, 1, 25, 1, true),
      // Planted: (11) says 5 in progress, but 42 received − 38 resolved leaves 4: (3) = 42 ≠ (7)+(11) = 43.
      new BieuRow("BTXH", "Phòng BTXH&PCTNXH", 12, 27, 3, 38, 0, 0, 5, 0, false),
      new BieuRow("GDNN", "Phòng Giáo dục nghề nghiệp", 18, 9, 2, 25, 1, 0, 3, 0, false),
      new BieuRow("TEBDG", "Phòng Trẻ em - Bình đẳng giới", 0, 0, 0, 0, 0, 0, 0, 0, false));

  static final int BIEU_FIRST_DATA_ROW = 7; // 0-based: Excel row 8

  private void writeBieu06() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles st = new Styles(wb);
    Sheet sh = wb.createSheet("Biểu 06");
    titleLine(sh, 0, 0, 12, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", st.title);
    titleLine(sh, 1, 0, 12, "(Từ ngày 15/12/2021 đến ngày 14/3/2022)", st.titleItalic);
    titleLine(sh, 2, 9, 12, "Đơn vị tính: Số hồ sơ TTHC", st.right);
    for (int c = 0; c < 9; c++) row(sh, 2).createCell(c);
    // Three-level header, Excel rows 4-6 (document-format.md §3.2).
    headerCell(sh, 3, 5, 0, 0, "STT", st.header);
    headerCell(sh, 3, 5, 1, 1, "Đơn vị", st.header);
    headerCell(sh, 3, 3, 2, 5, "Số hồ sơ nhận giải quyết", st.header);
    headerCell(sh, 3, 3, 6, 9, "Số hồ sơ đã giải quyết", st.header);
    headerCell(sh, 3, 3, 10, 12, "Số hồ sơ đang giải quyết", st.header);
    headerCell(sh, 4, 5, 2, 2, "Tổng số", st.header);
    headerCell(sh, 4, 4, 3, 4, "Trong kỳ", st.header);
    headerCell(sh, 5, 5, 3, 3, "Trực tuyến", st.header);
    headerCell(sh, 5, 5, 4, 4, "Trực tiếp, dịch vụ bưu chính", st.header);
    headerCell(sh, 4, 5, 5, 5, "Từ kỳ trước", st.header);
    headerCell(sh, 4, 5, 6, 6, "Tổng số", st.header);
    headerCell(sh, 4, 5, 7, 7, "Trước hạn", st.header);
    headerCell(sh, 4, 5, 8, 8, "Đúng hạn", st.header);
    headerCell(sh, 4, 5, 9, 9, "Quá hạn", st.header);
    headerCell(sh, 4, 5, 10, 10, "Tổng số", st.header);
    headerCell(sh, 4, 5, 11, 11, "Trong hạn", st.header);
    headerCell(sh, 4, 5, 12, 12, "Quá hạn", st.header);
    for (int c = 0; c < 13; c++) text(sh, 6, c, "(" + (c + 1) + ")", st.header);

    int r = BIEU_FIRST_DATA_ROW;
    int stt = 1;
    for (BieuRow b : BIEU_ROWS) {
      int x = r + 1; // Excel row number in formulas
      number(sh, r, 0, stt++, st.number);
      text(sh, r, 1, b.name(), st.text);
      formula(sh, r, 2, "D" + x + "+E" + x + "+F" + x, b.received(), st.number);
      number(sh, r, 3, b.online(), st.number);
      if (b.directText()) text(sh, r, 4, thousands(b.direct()), st.number);
      else number(sh, r, 4, b.direct(), st.number);
      number(sh, r, 5, b.carried(), st.number);
      formula(sh, r, 6, "H" + x + "+I" + x + "+J" + x, b.resolved(), st.number);
      number(sh, r, 7, b.early(), st.number);
      number(sh, r, 8, b.onTime(), st.number);
      number(sh, r, 9, b.late(), st.number);
      formula(sh, r, 10, "L" + x + "+M" + x, b.pending(), st.number);
      number(sh, r, 11, b.pendingOk(), st.number);
      number(sh, r, 12, b.pendingLate(), st.number);
      r++;
    }
    // Tổng cộng: "+" chains, not SUM(), so Excel (vi-VN) also adds the text cell "1.027".
    text(sh, r, 0, null, st.boldText);
    text(sh, r, 1, "Tổng cộng", st.boldText);
    List<Function<BieuRow, Integer>> cols = List.of(BieuRow::received, BieuRow::online, BieuRow::direct,
        BieuRow::carried, BieuRow::resolved, BieuRow::early, BieuRow::onTime, BieuRow::late, BieuRow::pending,
        BieuRow::pendingOk, BieuRow::pendingLate);
    for (int i = 0; i < cols.size(); i++) {
      int c = i + 2;
      String letter = String.valueOf((char) ('A' + c));
      StringBuilder f = new StringBuilder();
      for (int k = BIEU_FIRST_DATA_ROW; k < r; k++) {
        if (f.length() > 0) f.append('+');
        f.append(letter).append(k + 1);
      }
      int total = BIEU_ROWS.stream().mapToInt(cols.get(i)::apply).sum();
      formula(sh, r, c, f.toString(), total, st.boldNumber);
    }
    sh.setColumnWidth(0, 6 * 256);
    sh.setColumnWidth(1, 36 * 256);
    for (int c = 2; c < 13; c++) sh.setColumnWidth(c, 11 * 256);
    row(sh, 5).setHeightInPoints(48);
    write(BIEU_06, xlsxBytes(wb));
    fileForms.put(BIEU_06, "Aggregate table in the layout of Biểu 06/VPCP/KSTT: 2 title rows, a right-aligned "
        + "\"Đơn vị tính: Số hồ sơ TTHC\" line, a THREE-level merged header (rows 4–6), the column-number row "
        + "\"(1)\"…\"(13)\" (row 7), one row per unit handling TTHC (rows 8–12, TEBDG all 0), the Tổng số columns "
        + "(3), (7), (11) as formulas with cached values, NCC's column (5) written as the text \"1.027\" (dot = "
        + "thousands), and a bold \"Tổng cộng\" row (row 13) of formulas.");
  }

  static void formula(Sheet sh, int r, int c, String f, double cached, CellStyle style) {
    Cell cell = row(sh, r).createCell(c);
    cell.setCellFormula(f);
    cell.setCellValue(cached); // the cached result Excel stores with the formula
    cell.setCellStyle(style);
  }

  /** 1027 → "1.027" (Vietnamese thousands separator). */
  static String thousands(int n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
  }

  // ---------------------------------------------------------------- 4b. dossiers: list of TTDVVL

  record Dossier(String id, LocalDate received, LocalDate due, LocalDate done, String channel) {}

  /** Figures of one unit in the window, computed from a dossier list the way rules §6 says. */
  record DossierFigures(int carried, int online, int direct, int postal, int early, int onTime, int late,
      int pendingOk, int pendingLate, int outside, int rows) {
    int received() {
      return carried + online + direct + postal;
    }

    int resolved() {
      return early + onTime + late;
    }

    int pending() {
      return pendingOk + pendingLate;
    }
  }

  static final Set<LocalDate> HOLIDAYS = Set.of(d(3, 1, 2022), d(31, 1, 2022), d(1, 2, 2022), d(2, 2, 2022),
      d(3, 2, 2022), d(4, 2, 2022));

  static boolean workday(LocalDate x) {
    return x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(x);
  }

  static LocalDate plusWorkdays(LocalDate from, int n) {
    LocalDate x = from;
    for (int i = 0; i < n; i++) {
      do {
        x = x.plusDays(1);
      } while (!workday(x));
    }
    return x;
  }

  static List<Dossier> dossiers() {
    Random rnd = new Random(20220314L);
    List<Dossier> list = new ArrayList<>();
    for (LocalDate day = d(1, 12, 2021); !day.isAfter(CUT_OFF); day = day.plusDays(1)) {
      if (!workday(day)) continue;
      int n = 3 + rnd.nextInt(4);
      for (int k = 1; k <= n; k++) {
        int kind = rnd.nextInt(100);
        // 20 working days: hưởng trợ cấp thất nghiệp; 5: tạm dừng/tiếp tục hưởng; 3: chuyển nơi hưởng.
        int days = kind < 60 ? 20 : kind < 85 ? 5 : 3;
        LocalDate due = plusWorkdays(day, days);
        int early = days == 20 ? 2 + rnd.nextInt(7) : days == 5 ? 1 + rnd.nextInt(3) : 1 + rnd.nextInt(2);
        LocalDate done = rnd.nextInt(100) < 2 ? due : plusWorkdays(day, days - early);
        int ch = rnd.nextInt(100);
        String channel = ch < 45 ? "Trực tuyến" : ch < 97 ? "Trực tiếp" : "Bưu chính";
        String id = String.format(Locale.ROOT, "TTDVVL-%s-%04d", day.format(DateTimeFormatter.ofPattern("yyMMdd")), k);
        list.add(new Dossier(id, day, due, done, channel));
      }
    }
    // Exactly three resolved late (2–3 working days after the appointment), well inside the window,
    // and three still pending at the cut-off although their appointment date has passed.
    List<Integer> lateCandidates = new ArrayList<>();
    List<Integer> overdueCandidates = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      LocalDate due = list.get(i).due();
      if (due.isAfter(d(4, 1, 2022)) && due.isBefore(d(1, 3, 2022))) lateCandidates.add(i);
      if (due.isAfter(d(14, 2, 2022)) && due.isBefore(d(11, 3, 2022))) overdueCandidates.add(i);
    }
    Set<Integer> late = new LinkedHashSet<>();
    for (int q = 1; q <= 3; q++) late.add(lateCandidates.get(lateCandidates.size() * q / 4));
    int lateCount = 0;
    for (int i : late) {
      Dossier x = list.get(i);
      list.set(i, new Dossier(x.id(), x.received(), x.due(), plusWorkdays(x.due(), 2 + lateCount++ % 2), x.channel()));
    }
    overdueCandidates.removeAll(late);
    int overdue = 0;
    for (int q = 1; q <= 3; q++) {
      int i = overdueCandidates.get(overdueCandidates.size() * q / 4);
      Dossier x = list.get(i);
      list.set(i, new Dossier(x.id(), x.received(), x.due(), null, x.channel()));
      overdue++;
    }
    // No result exists after the cut-off: the export was taken on 14/3/2022.
    List<Dossier> atCutOff = new ArrayList<>();
    for (Dossier x : list) {
      LocalDate done = x.done() != null && x.done().isAfter(CUT_OFF) ? null : x.done();
      atCutOff.add(new Dossier(x.id(), x.received(), x.due(), done, x.channel()));
    }
    if (lateCount != 3 || overdue != 3) throw new IllegalStateException("dossier plan not met: " + lateCount + "/" + overdue);
    return atCutOff;
  }

  static DossierFigures figures(List<Dossier> list) {
    int carried = 0, online = 0, direct = 0, postal = 0, early = 0, onTime = 0, late = 0, pOk = 0, pLate = 0, outside = 0;
    for (Dossier x : list) {
      boolean before = x.received().isBefore(WINDOW_START);
      if (before && x.done() != null && x.done().isBefore(WINDOW_START)) {
        outside++; // received and resolved in the previous period
        continue;
      }
      if (before) carried++;
      else if (x.channel().equals("Trực tuyến")) online++;
      else if (x.channel().equals("Trực tiếp")) direct++;
      else postal++;
      if (x.done() == null) {
        if (x.due().isBefore(CUT_OFF)) pLate++;
        else pOk++;
      } else if (x.done().isBefore(x.due())) early++;
      else if (x.done().isEqual(x.due())) onTime++;
      else late++;
    }
    return new DossierFigures(carried, online, direct, postal, early, onTime, late, pOk, pLate, outside, list.size());
  }

  private void writeDossierList() throws IOException {
    List<Dossier> list = dossiers();
    Delimited t = new Delimited(',', "\r\n");
    t.add(List.of("Mã hồ sơ", "Cơ quan giải quyết", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Hình thức nộp"));
    for (Dossier x : list) {
      t.add(List.of(x.id(), "Trung tâm Dịch vụ việc làm", fmt(x.received(), DD_MM_YYYY), fmt(x.due(), DD_MM_YYYY),
          fmt(x.done(), DD_MM_YYYY), x.channel()));
    }
    write(DOSSIER_LIST, withBom(UTF8_BOM, t.text.toString().getBytes(StandardCharsets.UTF_8)));
    ttdvvlFigures = figures(list);
    fileForms.put(DOSSIER_LIST, "Dossier list exported from the one-stop system for TTDVVL: UTF-8 with BOM, `,`, CRLF, "
        + list.size() + " dossiers received 01/12/2021–14/3/2022, dates dd/mm/yyyy, empty \"Ngày có kết quả\" when "
        + "pending; some received before the window and resolved before it (outside the period), some carried over.");
  }

  // ---------------------------------------------------------------- 5. README and the expected story

  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    n = n.replace('đ', 'd').replace('Đ', 'D').replace('–', '-').replace('\u00A0', ' ');
    return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The unit codes a plan cell names (groups expanded), in registry order. */
  static List<String> resolve(String cell) {
    Map<String, UnitDef> byName = new LinkedHashMap<>();
    for (UnitDef u : UNITS) {
      byName.put(key(u.code()), u);
      byName.put(key(u.name()), u);
      for (String alias : u.aliases().split(";")) if (!alias.isBlank()) byName.put(key(alias), u);
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String part : cell.split("[,;]")) {
      UnitDef u = byName.get(key(part));
      if (u == null) throw new IllegalStateException("plan cell part not in the registry: '" + part + "'");
      if (u.isGroup()) codes.addAll(List.of(u.members().split(";")));
      else codes.add(u.code());
    }
    List<String> ordered = new ArrayList<>();
    for (UnitDef u : UNITS) if (codes.contains(u.code())) ordered.add(u.code());
    return ordered;
  }

  enum Kind { DONE, IN_PROGRESS, NOT_STARTED, DROPPED }

  static Kind kind(String status) {
    return switch (key(status)) {
      case "hoan thanh", "da hoan thanh", "ht", "xong" -> Kind.DONE;
      case "dang thuc hien", "dang trien khai", "dang th" -> Kind.IN_PROGRESS;
      case "chua thuc hien", "chua trien khai", "chua th" -> Kind.NOT_STARTED;
      case "khong thuc hien", "dung thuc hien", "huy", "khong con phu hop" -> Kind.DROPPED;
      default -> null;
    };
  }

  /** rules §3 classification of one (unit, task); {@code a} null = no usable answer (D). */
  static String classify(PlanRow task, Answer a) {
    LocalDate due = task.due();
    if (a == null) return due == null ? "D→C1" : due.isBefore(CUT_OFF) ? "D→C2" : "D→C1";
    Kind k = kind(a.status());
    if (k == Kind.DROPPED) return "E";
    if (k == Kind.DONE) {
      if (due == null) return "A4";
      int cmp = a.doneDate().compareTo(due);
      return cmp < 0 ? "A1" : cmp == 0 ? "A2" : "A3";
    }
    if (due == null) return "C1";
    return due.isBefore(CUT_OFF) ? "C2" : "C1";
  }

  static String pct(int num, int den) {
    if (den == 0) return "—";
    BigDecimal v = BigDecimal.valueOf(num * 100L).divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return v.toPlainString().replace('.', ',') + "%";
  }

  static List<Answer> allAnswers() {
    List<Answer> all = new ArrayList<>();
    all.addAll(vpAnswers());
    all.addAll(khtcAnswers());
    all.addAll(ldvlbhAnswers());
    all.addAll(nccAnswers());
    all.addAll(btxhAnswers());
    all.addAll(gdnnAnswers());
    all.addAll(ttdvvlAnswers());
    all.addAll(ttbtxhAnswers());
    all.addAll(cscnAnswers());
    return all;
  }

  static String describe(Answer a) {
    StringBuilder s = new StringBuilder(a.status().strip());
    if (a.doneDate() != null) s.append(" ").append(fmt(a.doneDate(), DD_MM_YYYY));
    if (kind(a.status()) == Kind.DROPPED && !a.note().isBlank()) s.append(" (lý do: ").append(a.note()).append(")");
    return s.toString();
  }

  private void writeReadme() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Dữ liệu mẫu — Sở Lao động - Thương binh và Xã hội tỉnh Bình Thuận, kỳ Quý I/2022\n\n");
    md.append("Generated by `src/test/java/vn/cchc/report/sample/SampleOfficeGenerator.java` — do not edit by hand; "
        + "change the generator and run:\n\n");
    md.append("```\nmvn -B -ntp -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \\\n"
        + "    -Dexec.args=\"-cp %classpath vn.cchc.report.sample.SampleOfficeGenerator data\"\n```\n\n");
    md.append("(`exec:java -Dexec.mainClass=...` runs the CLI instead: the POM's plugin-level `<mainClass>` wins over "
        + "the property.)\n\n");
    md.append("`SampleOfficeFilesTest` checks the byte forms below and that the committed files equal a fresh run.\n\n");
    md.append("- Plan: Kế hoạch số 56/KH-SLĐTBXH ngày 01/9/2021 (Phụ lục from seed `002_7f6332463eda1f90.txt`).\n");
    md.append("- Period `2022-Q1` (Quý I/2022); data window 15/12/2021–14/3/2022 (NĐ 09/2019 Điều 12); cut-off C = "
        + "14/3/2022. The report is cumulative since the plan start, so completion dates from 9/2021 on are valid.\n");
    md.append("- `data/cau-hinh.yaml` (configuration) is not produced here.\n\n");

    md.append("## 1. Files\n\n| file | what it is | messy form it demonstrates |\n|---|---|---|\n");
    Map<String, String> what = new LinkedHashMap<>();
    what.put(REGISTRY, "Danh mục đơn vị (units and groups)");
    what.put(PLAN, "Kế hoạch 56 task table (Phụ lục)");
    what.put(REPORTS + "VP.xlsx", "Báo cáo tiến độ of Văn phòng Sở (VP)");
    what.put(REPORTS + "KHTC.csv", "Báo cáo of Phòng Kế hoạch - Tài chính (KHTC)");
    what.put(REPORTS + "LDVLBH.csv", "Báo cáo of Phòng Lao động - Việc làm - Bảo hiểm (LDVLBH)");
    what.put(REPORTS + "BTXH.txt", "Báo cáo of Phòng BTXH&PCTNXH (BTXH)");
    what.put(REPORTS + "NCC.csv", "Báo cáo of Phòng Người có công (NCC)");
    what.put(REPORTS + "GDNN.xls", "Báo cáo of Phòng Giáo dục nghề nghiệp (GDNN)");
    what.put(REPORTS + "TTDVVL.xlsx", "Báo cáo of Trung tâm Dịch vụ việc làm (TTDVVL)");
    what.put(REPORTS + "TTBTXH.csv", "Báo cáo of Trung tâm Bảo trợ xã hội tổng hợp (TTBTXH)");
    what.put(REPORTS + "CSCN.csv", "Báo cáo of Cơ sở cai nghiện ma túy (CSCN)");
    what.put(BIEU_06, "Kết quả giải quyết TTHC, aggregate (Biểu 06/VPCP/KSTT)");
    what.put(DOSSIER_LIST, "Kết quả giải quyết TTHC of TTDVVL, one row per dossier");
    for (var e : what.entrySet()) {
      md.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" | ")
          .append(fileForms.get(e.getKey()).replace("|", "\\|")).append(" |\n");
    }
    md.append("| (none) | Phòng Trẻ em - Bình đẳng giới (TEBDG) sends nothing | the report must name TEBDG as not reporting "
        + "(D) on 2.1, 3.2, 5.1, 8.2 |\n");
    md.append("| `README.md` | this file | |\n\n");
    md.append("Row numbers below are 1-based as Excel shows them; for text files, the physical line as an editor shows it "
        + "(and the CSV record number where a quoted line break makes them differ).\n\n");

    md.append("## 2. Planted problems (and nothing else is wrong)\n\n");
    md.append("| # | file | where | task | what is wrong | what a correct program must say/do |\n|---|---|---|---|---|---|\n");
    int n = 1;
    Map<Plant, List<Placed>> byPlant = new LinkedHashMap<>();
    for (Placed p : placed) byPlant.computeIfAbsent(p.answer().plant(), x -> new ArrayList<>()).add(p);
    for (var e : byPlant.entrySet()) {
      List<Placed> ps = e.getValue();
      String where = String.join(" and ", ps.stream().map(Placed::where).toList());
      if (e.getKey() == P_DUPLICATE_IDENTICAL) where = "row " + (Integer.parseInt(ps.get(0).where().substring(4)) - 1)
          + " and " + ps.get(0).where();
      md.append("| ").append(n++).append(" | `").append(ps.get(0).file()).append("` | ").append(where).append(" | ")
          .append(ps.get(0).answer().task()).append(" | ").append(e.getKey().what()).append(" | ")
          .append(e.getKey().expected()).append(" |\n");
    }
    int b06row = BIEU_FIRST_DATA_ROW + 1 + 2; // BTXH is the third unit row
    BieuRow btxh = BIEU_ROWS.get(2);
    md.append("| ").append(n++).append(" | `").append(BIEU_06).append("` | row ").append(b06row)
        .append(" (BTXH) | — | identity (3) = (7) + (11) fails: (3) = ").append(btxh.received()).append(", (7) + (11) = ")
        .append(btxh.resolved()).append(" + ").append(btxh.pending()).append(" = ").append(btxh.resolved() + btxh.pending())
        .append(" | Row error showing both sums (rules §6). The \"Tổng cộng\" row (row ").append(BIEU_FIRST_DATA_ROW + 1 + BIEU_ROWS.size())
        .append(") is a total, not a unit: it inherits the same difference and must not be reported as an unknown unit. |\n");
    md.append("| ").append(n++).append(" | `").append(PLAN).append("` | row ").append(6 + 1 + indexOfTask("5.2"))
        .append(" | 5.2 | deadline \"06/2021\" (→ 30/6/2021) is before the plan's own date 01/9/2021 (a real typo of the seed) "
            + "| Warning with the row (rules §2); the task is kept with due 30/6/2021, so VP's \"Chưa triển khai\" is C2. |\n");
    md.append("| ").append(n++).append(" | (no file) | — | 2.1, 3.2, 5.1, 8.2 | TEBDG sends no file; CSCN sends nothing for 5.1 and 8.2 "
        + "| Not row errors: named in the report as not reporting (D). |\n\n");

    md.append("Must be read without any row error (the messy forms): windows-1258 with combining tones, UTF-16LE, "
        + "NFD, BOMs, `;`/`,`/tab separators, title blocks, two- and three-row merged headers, blank rows, numeric STT, "
        + "date serials, text dates, formula dates, en dash vs hyphen, double spaces, trailing spaces, aliases "
        + "(\"TT DVVL\", \"Phòng BTXH&PCTNXH\", \"ĐVTT Sở\", \"Văn phòng\"), \"1.027\" as text. The hidden sheet "
        + "\"DanhMuc\" of VP.xlsx holds only the drop-down list of status words: skipping it (with a note) is right; "
        + "it is not a data problem.\n\n");

    // Expected story, computed from the rows above with rules §3.
    md.append("## 3. Expected story at C = 14/3/2022\n\n");
    md.append("Due dates (rules §2, \"Trước D\" = D): ");
    List<String> dues = new ArrayList<>();
    for (PlanRow p : PLAN_ROWS) {
      if (p.heading()) continue;
      dues.add(p.id() + " " + (p.due() == null ? "OPEN" : fmt(p.due(), D_M_YYYY)));
    }
    md.append(String.join(" · ", dues)).append(".\n\n");

    Map<String, Map<String, Answer>> used = new LinkedHashMap<>();
    for (Answer a : allAnswers()) {
      if (a.plant() != null && a.plant().rejects()) continue;
      used.computeIfAbsent(a.unit(), x -> new LinkedHashMap<>()).put(a.task(), a);
    }
    Map<String, List<String>> leadsOf = new LinkedHashMap<>();
    for (UnitDef u : UNITS) if (!u.isGroup()) leadsOf.put(u.code(), new ArrayList<>());
    Map<String, List<String>> leadsByTask = new LinkedHashMap<>();
    for (PlanRow p : PLAN_ROWS) {
      if (p.heading()) continue;
      List<String> leads = resolve(p.lead());
      leadsByTask.put(p.id(), leads);
      for (String u : leads) leadsOf.get(u).add(p.id());
    }

    md.append("### 3.1 By unit (Phụ lục II, the 90% rule)\n\n");
    md.append("| unit | leads (chủ trì) | what it reports (valid rows only) → class | counted | done | rate | 90% |\n"
        + "|---|---|---|---|---|---|---|\n");
    Map<String, Map<String, String>> classes = new TreeMap<>();
    for (var e : leadsOf.entrySet()) {
      String unit = e.getKey();
      List<String> parts = new ArrayList<>();
      int counted = 0, done = 0;
      for (String id : e.getValue()) {
        PlanRow p = planRow(id);
        Answer a = used.getOrDefault(unit, Map.of()).get(id);
        String c = classify(p, a);
        classes.computeIfAbsent(id, x -> new LinkedHashMap<>()).put(unit, c);
        parts.add(id + ": " + (a == null ? "—" : describe(a)) + " → **" + c + "**");
        if (c.startsWith("A")) {
          counted++;
          done++;
        } else if (c.endsWith("C2")) counted++;
      }
      String rate = e.getValue().isEmpty() ? "—" : pct(done, counted);
      String ok = e.getValue().isEmpty() || counted == 0 ? "—"
          : done * 100L >= 90L * counted ? "đạt" : "**< 90%: Không đủ điều kiện xếp loại Hoàn thành tốt nhiệm vụ trở lên**";
      md.append("| ").append(unit).append(" | ").append(e.getValue().isEmpty() ? "(none)" : String.join(", ", e.getValue()))
          .append(" | ").append(parts.isEmpty() ? "—" : String.join("; ", parts)).append(" | ").append(counted)
          .append(" | ").append(done).append(" | ").append(rate).append(" | ").append(ok).append(" |\n");
    }
    md.append("\nA = done (A1 sớm hạn, A2 đúng hạn, A3 trễ hạn, A4 no due date); C1 not done, not due / OPEN; C2 not done, "
        + "overdue; D no usable row (classified as NOT_STARTED); E dropped with a reason. Counted = A + C2 "
        + "(this plan has no RECURRING task, so no B or C3).\n\n");

    md.append("### 3.2 By task (section I.1 of the report)\n\n");
    md.append("| task | due | leads | judged | note |\n|---|---|---|---|---|\n");
    Map<String, Integer> tally = new TreeMap<>();
    for (PlanRow p : PLAN_ROWS) {
      if (p.heading()) continue;
      Map<String, String> cs = classes.get(p.id());
      List<String> active = cs.entrySet().stream().filter(x -> !x.getValue().equals("E")).map(Map.Entry::getKey).toList();
      String judged;
      LocalDate latest = null;
      boolean allDone = !active.isEmpty() && active.stream().allMatch(u -> cs.get(u).startsWith("A"));
      if (active.isEmpty()) judged = "E";
      else if (allDone) {
        for (String u : active) {
          LocalDate x = used.get(u).get(p.id()).doneDate();
          if (latest == null || x.isAfter(latest)) latest = x;
        }
        judged = p.due() == null ? "A4" : latest.isBefore(p.due()) ? "A1" : latest.isEqual(p.due()) ? "A2" : "A3";
      } else judged = p.due() != null && p.due().isBefore(CUT_OFF) ? "C2" : "C1";
      tally.merge(judged, 1, Integer::sum);
      long doneUnits = active.stream().filter(u -> cs.get(u).startsWith("A")).count();
      List<String> notDone = active.stream().filter(u -> !cs.get(u).startsWith("A")).toList();
      List<String> dropped = cs.entrySet().stream().filter(x -> x.getValue().equals("E")).map(Map.Entry::getKey).toList();
      String note = doneUnits + "/" + active.size() + " đơn vị hoàn thành"
          + (notDone.isEmpty() ? "" : "; not done: " + String.join(", ", notDone.stream().map(u -> u + " " + cs.get(u)).toList()))
          + (dropped.isEmpty() ? "" : "; dropped (E): " + String.join(", ", dropped))
          + (latest != null ? "; done " + fmt(latest, DD_MM_YYYY) : "");
      md.append("| ").append(p.id()).append(" | ").append(p.due() == null ? "OPEN" : fmt(p.due(), D_M_YYYY)).append(" | ")
          .append(String.join(", ", leadsByTask.get(p.id())))
          .append(" | **").append(judged).append("** | ").append(note).append(" |\n");
    }
    int a1 = tally.getOrDefault("A1", 0), a2 = tally.getOrDefault("A2", 0), a3 = tally.getOrDefault("A3", 0),
        a4 = tally.getOrDefault("A4", 0), c2 = tally.getOrDefault("C2", 0), c1 = tally.getOrDefault("C1", 0);
    int counted = a1 + a2 + a3 + a4 + c2;
    md.append("\n16 tasks (5 group headings excluded): A1 ").append(a1).append(", A2 ").append(a2).append(", A3 ").append(a3)
        .append(", A4 ").append(a4).append(", C1 ").append(c1).append(", C2 ").append(c2).append(". Counted ")
        .append(counted).append("; completion rate ").append(pct(a1 + a2 + a3 + a4, counted)).append("; on-time rate (A1+A2)/(A1+A2+A3) ")
        .append(pct(a1 + a2, a1 + a2 + a3)).append(".\n\n");

    md.append("### 3.3 Khó khăn, vướng mắc and đề xuất, kiến nghị (sections II and IV)\n\n");
    for (Answer a : allAnswers()) {
      if (a.plant() != null && a.plant().rejects()) continue;
      if (a.problems().isBlank() && a.proposals().isBlank()) continue;
      md.append("- ").append(a.unit()).append(", task ").append(a.task()).append(": khó khăn — ")
          .append(a.problems().replace("\n", " ")).append("; đề xuất — ").append(a.proposals()).append("\n");
    }

    md.append("\n### 3.4 Dossiers (rules §6)\n\n");
    md.append("| unit | source | (3) received | (4) online | (5) direct+postal | (6) carried | (7) resolved | (8) trước hạn "
        + "| (9) đúng hạn | (10) quá hạn | (11) pending | (12) trong hạn | (13) quá hạn | R1 |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    int[] sum = new int[12];
    for (BieuRow b : BIEU_ROWS) {
      int[] v = {b.received(), b.online(), b.direct(), b.carried(), b.resolved(), b.early(), b.onTime(), b.late(),
          b.pending(), b.pendingOk(), b.pendingLate()};
      for (int i = 0; i < v.length; i++) sum[i] += v[i];
      md.append("| ").append(b.unit()).append(" | Biểu 06 |");
      for (int x : v) md.append(" ").append(x).append(" |");
      md.append(" ").append(pct(b.early() + b.onTime(), b.resolved())).append(b.unit().equals("BTXH") ? " (row rejected: (3) ≠ (7)+(11))" : "")
          .append(" |\n");
    }
    DossierFigures f = ttdvvlFigures;
    int[] v = {f.received(), f.online(), f.direct() + f.postal(), f.carried(), f.resolved(), f.early(), f.onTime(), f.late(),
        f.pending(), f.pendingOk(), f.pendingLate()};
    md.append("| TTDVVL | dossier list |");
    for (int x : v) md.append(" ").append(x).append(" |");
    md.append(" ").append(pct(f.early() + f.onTime(), f.resolved())).append(" |\n\n");
    md.append("TTDVVL list: ").append(f.rows()).append(" rows; ").append(f.outside())
        .append(" were received and resolved before 15/12/2021 (previous period, not counted); ").append(f.carried())
        .append(" carried over; ").append(f.online()).append(" online, ").append(f.direct()).append(" direct, ")
        .append(f.postal()).append(" postal received in the window; ").append(f.late()).append(" resolved late; ")
        .append(f.pendingLate()).append(" still pending past their appointment date at C. ");
    md.append("Biểu 06 numbers as typed, with NCC (5) read from the text \"1.027\" as 1027. The Biểu 06 Tổng cộng row "
        + "(cached): received ").append(sum[0]).append(", resolved ").append(sum[4]).append(", pending ").append(sum[8])
        .append(". Magnitudes follow seed 003 (1.480 dossiers a year, almost all trước hạn), except NCC, made larger so one "
            + "number needs a thousands separator.\n");

    write("README.md", md.toString().getBytes(StandardCharsets.UTF_8));
  }

  static int indexOfTask(String id) {
    for (int i = 0; i < PLAN_ROWS.size(); i++) if (PLAN_ROWS.get(i).id().equals(id)) return i;
    throw new IllegalArgumentException(id);
  }

  static PlanRow planRow(String id) {
    return PLAN_ROWS.get(indexOfTask(id));
  }

}
