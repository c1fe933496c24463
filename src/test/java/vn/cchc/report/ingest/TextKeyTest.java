package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.report.domain.Status;

/**
 * Comparison keys and status words (data-contract.md header matching, rules §3), under the default
 * locales the program meets: vi-VN, tr (where "I".toLowerCase() is "ı"), en (examples.md, jsoup's
 * MultiLocaleTest).
 */
class TextKeyTest {
  private static final List<String> LOCALES = List.of("vi-VN", "tr", "en");

  /** Every row of {@code rows} once under each locale. */
  private static Stream<Arguments> underEveryLocale(Stream<Arguments> rows) {
    List<Arguments> list = rows.toList();
    return LOCALES.stream().flatMap(tag -> list.stream().map(a -> {
      Object[] values = a.get();
      Object[] withLocale = new Object[values.length + 1];
      withLocale[0] = tag;
      System.arraycopy(values, 0, withLocale, 1, values.length);
      return Arguments.of(withLocale);
    }));
  }

  private static <T> T withDefaultLocale(String tag, java.util.function.Supplier<T> body) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(tag));
    try {
      return body.get();
    } finally {
      Locale.setDefault(saved);
    }
  }

  static Stream<Arguments> keys() {
    return underEveryLocale(Stream.of(
        Arguments.of("Lao động – Việc làm", "lao động-việc làm", "lao dong-viec lam"),
        Arguments.of("Lao động - Việc làm", "lao động-việc làm", "lao dong-viec lam"),
        Arguments.of("Lao động—Việc làm", "lao động-việc làm", "lao dong-viec lam"),
        Arguments.of("Lao động −  Việc làm", "lao động-việc làm", "lao dong-viec lam"),
        Arguments.of("  Văn\u00A0phòng   Sở ", "văn phòng sở", "van phong so"),
        Arguments.of("VĂN PHÒNG SỞ", "văn phòng sở", "van phong so"),
        Arguments.of("Văn phòng SỞ", "văn phòng sở", "van phong so"),
        Arguments.of("Van phong So", "van phong so", "van phong so"),
        Arguments.of("TÌNH TRẠNG", "tình trạng", "tinh trang"),
        Arguments.of("Ti\u0300nh tra\u0323ng", "tình trạng", "tinh trang"),
        Arguments.of("ĐƠN VỊ CHỦ TRÌ", "đơn vị chủ trì", "don vi chu tri"),
        Arguments.of("KINH TẾ", "kinh tế", "kinh te"),
        Arguments.of("TIẾP NHẬN TRỰC TUYẾN", "tiếp nhận trực tuyến", "tiep nhan truc tuyen"),
        Arguments.of("THANH TRA SỞ", "thanh tra sở", "thanh tra so"),
        Arguments.of("Huỷ", "huỷ", "huy"),
        Arguments.of("Hủy", "hủy", "huy"),
        Arguments.of("\u200BSTT\uFEFF", "stt", "stt"),
        Arguments.of(null, "", "")));
  }

  @ParameterizedTest(name = "[{0}] \"{1}\" → \"{2}\" / \"{3}\"")
  @MethodSource("keys")
  void foldsCaseDashesSpacesAndAccentsWhateverTheLocale(String locale, String text, String key, String folded) {
    assertThat(withDefaultLocale(locale, () -> TextKey.of(text))).isEqualTo(key);
    if (text != null) assertThat(withDefaultLocale(locale, () -> TextKey.folded(text))).isEqualTo(folded);
  }

  static Stream<Arguments> statusWords() {
    return underEveryLocale(Stream.of(
        Arguments.of("Hoàn thành", Status.DONE),
        Arguments.of("HOÀN THÀNH", Status.DONE),
        Arguments.of("Đã hoàn thành", Status.DONE),
        Arguments.of("HT", Status.DONE),
        Arguments.of("Xong", Status.DONE),
        Arguments.of(" Hoàn thành. ", Status.DONE),
        Arguments.of("Hoan thanh", Status.DONE),
        Arguments.of("Đang thực hiện", Status.IN_PROGRESS),
        Arguments.of("ĐANG TRIỂN KHAI", Status.IN_PROGRESS),
        Arguments.of("Đang TH", Status.IN_PROGRESS),
        Arguments.of("Chưa thực hiện", Status.NOT_STARTED),
        Arguments.of("Chưa triển khai", Status.NOT_STARTED),
        Arguments.of("CHƯA TH", Status.NOT_STARTED),
        Arguments.of("Không thực hiện", Status.DROPPED),
        Arguments.of("Dừng thực hiện", Status.DROPPED),
        Arguments.of("Hủy", Status.DROPPED),
        Arguments.of("HUỶ", Status.DROPPED),
        Arguments.of("Không còn phù hợp", Status.DROPPED),
        Arguments.of("Xong rồi", null),
        Arguments.of("", null),
        Arguments.of("Đã xong", null),
        Arguments.of("Hoàn thành một phần", null),
        Arguments.of("Hoµn thµnh", null)));
  }

  @ParameterizedTest(name = "[{0}] \"{1}\" → {2}")
  @MethodSource("statusWords")
  void readsTheStatusWordsOfRules3WhateverTheLocale(String locale, String text, Status expected) {
    assertThat(withDefaultLocale(locale, () -> StatusWords.parse(text)).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("locales")
  void matchesHeadersWrittenInCapitalsWhateverTheLocale(String locale) {
    // "TIẾP NHẬN TRỰC TUYẾN" and "MÃ ĐƠN VỊ" lower-case with a dotless ı under tr unless Locale.ROOT is used.
    List<RawRow> rows = List.of(new RawRow(1, List.of("MÃ ĐƠN VỊ", "TÊN ĐƠN VỊ", "THÀNH VIÊN", "TEN GOI KHAC")));
    Header header = withDefaultLocale(locale, () -> HeaderLocator.locate(rows, InputKind.UNITS).orElseThrow());
    assertThat(header.columns()).containsOnlyKeys("code", "name", "members", "aliases");
  }

  static Stream<String> locales() {
    return LOCALES.stream();
  }
}
