package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitGroup;
import vn.cchc.report.domain.UnitRegistry;

/**
 * Lead lists as real plans print them (issue #8, data-contract.md §1): registry names first,
 * longest first, so names holding commas or "và" stay whole; "group: items" names the items.
 */
class UnitListTest {
  /** A province's agencies (seed 001) and a Sở's phòng (seeds 002, 003) in one registry. */
  private static final UnitResolver UNITS = new UnitResolver(new UnitRegistry(
      List.of(
          new Unit("SYT", "Sở Y tế", List.of()),
          new Unit("SGDDT", "Sở Giáo dục và Đào tạo", List.of("Sở GD&ĐT")),
          new Unit("SNV", "Sở Nội vụ", List.of()),
          new Unit("VPUB", "Văn phòng UBND tỉnh", List.of()),
          new Unit("PT", "UBND thành phố Phan Thiết", List.of()),
          new Unit("TP", "UBND huyện Tuy Phong", List.of()),
          new Unit("XA", "UBND xã Hàm Kiệm", List.of()),
          new Unit("GDNN", "Phòng Giáo dục nghề nghiệp", List.of()),
          new Unit("LDVLBH", "Phòng Lao động - Việc làm - Bảo hiểm", List.of()),
          new Unit("NCC", "Phòng Người có công", List.of()),
          new Unit("BTXH", "Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội", List.of("Phòng BTXH&PCTNXH")),
          new Unit("TEBDG", "Phòng Trẻ em - Bình đẳng giới", List.of()),
          new Unit("TTDVVL", "Trung tâm Dịch vụ việc làm", List.of())),
      List.of(
          new UnitGroup("SBN", "Các Sở, ban, ngành", List.of("Các sở, ngành"), List.of("SYT", "SGDDT", "SNV", "VPUB")),
          new UnitGroup("DP", "UBND các xã, phường, đặc khu", List.of(), List.of("XA")),
          new UnitGroup("HUYEN", "UBND các huyện, thị xã, thành phố", List.of(), List.of("PT", "TP")),
          new UnitGroup("PCM", "Các phòng chuyên môn", List.of(), List.of("GDNN", "LDVLBH", "NCC", "BTXH", "TEBDG")))));

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Sở Y tế và Sở Giáo dục và Đào tạo                                        | SYT SGDDT        | SYT SGDDT     |
      Sở Giáo dục và Đào tạo, Sở Y tế                                          | SYT SGDDT        | SGDDT SYT     |
      Các Sở, ban, ngành và UBND các xã, phường, đặc khu                       | SYT SGDDT SNV VPUB XA | SBN DP  |
      UBND các huyện, thị xã, thành phố; Sở Nội vụ                             | SNV PT TP        | HUYEN SNV     |
      Sở Nội vụ (chủ trì); Văn phòng UBND tỉnh                                 | SNV VPUB         | SNV VPUB      | (chủ trì)
      Sở Y tế và Sở Tài chính                                                  | SYT              | SYT           | Sở Tài chính
      Sở Tài chính và Kho bạc Nhà nước tỉnh                                    |                  |               | Sở Tài chính và Kho bạc Nhà nước tỉnh
      'Văn phòng UBND\\ntỉnh'                                                    | VPUB             | VPUB          |
      Phòng BTXH&PCTNXH; Phòng Người có công.                                  | NCC BTXH         | BTXH NCC      |
      'Các phòng chuyên môn: Giáo dục nghề nghiệp; Lao động – Việc làm – Bảo hiểm; Người có công; Bảo trợ và Phòng, chống tệ nạn xã hội; Trẻ em và Bình đẳng giới; Trung tâm Dịch vụ việc làm' | GDNN LDVLBH NCC BTXH TEBDG TTDVVL | GDNN LDVLBH NCC BTXH TEBDG TTDVVL |
      'Các phòng chuyên môn: Người có công, Giáo dục nghề nghiệp'              | GDNN NCC         | NCC GDNN      |
      'Các phòng: Người có công; Kế toán'                                      | NCC              | NCC           | Kế toán
      'Các phòng chuyên môn'                                                   | GDNN LDVLBH NCC BTXH TEBDG | PCM |
      """)
  void findsEveryUnitOfAListAsPlansPrintIt(String cell, String unitCodes, String refs, String unknown) {
    UnitResolver.Resolution resolution = UNITS.resolveList(cell.replace("\\n", "\n"));

    assertThat(resolution.unitCodes()).containsExactlyElementsOf(words(unitCodes));
    assertThat(resolution.refs().stream().map(UnitResolver.Ref::code)).containsExactlyElementsOf(words(refs));
    assertThat(resolution.unknownParts()).containsExactlyElementsOf(unknown == null ? List.of() : List.of(unknown));
  }

  private static List<String> words(String text) {
    return text == null ? List.of() : List.of(text.split(" "));
  }
}
