package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.lines;
import static vn.cchc.report.ingest.Fixtures.parse;
import static vn.cchc.report.ingest.Fixtures.write;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** data-contract.md "What real files look like": the encodings and separators of CSV files, detected, never assumed. */
class CsvEncodingTest {
  @TempDir Path dir;

  /** One unit's report; the status and product cells carry every Vietnamese letter shape and all five tones. */
  private static String report(String sep) {
    return lines(
        Fixtures.csv(sep, "STT", "Tình trạng", "Ngày hoàn thành", "Sản phẩm", "Ghi chú"),
        Fixtures.csv(sep, "1", "Hoàn thành", "20/9/2021", "Công văn số 123/SLĐTBXH-VP", "Đã gửi Sở Nội vụ"),
        Fixtures.csv(sep, "2.1", "Đang thực hiện", "", "Dự thảo Quyết định", "Chờ ý kiến góp ý của các phòng"),
        Fixtures.csv(sep, "3", "Chưa triển khai", "", "", "Thiếu kinh phí; đề nghị bổ sung"),
        Fixtures.csv(sep, "4", "Không còn phù hợp", "", "", "Ưu tiên nhiệm vụ khác, hủy bỏ"));
  }

  private static final List<Map<String, String>> EXPECTED = List.of(
      Map.of("task", "1", "status", "Hoàn thành", "done_on", "20/9/2021", "evidence", "Công văn số 123/SLĐTBXH-VP", "note", "Đã gửi Sở Nội vụ"),
      Map.of("task", "2.1", "status", "Đang thực hiện", "done_on", "", "evidence", "Dự thảo Quyết định", "note", "Chờ ý kiến góp ý của các phòng"),
      Map.of("task", "3", "status", "Chưa triển khai", "done_on", "", "evidence", "", "note", "Thiếu kinh phí; đề nghị bổ sung"),
      Map.of("task", "4", "status", "Không còn phù hợp", "done_on", "", "evidence", "", "note", "Ưu tiên nhiệm vụ khác, hủy bỏ"));

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("windows-1258, ';' (CSV from Excel on Vietnamese Windows)", "bao-cao.csv", ";",
            (Function<String, byte[]>) Fixtures::windows1258, "CSV, windows-1258 (Excel trên Windows tiếng Việt), dấu phân cách ';'"),
        Arguments.of("UTF-8 with BOM, ',' (CSV UTF-8)", "bao-cao.csv", ",",
            (Function<String, byte[]>) Fixtures::utf8WithBom, "CSV, UTF-8 có BOM, dấu phân cách ','"),
        Arguments.of("UTF-8 without BOM, ';'", "bao-cao.csv", ";",
            (Function<String, byte[]>) Fixtures::utf8, "CSV, UTF-8, dấu phân cách ';'"),
        Arguments.of("UTF-16LE with BOM, tab (Unicode Text)", "bao-cao.txt", "\t",
            (Function<String, byte[]>) Fixtures::utf16leWithBom, "CSV, UTF-16 (LE) có BOM, dấu phân cách tab"),
        Arguments.of("UTF-8 NFD, tab (typed on a Mac)", "bao-cao.csv", "\t",
            (Function<String, byte[]>) Fixtures::utf8Nfd, "CSV, UTF-8, dấu phân cách tab"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void readsEveryEncodingAndSeparatorAsNfcText(
      String label, String name, String separator, Function<String, byte[]> encode, String description) throws Exception {
    String text = report(separator);
    Path file = write(dir, name, encode.apply(text));

    try (TableSource source = TableReaders.open(file, name)) {
      assertThat(source.description()).isEqualTo(description);
    }
    Fixtures.Read read = parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.rows()).containsExactlyElementsOf(EXPECTED);
    read.rows().forEach(r -> r.values().forEach(v -> assertThat(Normalizer.isNormalized(v, Normalizer.Form.NFC)).isTrue()));
    Fixtures.assertTally(read.report(), name, 4, 4, 0);
  }

  @Test
  void readsWindows1258WithCombiningTones() throws Exception {
    byte[] bytes = Fixtures.windows1258(lines("STT;Tình trạng", "1;Hoàn thành", "2;Đang thực hiện", "3;Dừng thực hiện"));
    // "Hoàn" is H o a + U+0300 (byte CC) + n; "Đang" starts with Đ (D0); "thực" is t h ư (FD) + U+0323 (F2) + c.
    assertThat(HexFormat.of().formatHex(bytes, 20, 25)).isEqualTo("486f61cc6e");
    assertThat(new String(bytes, Fixtures.WINDOWS_1258)).contains("Ho\u0061\u0300n th\u0061\u0300nh", "\u0110ang th\u01B0\u0323c");
    Path file = write(dir, "KHTC.csv", bytes);

    Fixtures.Read read = parse(file, InputKind.SUBMISSION);

    assertThat(read.column("status")).containsExactly("Hoàn thành", "Đang thực hiện", "Dừng thực hiện");
    assertThat(read.column("status").get(1)).isEqualTo("\u0110ang th\u1EF1c hi\u1EC7n");
    assertThat(read.report().problems()).isEmpty();
  }

  @Test
  void readsMacNfdTextAsNfc() throws Exception {
    byte[] bytes = Fixtures.utf8Nfd(lines("STT,Tình trạng,Ghi chú", "1,Hoàn thành,Đã xong việc"));
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("Ti\u0300nh tra\u0323ng");
    Path file = write(dir, "VP.csv", bytes);

    Fixtures.Read read = parse(file, InputKind.SUBMISSION);

    assertThat(read.rows()).containsExactly(Map.of("task", "1", "status", "Hoàn thành", "note", "Đã xong việc"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void detectsTheSeparatorFromTheLines(String label, String text, char expected) {
    assertThat(DelimiterDetector.detect(text.lines().toList())).isEqualTo(expected);
  }

  static Stream<Arguments> detectsTheSeparatorFromTheLines() {
    return Stream.of(
        Arguments.of("';' with commas inside cells", lines(
            "STT;Nội dung;Đơn vị chủ trì", "1;Rà soát, đánh giá TTHC;Văn phòng Sở, Các phòng chuyên môn", "2;Báo cáo;VP"), ';'),
        Arguments.of("',' with quoted commas", lines(
            "STT,Nội dung,Đơn vị chủ trì", "1,\"Rà soát, đánh giá\",\"VP, KHTC\"", "2,Báo cáo,VP"), ','),
        Arguments.of("tab with ';' inside cells", lines(
            "STT\tTình trạng\tGhi chú", "1\tHoàn thành\ta; b; c", "2\tĐang thực hiện\t"), '\t'),
        Arguments.of("';' below a title line without separators", lines(
            "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2022", "", "STT;Tình trạng;Ngày hoàn thành", "1;Hoàn thành;20/9/2022"), ';'));
  }

  @Test
  void findsTheHeaderBelowATitleBlockInCsv() throws Exception {
    String text = lines(
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI;;",
        "Phòng Kế hoạch – Tài chính;;",
        ";;",
        "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC QUÝ III/2022;;",
        ";;",
        "STT;Tình trạng;Ngày hoàn thành",
        "1;Hoàn thành;15/8/2022",
        ";;",
        "2.1;Đang thực hiện;");
    Path file = write(dir, "KHTC.csv", Fixtures.utf8WithBom(text));

    Fixtures.Read read = parse(file, InputKind.SUBMISSION);

    assertThat(read.column("task")).containsExactly("1", "2.1");
    assertThat(read.rowNumbers()).containsExactly(7, 9);
    Fixtures.assertTally(read.report(), "KHTC.csv", 2, 2, 0);
  }

  @Test
  void detectsUtf8WhenTheSampleEndsInsideALetter() {
    // The detector sees the first 64 KiB only, which may end in the middle of "ộ" (E1 BB 99) or an emoji.
    byte[] bytes = Fixtures.utf8("STT;Tình trạng\r\n1;Đang thực hiện; Cộng đồng 👍\r\n");
    for (int length = 1; length <= bytes.length; length++) {
      assertThat(EncodingDetector.detect(bytes, length).label()).as("first %d bytes", length).isEqualTo("UTF-8");
    }
    assertThat(EncodingDetector.detect(Fixtures.windows1258("Hoàn thành"), 12).label())
        .isEqualTo("windows-1258 (Excel trên Windows tiếng Việt)");
  }
}
