package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** data-contract.md §1: units and groups found by code, name or alias, whatever the case, accents, dashes and spaces. */
class UnitResolverTest {
  private final UnitResolver units = Fixtures.units();

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Phòng Lao động – Việc làm           | LDVL
      Phòng Lao động - Việc làm           | LDVL
      Phòng Lao động-Việc làm             | LDVL
      Phòng Lao động — Việc làm           | LDVL
      Phòng  Lao động  –  Việc làm        | LDVL
      Phòng\u00A0Lao động\u00A0– Việc làm | LDVL
      PHÒNG LAO ĐỘNG – VIỆC LÀM           | LDVL
      Phong Lao dong - Viec lam           | LDVL
      Ldvl                                | LDVL
      Văn phòng Sở                        | VP
      VĂN PHÒNG SỞ                        | VP
      Văn phòng SỞ                        | VP
      Văn phòng Sở.                       | VP
      Văn phòng                           | VP
      vp                                  | VP
      Van phong So                        | VP
      Phòng KH-TC                         | KHTC
      Phòng KH – TC                       | KHTC
      Phòng Kế hoạch - Tài chính          | KHTC
      Thanh tra Sở;                       | TTRA
      """)
  void findsAUnitHoweverItsNameIsTyped(String text, String code) {
    assertThat(units.resolve(text)).contains(new UnitResolver.Ref(code, false));
  }

  @ParameterizedTest(name = "\"{0}\" → group {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Các phòng chuyên môn   | CPCM
      CÁC PHÒNG CHUYÊN MÔN   | CPCM
      ĐVTT                   | DVTT
      DVTT                   | DVTT
      Đơn vị trực thuộc      | DVTT
      """)
  void findsAGroupByNameOrAlias(String text, String code) {
    assertThat(units.resolve(text)).contains(new UnitResolver.Ref(code, true));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Phòng Tổ chức cán bộ
      Phòng Lao động
      ''
      ' . '
      """)
  void findsNothingForAnUnknownName(String text) {
    assertThat(units.resolve(text)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Văn phòng Sở, Các phòng chuyên môn, ĐVTT                                 | VP KHTC LDVL BTXH TTDVVL CSBTXH | VP CPCM DVTT  |
      Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội                       | BTXH                            | BTXH          |
      Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội; Văn phòng Sở         | VP BTXH                         | BTXH VP       |
      Văn phòng Sở, Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội         | VP BTXH                         | VP BTXH       |
      Văn phòng Sở và Thanh tra Sở                                             | VP TTRA                         | VP TTRA       |
      Văn phòng Sở, Thanh tra Sở và Phòng Lao động – Việc làm                  | VP TTRA LDVL                    | VP TTRA LDVL  |
      Phòng Lao động - Việc làm và Giáo dục nghề nghiệp                        | LDVL                            | LDVL          | Giáo dục nghề nghiệp
      'Văn phòng Sở\\nThanh tra Sở\\nPhòng KH-TC'                                | VP TTRA KHTC                    | VP TTRA KHTC  |
      Văn phòng Sở, Phòng Tổ chức cán bộ                                       | VP                              | VP            | Phòng Tổ chức cán bộ
      Các phòng chuyên môn và ĐVTT                                             | KHTC LDVL BTXH TTDVVL CSBTXH    | CPCM DVTT     |
      Văn phòng Sở, Văn phòng                                                  | VP                              | VP VP         |
      'Thanh tra Sở,  ,Văn phòng Sở,'                                          | VP TTRA                         | TTRA VP       |
      """)
  void splitsAPlanCellOnCommasSemicolonsAndOnlyTheAndsBetweenNames(String cell, String unitCodes, String refs, String unknown) {
    UnitResolver.Resolution resolution = units.resolveList(cell.replace("\\n", "\n"));

    assertThat(resolution.unitCodes()).containsExactlyElementsOf(words(unitCodes));
    assertThat(resolution.refs().stream().map(UnitResolver.Ref::code)).containsExactlyElementsOf(words(refs));
    assertThat(resolution.unknownParts()).containsExactlyElementsOf(unknown == null ? List.of() : List.of(unknown));
  }

  private static List<String> words(String text) {
    return text == null ? List.of() : List.of(text.split(" "));
  }

  @Test
  void namesTheClosestUnitsForAMisspelling() {
    assertThat(units.closest("Phòng Kế hoạch Tài chánh", 3)).containsExactly(
        "Phòng Kế hoạch – Tài chính (KHTC)", "Phòng Lao động – Việc làm (LDVL)", "Đơn vị trực thuộc (DVTT)");
    assertThat(units.closest("Thanh tra", 2)).containsExactly("Thanh tra Sở (TTRA)", "Phòng Kế hoạch – Tài chính (KHTC)");
  }

  @Test
  void printsAUnitByItsName() {
    assertThat(units.displayName("KHTC")).isEqualTo("Phòng Kế hoạch – Tài chính");
    assertThat(units.displayName("XYZ")).isEqualTo("XYZ");
  }
}
