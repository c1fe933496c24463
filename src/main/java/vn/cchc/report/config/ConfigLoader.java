package vn.cchc.report.config;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import vn.cchc.report.ingest.CellValues;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.rules.Thresholds;

/**
 * Reads the office's YAML configuration. Unknown keys are errors (a typo must not silently fall
 * back to a default); every message names the key and says what to write.
 */
public final class ConfigLoader {
  private static final Map<String, Set<String>> KEYS = Map.of(
      "", Set.of("organisation", "plan", "report", "signer", "thresholds", "rules", "inputs", "columns", "document", "period", "output"),
      "organisation", Set.of("parent", "name", "short_name", "abbreviation", "place"),
      "plan", Set.of("number", "symbol", "issued_on", "title", "default_deadline", "default_lead"),
      "report", Set.of("number", "date", "kinh_gui", "recipients", "archive", "proposals", "reply_within_days"),
      "signer", Set.of("authority", "head_title", "title", "name"),
      "thresholds", Set.of("unit_completion_percent", "dossier_on_time_percent", "dossier_rate", "previous_year_on_time_percent"),
      "rules", Set.of("before_means_day_before", "periods"),
      "inputs", Set.of("units", "plan", "submissions", "dossiers"),
      "document", Set.of("margin_top_mm", "margin_bottom_mm", "margin_left_mm", "margin_right_mm", "times_font_folder"));
  /** The four faces of Times New Roman as Windows names them: regular, bold, italic, bold italic. */
  private static final List<String> TIMES_FILES = List.of("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf");
  private static final Set<String> AUTHORITIES = Set.of("", "KT", "TM", "Q", "TL", "TUQ");

  private ConfigLoader() {}

  /** A value from the file as a message quotes it: a key or value may be a page long, so cut as Messages.cut cuts it. */
  static String quoted(Object value) {
    return "\"" + Messages.cut(String.valueOf(value)) + "\"";
  }

  /** The file of that name in the folder, letter case ignored (Windows writes TIMES.TTF as often as times.ttf); null when none. */
  private static Path findIgnoringCase(Path folder, String name) {
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().equalsIgnoreCase(name) && Files.isRegularFile(f)).sorted().findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  public static OfficeConfig load(Path file) throws ConfigException {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new ConfigException("Không tìm thấy tệp cấu hình " + file + " (đã tìm ở " + absolute + ", tính từ thư mục đang đứng "
          + Path.of("").toAbsolutePath() + "). Hãy chỉ đường dẫn bằng --config, ví dụ: --config data/cau-hinh.yaml, "
          + "hoặc chạy chương trình từ thư mục chứa thư mục data/.");
    }
    String text;
    try {
      text = ConfigText.decode(file.toString(), Files.readAllBytes(absolute));
    } catch (IOException e) {
      throw new ConfigException("Không đọc được tệp cấu hình " + file + ": " + Messages.cut(e.getMessage()), e);
    }
    Object document;
    try {
      document = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(text);
    } catch (MarkedYamlEngineException e) {
      throw new ConfigException("Tệp cấu hình " + file + " sai cú pháp YAML ở dòng " + (e.getProblemMark().map(m -> m.getLine() + 1).orElse(0))
          + ": " + Messages.cut(e.getProblem()) + ". Hãy kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu hai chấm sau tên khóa.", e);
    } catch (YamlEngineException e) {
      throw new ConfigException("Không đọc được tệp cấu hình " + file + ": " + Messages.cut(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      // snakeyaml-engine 3.2 lets a malformed tag through as this ("!!2!%2", found by ConfigFuzzTest).
      throw new ConfigException("Tệp cấu hình " + file + " sai cú pháp YAML: " + Messages.cut(e.getMessage())
          + ". Hãy kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu hai chấm sau tên khóa; một giá trị bắt đầu bằng dấu ! "
          + "phải để trong ngoặc kép.", e);
    }
    if (!(document instanceof Map<?, ?> root)) {
      throw new ConfigException("Tệp cấu hình " + file + " trống hoặc không phải danh sách khóa: giá trị. Hãy chép lại từ tệp mẫu data/cau-hinh.yaml.");
    }
    return new Reader(file.toString(), absolute.getParent()).read(root);
  }

  /** Walks the YAML tree; {@code path} names the key in messages ("thresholds.dossier_rate"). */
  private record Reader(String file, Path base) {

    OfficeConfig read(Map<?, ?> root) throws ConfigException {
      checkKeys("", root);
      Map<?, ?> org = section(root, "organisation");
      Map<?, ?> plan = section(root, "plan");
      Map<?, ?> report = section(root, "report");
      Map<?, ?> signer = section(root, "signer");
      Map<?, ?> thresholds = section(root, "thresholds");
      Map<?, ?> rules = section(root, "rules");
      Map<?, ?> inputs = section(root, "inputs");
      Map<?, ?> document = section(root, "document");
      var organisation = new OfficeConfig.Organisation(
          text(org, "organisation", "parent", ""), required(org, "organisation", "name"),
          required(org, "organisation", "short_name"), required(org, "organisation", "abbreviation"),
          required(org, "organisation", "place"));
      var planIdentity = new OfficeConfig.PlanIdentity(
          required(plan, "plan", "number"), required(plan, "plan", "symbol"), requiredDate(plan, "plan", "issued_on"),
          required(plan, "plan", "title"), line(plan, "plan", "default_deadline", "Trong năm 2021"),
          line(plan, "plan", "default_lead", "Văn phòng UBND tỉnh"));
      var reportSettings = new OfficeConfig.ReportSettings(
          text(report, "report", "number", ""), optionalDate(report, "report", "date"), list(report, "report", "kinh_gui"),
          list(report, "report", "recipients"), text(report, "report", "archive", "VT"), list(report, "report", "proposals"),
          days(report, "reply_within_days", 7));
      String authority = text(signer, "signer", "authority", "").toUpperCase(java.util.Locale.ROOT).replace(".", "");
      if (!AUTHORITIES.contains(authority)) {
        throw new ConfigException(at("signer.authority") + quoted(authority) + " không hợp lệ. Hãy ghi một trong: KT, TM, Q, TL, TUQ, hoặc để trống khi người đứng đầu ký.");
      }
      var signerSettings = new OfficeConfig.Signer(
          authority, required(signer, "signer", "head_title"), text(signer, "signer", "title", ""), required(signer, "signer", "name"));
      String rate = text(thresholds, "thresholds", "dossier_rate", Thresholds.DEFAULTS.targetRate().name()).toUpperCase(java.util.Locale.ROOT);
      if (!rate.equals("R1") && !rate.equals("R2")) {
        throw new ConfigException(at("thresholds.dossier_rate") + quoted(rate) + " không hợp lệ. Hãy ghi R1 (đã giải quyết đúng hạn) hoặc R2 (theo Quyết định 766/QĐ-TTg).");
      }
      var thresholdSettings = new Thresholds(
          percent(thresholds, "thresholds", "unit_completion_percent", Thresholds.DEFAULTS.unitCompletion()),
          percent(thresholds, "thresholds", "dossier_on_time_percent", Thresholds.DEFAULTS.dossierOnTimeTarget()),
          Thresholds.DossierRate.valueOf(rate));
      BigDecimal previousYearOnTime = percent(thresholds, "thresholds", "previous_year_on_time_percent", null);
      String periods = text(rules, "rules", "periods", "nghi-dinh-09");
      if (!periods.equals("nghi-dinh-09") && !periods.equals("lich")) {
        throw new ConfigException(at("rules.periods") + quoted(periods) + " không hợp lệ. Hãy ghi nghi-dinh-09 (chốt số liệu theo Nghị định 09/2019/NĐ-CP) hoặc lich (theo tháng, quý dương lịch).");
      }
      var ruleSettings = new OfficeConfig.RuleSettings(bool(rules, "rules", "before_means_day_before"), periods.equals("lich"));
      var inputPaths = new OfficeConfig.Inputs(base, path(inputs, "inputs", "units"), path(inputs, "inputs", "plan"),
          path(inputs, "inputs", "submissions"), path(inputs, "inputs", "dossiers"));
      // document-format.md §1: each margin inside the range Nghị định 30 allows.
      var reference = OfficeConfig.Layout.DEFAULT;
      var layout = new OfficeConfig.Layout(
          millimetres(document, "margin_top_mm", reference.marginTop(), 20, 25),
          millimetres(document, "margin_bottom_mm", reference.marginBottom(), 20, 25),
          millimetres(document, "margin_left_mm", reference.marginLeft(), 30, 35),
          millimetres(document, "margin_right_mm", reference.marginRight(), 15, 20),
          fontFolder(document));
      Path output = base.resolve(text(root, "", "output", "../output")).normalize();
      var columns = new ColumnHeaders(file).read(root.get("columns"));
      return new OfficeConfig(organisation, planIdentity, reportSettings, signerSettings, thresholdSettings, previousYearOnTime, ruleSettings,
          inputPaths, layout, text(root, "", "period", ""), output, base.resolve(Path.of(file).getFileName()), columns);
    }

    private String at(String key) {
      return "Tệp cấu hình " + file + ", khóa " + key + ": ";
    }

    private void checkKeys(String section, Map<?, ?> map) throws ConfigException {
      Set<String> unknown = new TreeSet<>();
      for (Object key : map.keySet()) if (!KEYS.get(section).contains(String.valueOf(key))) unknown.add(String.valueOf(key));
      if (!unknown.isEmpty()) {
        String where = section.isEmpty() ? "ở cấp ngoài cùng" : "trong mục " + section;
        throw new ConfigException("Tệp cấu hình " + file + " có khóa không biết " + where + ": " + String.join(", ", unknown.stream().limit(5).map(Messages::cut).toList()) + (unknown.size() > 5 ? " …" : "")
            + ". Các khóa hợp lệ: " + String.join(", ", new TreeSet<>(KEYS.get(section))) + ". Hãy sửa lỗi chính tả.");
      }
    }

    private Map<?, ?> section(Map<?, ?> root, String name) throws ConfigException {
      Object value = root.get(name);
      if (value == null) return Map.of();
      if (!(value instanceof Map<?, ?> map)) throw new ConfigException(at(name) + "phải là một mục có các khóa con (xem tệp mẫu).");
      checkKeys(name, map);
      return map;
    }

    private String text(Map<?, ?> map, String section, String key, String fallback) {
      Object value = map.get(key);
      return value == null ? fallback : String.valueOf(value).strip();
    }

    /** Optional text on one line: a list or a sub-section here is a mistake, not text. */
    private String line(Map<?, ?> map, String section, String key, String example) throws ConfigException {
      Object value = map.get(key);
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw new ConfigException(at(section + "." + key) + "phải là một dòng chữ (không phải danh sách), ví dụ \"" + example + "\".");
      }
      return text(map, section, key, "");
    }

    private String required(Map<?, ?> map, String section, String key) throws ConfigException {
      String value = text(map, section, key, "");
      if (value.isEmpty()) throw new ConfigException(at(section + "." + key) + "chưa có giá trị. Hãy điền vào tệp cấu hình.");
      return value;
    }

    private LocalDate requiredDate(Map<?, ?> map, String section, String key) throws ConfigException {
      LocalDate date = optionalDate(map, section, key);
      if (date == null) throw new ConfigException(at(section + "." + key) + "chưa có ngày. Hãy ghi dạng ngày/tháng/năm, ví dụ 01/9/2021.");
      return date;
    }

    private LocalDate optionalDate(Map<?, ?> map, String section, String key) throws ConfigException {
      String value = text(map, section, key, "");
      if (value.isEmpty()) return null;
      return CellValues.date(value).orElseThrow(() -> new ConfigException(
          at(section + "." + key) + "không hiểu ngày " + quoted(value) + ". Hãy ghi dạng ngày/tháng/năm, ví dụ 01/9/2021."));
    }

    private List<String> list(Map<?, ?> map, String section, String key) throws ConfigException {
      Object value = map.get(key);
      if (value == null) return List.of();
      if (value instanceof List<?> items) return items.stream().map(String::valueOf).map(String::strip).toList();
      String single = String.valueOf(value).strip();
      if (single.isEmpty()) return List.of();
      return List.of(single);
    }

    private BigDecimal percent(Map<?, ?> map, String section, String key, BigDecimal fallback) throws ConfigException {
      String value = text(map, section, key, "").replace("%", "").replace(',', '.').strip();
      if (value.isEmpty()) return fallback;
      try {
        BigDecimal percent = new BigDecimal(value);
        if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0) throw new NumberFormatException();
        return percent;
      } catch (NumberFormatException e) {
        throw new ConfigException(at(section + "." + key) + quoted(value) + " không phải tỷ lệ phần trăm từ 0 đến 100. Hãy ghi ví dụ 98 hoặc 98,5.");
      }
    }

    private boolean bool(Map<?, ?> map, String section, String key) throws ConfigException {
      Object value = map.get(key);
      if (value == null) return false;
      if (value instanceof Boolean b) return b;
      throw new ConfigException(at(section + "." + key) + "phải là true hoặc false.");
    }

    /** A whole number of days from 1 to 60 (the time a unit is given to answer a công văn đôn đốc). */
    private int days(Map<?, ?> map, String key, int fallback) throws ConfigException {
      String value = text(map, "report", key, "").strip();
      if (value.isEmpty()) return fallback;
      if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 60) {
        throw new ConfigException(at("report." + key) + quoted(value) + " không hợp lệ. Hãy ghi số ngày từ 1 đến 60, ví dụ " + fallback + ".");
      }
      return Integer.parseInt(value);
    }

    private double millimetres(Map<?, ?> map, String key, double fallback, double min, double max) throws ConfigException {
      String value = text(map, "document", key, "").replace(',', '.').replace("mm", "").strip();
      if (value.isEmpty()) return fallback;
      double mm;
      try {
        mm = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        mm = Double.NaN;
      }
      if (!(mm >= min && mm <= max)) {
        throw new ConfigException(at("document." + key) + quoted(value) + " không hợp lệ. Nghị định 30/2020/NĐ-CP cho phép lề này từ "
            + format(min) + " đến " + format(max) + " mm. Hãy ghi một số trong khoảng đó, ví dụ " + format(fallback) + ".");
      }
      return mm;
    }

    private static String format(double mm) {
      return mm == Math.rint(mm) ? String.valueOf((long) mm) : String.valueOf(mm).replace('.', ',');
    }

    /** The office's Times New Roman: the folder must hold all four faces, whatever the case of their names. */
    private List<Path> fontFolder(Map<?, ?> map) throws ConfigException {
      String value = text(map, "document", "times_font_folder", "");
      if (value.isEmpty()) return List.of();
      Path folder = base.resolve(value).normalize();
      if (!Files.isDirectory(folder)) {
        throw new ConfigException(at("document.times_font_folder") + "không có thư mục " + Messages.cut(folder.toString())
            + ". Hãy chép bốn tệp phông Times New Roman (" + String.join(", ", TIMES_FILES)
            + ", lấy từ C:\\Windows\\Fonts) vào một thư mục rồi ghi đường dẫn thư mục đó, hoặc để trống để dùng phông Liberation Serif có sẵn.");
      }
      List<String> missing = new ArrayList<>();
      List<Path> faces = new ArrayList<>();
      for (String name : TIMES_FILES) {
        Path face = findIgnoringCase(folder, name);
        if (face == null) missing.add(name);
        faces.add(face);
      }
      if (!missing.isEmpty()) {
        throw new ConfigException(at("document.times_font_folder") + "thư mục " + Messages.cut(folder.toString()) + " thiếu tệp phông " + String.join(", ", missing)
            + ". Hãy chép đủ bốn tệp " + String.join(", ", TIMES_FILES) + " (thường, đậm, nghiêng, đậm nghiêng) từ C:\\Windows\\Fonts vào thư mục này.");
      }
      return faces;
    }

    private Path path(Map<?, ?> map, String section, String key) throws ConfigException {
      return base.resolve(required(map, section, key)).normalize();
    }
  }
}
