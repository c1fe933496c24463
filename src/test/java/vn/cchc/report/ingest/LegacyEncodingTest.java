package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.lines;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.report.problem.Severity;

/**
 * data-contract.md: text in a pre-Unicode font encoding (TCVN3/ABC ".VnTime", VNI) is detected and
 * the file refused with one message saying which encoding it looks like and how to convert it;
 * never let through as garbage.
 */
class LegacyEncodingTest {
  private static final String TCVN3 = "TCVN3 (ABC, phông .VnTime)";
  private static final String VNI = "VNI (phông VNI-Times)";

  @TempDir Path dir;

  private static String message(String encoding) {
    return "văn bản trong tệp có vẻ được gõ bằng bảng mã cũ " + encoding + ", không phải Unicode, nên chữ tiếng Việt bị sai. "
        + "Hãy chuyển mã sang Unicode (ví dụ: Unikey Toolkit, chọn nguồn " + encoding + ", đích Unicode), lưu lại rồi chạy lại.";
  }

  /** A unit's report typed in .VnTime: "Tình trạng" is "T×nh tr¹ng", "Hoàn thành" is "Hoµn thµnh", "Đang thực hiện" is "§ang thùc hiÖn". */
  private static final String TCVN3_REPORT = lines(
      "STT;T×nh tr¹ng;Ngµy hoµn thµnh;Ghi chó",
      "1;Hoµn thµnh;20/9/2022;",
      "2;§ang thùc hiÖn;;Chê ý kiÕn");

  /** The same in VNI-Times: "Tình traïng", "Hoaøn thaønh", "Ñang thöïc hieän". */
  private static final String VNI_REPORT = lines(
      "STT;Tình traïng;Ngaøy hoaøn thaønh;Ghi chuù",
      "1;Hoaøn thaønh;20/9/2022;",
      "2;Ñang thöïc hieän;;Chôø yù kieán");

  static Stream<Arguments> legacyCsvFiles() {
    return Stream.of(
        Arguments.of("TCVN3 bytes, read as windows-1258", Fixtures.legacyBytes(TCVN3_REPORT), TCVN3),
        Arguments.of("TCVN3 glyphs saved as CSV UTF-8", Fixtures.utf8WithBom(TCVN3_REPORT), TCVN3),
        Arguments.of("VNI bytes, read as windows-1258", Fixtures.legacyBytes(VNI_REPORT), VNI),
        Arguments.of("VNI glyphs saved as UTF-8", Fixtures.utf8(VNI_REPORT), VNI));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legacyCsvFiles")
  void refusesLegacyEncodedCsvWithOneFileProblem(String label, byte[] bytes, String encoding) throws Exception {
    Path file = Fixtures.write(dir, "KHTC.csv", bytes);

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.rows()).isEmpty();
    assertThat(read.kinds()).isEmpty();
    assertThat(read.report().problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("LEGACY_ENCODING");
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.value()).isEqualTo(encoding);
      assertThat(p.describe()).isEqualTo("KHTC.csv: " + message(encoding));
    });
    assertThat(read.tally().failed()).isTrue();
    Fixtures.assertTally(read.report(), "KHTC.csv", 0, 0, 0);
  }

  @Test
  void tcvn3BytesAreTheFontCodes() {
    // "Hoµn" in .VnTime: H o, then B5 for "à", then n.
    assertThat(HexFormat.of().formatHex(Fixtures.legacyBytes("Hoµn"))).isEqualTo("486fb56e");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      TCVN3 | Hoµn thµnh    | §ang thùc hiÖn   | Ch\u00ADa thùc hiÖn
      VNI   | Hoaøn thaønh  | Ñang thöïc hieän | Chöa thöïc hieän
      """)
  void refusesLegacyTextInsideXlsxCells(String encoding, String done, String inProgress, String notStarted) throws Exception {
    // The header was typed in Unicode from the template; the unit typed its answers in the old font.
    Path file = Fixtures.workbook(dir, "LDVL.xlsx",
        row("STT", "Tình trạng", "Ngày hoàn thành"),
        row(1, done, "20/9/2022"),
        row(2, inProgress, null),
        row(3, notStarted, null));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    String label = encoding.equals("TCVN3") ? TCVN3 : VNI;
    assertThat(Fixtures.described(read.report())).containsExactly("LDVL.xlsx, trang tính \"Sheet1\": " + message(label));
    assertThat(read.report().problems().get(0).code()).isEqualTo("LEGACY_ENCODING");
    assertThat(read.rows()).isEmpty();
    Fixtures.assertTally(read.report(), "LDVL.xlsx", 0, 0, 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hoàn thành; Đang thực hiện; Chưa thực hiện; Không còn phù hợp
      Ưu tiên; Phòng Kế hoạch – Tài chính; Trung tâm Dịch vụ việc làm; Cơ sở Bảo trợ xã hội
      Văn phòng Sở; Sở Lao động - Thương binh và Xã hội; Công văn số 123/SLĐTBXH-VP ngày 20/9/2021
      Khoẻ; hoà; thuỷ; Huỷ; quý; Quí; ĐVTT; Señor
      """)
  void letsUnicodeVietnameseThrough(String text) {
    // Señor's ñ alone is one VNI-looking pair, under the threshold of three.
    assertThat(LegacyEncoding.recognise(text)).isEqualTo(Optional.empty());
  }

  @Test
  void namesTheEncodingItRecognises() {
    assertThat(LegacyEncoding.recognise("Hoµn thµnh, §ang thùc hiÖn")).contains(LegacyEncoding.TCVN3);
    assertThat(LegacyEncoding.recognise("Hoaøn thaønh, Ñang thöïc hieän")).contains(LegacyEncoding.VNI);
    assertThat(List.of(LegacyEncoding.values()).stream().map(LegacyEncoding::label)).containsExactly(TCVN3, VNI);
  }
}
