package vn.cchc.report.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.report.rules.Thresholds;

/**
 * One office's settings, read once from its configuration file (data-contract.md §5). Paths are
 * absolute (resolved against the configuration file's folder).
 *
 * @param thresholds rules §4 thresholds, checked when the file is read
 * @param previousYearOnTime last year's on-time rate of the same period as the office wrote it, null when not written
 * @param columns the office's own header texts: input kind id ("ke-hoach") → column id ("content")
 *     → header texts, in the file's order; empty when the configuration has no {@code columns:}
 *     section, never null
 */
public record OfficeConfig(
    Organisation organisation,
    PlanIdentity plan,
    ReportSettings report,
    Signer signer,
    Thresholds thresholds,
    BigDecimal previousYearOnTime,
    RuleSettings rules,
    Inputs inputs,
    Layout layout,
    String period,
    Path output,
    Path file,
    Map<String, Map<String, List<String>>> columns) {

  /** Copies {@code columns} keeping the file's order, which {@code Map.copyOf} would lose. */
  public OfficeConfig {
    Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
    if (columns != null) {
      columns.forEach((kind, headers) -> {
        Map<String, List<String>> inner = new LinkedHashMap<>();
        headers.forEach((column, texts) -> inner.put(column, List.copyOf(texts)));
        copy.put(kind, Collections.unmodifiableMap(inner));
      });
    }
    columns = Collections.unmodifiableMap(copy);
  }

  /**
   * @param parent cơ quan chủ quản, upper case ("UBND TỈNH BÌNH THUẬN"), "" when none
   * @param name cơ quan ban hành, upper case as printed in the header block
   * @param shortName the name in running text ("Sở Lao động - Thương binh và Xã hội")
   * @param abbreviation for the ký hiệu: "SLĐTBXH" in "Số: 05/BC-SLĐTBXH"
   * @param place địa danh of the date line ("Bình Thuận")
   */
  public record Organisation(String parent, String name, String shortName, String abbreviation, String place) {}

  /**
   * The Kế hoạch being reported on: "Kế hoạch số 56/KH-SLĐTBXH ngày 01/9/2021 …".
   *
   * @param defaultDeadline the deadline text of tasks that have none ("Trong năm 2021"), "" when not set
   * @param defaultLead the lead unit(s) of a plan table without a lead column ("Văn phòng UBND tỉnh"), "" when not set
   */
  public record PlanIdentity(
      String number, String symbol, LocalDate issuedOn, String title, String defaultDeadline, String defaultLead) {}

  /**
   * @param number the report's number, "" to leave it blank for the văn thư
   * @param date the report's date; null = the day of the run
   * @param kinhGui recipients of "Kính gửi:" (empty list = no Kính gửi, for internal reports)
   * @param recipients Nơi nhận items after "Như trên" (without "- " and ";")
   * @param archive the "Lưu:" line's content, e.g. "VT, VP"
   * @param proposals the office's own standing proposals to UBND tỉnh, printed first in section IV
   * @param replyWithinDays the days a unit is given, from the date of a công văn đôn đốc, to report back
   */
  public record ReportSettings(String number, LocalDate date, List<String> kinhGui, List<String> recipients, String archive,
      List<String> proposals, int replyWithinDays) {}

  /**
   * @param authority KT, TM, Q, TL, TUQ or "" (the head signs)
   * @param headTitle the head's title after the prefix ("GIÁM ĐỐC"); for TM the collective's name
   * @param title the signer's own title ("PHÓ GIÁM ĐỐC"), "" when the head signs
   */
  public record Signer(String authority, String headTitle, String title, String name) {}

  /**
   * @param beforeMeansDayBefore rules §2: read "Trước D" as D − 1 instead of D
   * @param calendarPeriods rules §5: calendar periods instead of the Nghị định 09/2019 windows
   */
  public record RuleSettings(boolean beforeMeansDayBefore, boolean calendarPeriods) {}

  /**
   * Page setup of the documents (document-format.md §1): margins in millimetres, each inside the
   * range Nghị định 30 allows, and the office's own Times New Roman for the PDF.
   *
   * @param timesFonts the office's Times New Roman files, regular, bold, italic, bold italic; empty
   *     to embed Liberation Serif (metric-compatible, shipped with the program)
   */
  public record Layout(double marginTop, double marginBottom, double marginLeft, double marginRight, List<Path> timesFonts) {
    /** The NĐ 30 reference profile: 20, 20, 30, 15 mm; Liberation Serif. */
    public static final Layout DEFAULT = new Layout(20, 20, 30, 15, List.of());

    public Layout {
      timesFonts = List.copyOf(timesFonts);
    }
  }

  /**
   * @param units the Danh mục đơn vị file
   * @param plan the plan's task table file
   * @param submissions the folder holding one folder per period of unit reports
   * @param dossiers the folder holding one folder per period of dossier files
   */
  public record Inputs(Path dataRoot, Path units, Path plan, Path submissions, Path dossiers) {}
}
