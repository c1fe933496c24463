package vn.cchc.report.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The office's configuration file: the sample reads, and every wrong value is refused with the key and the fix. */
class ConfigLoaderTest {
  @TempDir Path temp;

  /** The sample configuration with its document: section replaced. */
  private Path configWith(String document) throws IOException {
    String sample = Files.readString(Path.of("data/cau-hinh.yaml"), StandardCharsets.UTF_8);
    int start = sample.indexOf("document:");
    int end = sample.indexOf("\n\n", start);
    Path file = temp.resolve("cau-hinh.yaml");
    Files.writeString(file, sample.substring(0, start) + document + sample.substring(end), StandardCharsets.UTF_8);
    return file;
  }

  /** The sample configuration with lines added at the end of its plan: section and a section added at the end. */
  private Path configWith(String planLines, String lastSection) throws IOException {
    String sample = Files.readString(Path.of("data/cau-hinh.yaml"), StandardCharsets.UTF_8);
    int title = sample.indexOf("\n", sample.indexOf("  title: ")) + 1;
    Path file = temp.resolve("cau-hinh.yaml");
    Files.writeString(file, sample.substring(0, title) + planLines + sample.substring(title) + "\n" + lastSection, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsTheSampleWithTheReferenceLayout() throws ConfigException {
    OfficeConfig config = ConfigLoader.load(Path.of("data/cau-hinh.yaml"));

    assertThat(config.layout()).isEqualTo(OfficeConfig.Layout.DEFAULT);
    assertThat(config.organisation().abbreviation()).isEqualTo("SLĐTBXH");
  }

  @Test
  void leavesTheLayoutAtItsDefaultsWithoutADocumentSection() throws Exception {
    Path file = configWith("");

    assertThat(ConfigLoader.load(file).layout()).isEqualTo(OfficeConfig.Layout.DEFAULT);
  }

  @Test
  void readsMarginsInsideTheLegalRanges() throws Exception {
    Path file = configWith("document:\n  margin_top_mm: 25\n  margin_bottom_mm: 22,5\n  margin_left_mm: 35\n  margin_right_mm: 20\n");

    OfficeConfig.Layout layout = ConfigLoader.load(file).layout();

    assertThat(layout).isEqualTo(new OfficeConfig.Layout(25, 22.5, 35, 20, List.of()));
  }

  // document-format.md §1: top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      margin_top_mm    | 19   | từ 20 đến 25 mm. Hãy ghi một số trong khoảng đó, ví dụ 20.
      margin_top_mm    | 26   | từ 20 đến 25 mm. Hãy ghi một số trong khoảng đó, ví dụ 20.
      margin_bottom_mm | 30   | từ 20 đến 25 mm. Hãy ghi một số trong khoảng đó, ví dụ 20.
      margin_left_mm   | 25   | từ 30 đến 35 mm. Hãy ghi một số trong khoảng đó, ví dụ 30.
      margin_right_mm  | 21   | từ 15 đến 20 mm. Hãy ghi một số trong khoảng đó, ví dụ 15.
      margin_right_mm  | hẹp  | từ 15 đến 20 mm. Hãy ghi một số trong khoảng đó, ví dụ 15.
      """)
  void refusesAMarginOutsideItsLegalRange(String key, String value, String fix) throws Exception {
    Path file = configWith("document:\n  " + key + ": " + value + "\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + ", khóa document." + key + ": \"" + value
            + "\" không hợp lệ. Nghị định 30/2020/NĐ-CP cho phép lề này " + fix);
  }

  @Test
  void findsTheOfficeTimesNewRomanWhateverTheCaseOfItsNames() throws Exception {
    Path fonts = Files.createDirectories(temp.resolve("phong"));
    for (String name : List.of("TIMES.TTF", "timesbd.ttf", "TimesI.ttf", "timesbi.TTF")) Files.write(fonts.resolve(name), new byte[] {1});
    Path file = configWith("document:\n  times_font_folder: phong\n");

    assertThat(ConfigLoader.load(file).layout().timesFonts())
        .containsExactly(fonts.resolve("TIMES.TTF"), fonts.resolve("timesbd.ttf"), fonts.resolve("TimesI.ttf"), fonts.resolve("timesbi.TTF"));
  }

  @Test
  void namesTheMissingFacesOfTheOfficeFont() throws Exception {
    Path fonts = Files.createDirectories(temp.resolve("phong"));
    Files.write(fonts.resolve("times.ttf"), new byte[] {1});
    Files.write(fonts.resolve("timesbd.ttf"), new byte[] {1});
    Path file = configWith("document:\n  times_font_folder: phong\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + ", khóa document.times_font_folder: thư mục " + fonts
            + " thiếu tệp phông timesi.ttf, timesbi.ttf. Hãy chép đủ bốn tệp times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf"
            + " (thường, đậm, nghiêng, đậm nghiêng) từ C:\\Windows\\Fonts vào thư mục này.");
  }

  @Test
  void saysWhenTheFontFolderDoesNotExist() throws Exception {
    Path file = configWith("document:\n  times_font_folder: khong-co\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Tệp cấu hình " + file + ", khóa document.times_font_folder: không có thư mục " + temp.resolve("khong-co"))
        .hasMessageContaining("hoặc để trống để dùng phông Liberation Serif có sẵn.");
  }

  @Test
  void refusesAnUnknownKeyOfTheDocumentSection() throws Exception {
    Path file = configWith("document:\n  margin_top: 20\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + " có khóa không biết trong mục document: margin_top. Các khóa hợp lệ: "
            + "margin_bottom_mm, margin_left_mm, margin_right_mm, margin_top_mm, times_font_folder. Hãy sửa lỗi chính tả.");
  }

  // Issue #8: offices save the file from Notepad; "ANSI" is windows-1258 on a Vietnamese Windows.
  @Test
  void refusesAFileSavedAsAnsiNamingTheLineAndTheFix() throws Exception {
    String yaml = "period: 2022-Q1\noutput: ../output\norganisation:\n  place: Bình Định\n";
    Path file = temp.resolve("cau-hinh.yaml");
    Files.write(file, Normalizer.normalize(yaml, Normalizer.Form.NFD).getBytes(Charset.forName("windows-1258")));

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + " không được lưu ở dạng UTF-8: dòng 4 (\"place: Bình Định\") có ký tự không đọc được,"
            + " thường là do tệp được lưu với bảng mã ANSI của Windows. Hãy mở tệp bằng Notepad, chọn File → Save As, ở ô Encoding"
            + " chọn \"UTF-8\", bấm Save (đồng ý ghi đè), rồi chạy lại.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      UTF-8 with BOM,     UTF-8,    EF BB BF
      Unicode (UTF-16LE), UTF-16LE, FF FE
      UTF-16BE,           UTF-16BE, FE FF
      """)
  void readsAFileSavedAsUtf8WithBomOrAsUnicode(String name, String charset, String bom) throws Exception {
    String sample = Files.readString(Path.of("data/cau-hinh.yaml"), StandardCharsets.UTF_8);
    Path file = temp.resolve("cau-hinh.yaml");
    Files.write(file, concat(HexFormat.ofDelimiter(" ").parseHex(bom), sample.getBytes(Charset.forName(charset))));

    OfficeConfig config = ConfigLoader.load(file);

    assertThat(config.organisation().abbreviation()).isEqualTo("SLĐTBXH");
    assertThat(config.organisation().parent()).isEqualTo("UBND TỈNH BÌNH THUẬN");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  // Issue #8 item 1: plan tables without a deadline or a lead column (seed 003), and offices' own headers.
  @Test
  void readsPlanDefaultsAndTheOfficesColumnHeaders() throws Exception {
    Path file = configWith("  default_deadline: Trong năm 2021\n  default_lead: \"Văn phòng UBND tỉnh\"\n", """
        columns:
          ke-hoach:
            content: "Nội dung phải thực hiện, khắc phục trong năm 2022"
            lead: ["Cơ quan chủ trì thực hiện", "Đơn vị đầu mối"]
          bao-cao:
            status: "Kết quả (trạng thái)"
          ho-so:
            carried: Kỳ trước chuyển qua
            received_on: Ngày nhận hồ sơ
        """);

    OfficeConfig config = ConfigLoader.load(file);

    assertThat(config.plan().defaultDeadline()).isEqualTo("Trong năm 2021");
    assertThat(config.plan().defaultLead()).isEqualTo("Văn phòng UBND tỉnh");
    assertThat(config.columns()).containsExactly(
        entry("ke-hoach", Map.of(
            "content", List.of("Nội dung phải thực hiện, khắc phục trong năm 2022"),
            "lead", List.of("Cơ quan chủ trì thực hiện", "Đơn vị đầu mối"))),
        entry("bao-cao", Map.of("status", List.of("Kết quả (trạng thái)"))),
        entry("ho-so", Map.of("carried", List.of("Kỳ trước chuyển qua"), "received_on", List.of("Ngày nhận hồ sơ"))));
    assertThat(config.columns().get("ke-hoach").keySet()).containsExactly("content", "lead");
  }

  @Test
  void hasNoPlanDefaultsAndNoColumnHeadersWhenTheKeysAreAbsent() throws Exception {
    OfficeConfig config = ConfigLoader.load(Path.of("data/cau-hinh.yaml"));

    assertThat(config.plan().defaultDeadline()).isEmpty();
    assertThat(config.plan().defaultLead()).isEmpty();
    assertThat(config.columns()).isNotNull().isEmpty();
    assertThat(config.plan().number()).isEqualTo("56");
  }

  @Test
  void refusesAnUnknownInputKindListingTheKinds() throws Exception {
    Path file = configWith("", "columns:\n  ke_hoach:\n    content: Nội dung\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + ", khóa columns.ke_hoach: không có loại tệp \"ke_hoach\". Hãy ghi một trong:"
            + " don-vi (Danh mục đơn vị), ke-hoach (Danh mục nhiệm vụ), bao-cao (Báo cáo tiến độ của đơn vị),"
            + " ho-so (Kết quả giải quyết TTHC).");
  }

  @Test
  void refusesAnUnknownColumnIdListingTheIdsWithTheirLabels() throws Exception {
    Path file = configWith("", "columns:\n  ke-hoach:\n    leads: Đơn vị đầu mối\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + ", khóa columns.ke-hoach.leads: loại tệp ke-hoach không có cột \"leads\". Hãy ghi một trong:"
            + " id (STT), content (Nội dung công việc), lead (Đơn vị chủ trì), partners (Đơn vị phối hợp), output (Kết quả),"
            + " deadline (Thời gian hoàn thành), due (Hạn chót), area (Lĩnh vực), note (Ghi chú).");
  }

  @Test
  void offersTheColumnsOfBothDossierTablesForHoSo() throws Exception {
    Path file = configWith("", "columns:\n  ho-so:\n    ma_ho_so: Mã\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + ", khóa columns.ho-so.ma_ho_so: loại tệp ho-so không có cột \"ma_ho_so\". Hãy ghi một trong:"
            + " unit (Đơn vị), carried (Kỳ trước chuyển qua), received_online (Tiếp nhận trực tuyến),"
            + " received_direct (Tiếp nhận trực tiếp), received_postal (Tiếp nhận qua dịch vụ bưu chính công ích),"
            + " early (Đã giải quyết trước hạn), on_time (Đã giải quyết đúng hạn), late (Đã giải quyết quá hạn),"
            + " pending_ok (Đang giải quyết trong hạn), pending_late (Đang giải quyết quá hạn), returned (Trả lại, rút hồ sơ),"
            + " received_total (Số hồ sơ nhận giải quyết tổng số), resolved_total (Số hồ sơ đã giải quyết tổng số),"
            + " pending_total (Số hồ sơ đang giải quyết tổng số), id (Mã hồ sơ), received_on (Ngày tiếp nhận),"
            + " due_on (Ngày hẹn trả), done_on (Ngày có kết quả), channel (Hình thức nộp).");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an empty text          | '    status: ""'
      an empty list          | '    status: []'
      an empty item of a list | '    status: ["Kết quả", " "]'
      no value               | '    status:'
      """)
  void refusesAnEmptyHeaderText(String name, String line) throws Exception {
    Path file = configWith("", "columns:\n  bao-cao:\n" + line + "\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + ", khóa columns.bao-cao.status: tên cột trống. Hãy ghi tên cột đúng như dòng tiêu đề"
            + " trong tệp của văn phòng, ví dụ \"Tình trạng\", hoặc xóa khóa này.");
  }

  @Test
  void refusesOneHeaderTextForTwoColumnsOfAKind() throws Exception {
    Path file = configWith("", "columns:\n  bao-cao:\n    evidence: Kết quả\n    status: [Trạng thái, \"KẾT QUẢ\"]\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + ", khóa columns.bao-cao.status: tên cột \"KẾT QUẢ\" đã ghi cho cột evidence."
            + " Mỗi tên cột chỉ ứng với một cột; hãy xóa một trong hai.");
  }

  @Test
  void refusesAnUnknownKeyOfThePlanSectionListingTheNewKeys() throws Exception {
    Path file = configWith("  default_deadlines: Trong năm 2021\n", "");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + " có khóa không biết trong mục plan: default_deadlines. Các khóa hợp lệ: "
            + "default_deadline, default_lead, issued_on, number, symbol, title. Hãy sửa lỗi chính tả.");
  }

  @Test
  void refusesAListAsThePlansDefaultLead() throws Exception {
    Path file = configWith("  default_lead: [Văn phòng, Thanh tra]\n", "");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Tệp cấu hình " + file + ", khóa plan.default_lead: phải là một dòng chữ (không phải danh sách), ví dụ \"Văn phòng UBND tỉnh\".");
  }
}
