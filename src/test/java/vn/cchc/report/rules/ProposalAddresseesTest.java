package vn.cchc.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.domain.ProposalAddressee;

/** Who a unit's proposal asks (report-contents.md §1.4, IV): the rule in {@link ProposalAddressees}. */
class ProposalAddresseesTest {
  private static final String OWN = "Sở Lao động - Thương binh và Xã hội";

  @ParameterizedTest(name = "{0} [{1}] → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Đề nghị Văn phòng UBND tỉnh đôn đốc các Sở, ngành liên quan sớm có ý kiến góp ý | | PROVINCE
      Kiến nghị Ủy ban nhân dân tỉnh bổ sung kinh phí                                  | | PROVINCE
      Đề nghị Uỷ ban nhân dân tỉnh bổ sung kinh phí                                   | | PROVINCE
      Đề nghị Chủ tịch UBND tỉnh chỉ đạo                                               | | PROVINCE
      Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã bố trí công chức  | | PROVINCE
      Đề nghị các Sở, ngành phối hợp cung cấp dữ liệu                                 | | PROVINCE
      Đề nghị Sở Nội vụ sớm thẩm định                                                  | | PROVINCE
      Đề nghị Bộ Lao động - Thương binh và Xã hội hướng dẫn                            | | PROVINCE
      Đề nghị Sở kiến nghị UBND tỉnh chỉ đạo kết nối phần mềm                         | | PROVINCE
      Đề nghị Văn phòng Sở tham mưu UBND tỉnh ban hành quy chế                        | | PROVINCE
      Đề nghị Văn phòng Sở phối hợp Trung tâm Phục vụ hành chính công tỉnh, VNPT      | | DEPARTMENT
      Đề nghị Sở bố trí kinh phí tập huấn                                              | | DEPARTMENT
      Đề nghị Sở Lao động - Thương binh và Xã hội bố trí kinh phí                     | | DEPARTMENT
      Đề nghị Lãnh đạo Sở quan tâm bổ sung biên chế                                   | | DEPARTMENT
      Đề nghị Phòng Kế hoạch - Tài chính cấp kinh phí                                 | | DEPARTMENT
      Đề nghị Văn phòng Sở hoàn thiện hồ sơ trình UBND tỉnh                           | | DEPARTMENT
      Bổ sung biên chế cho đơn vị                                                      | | DEPARTMENT
      Bổ sung biên chế cho đơn vị                                                      | UBND tỉnh | PROVINCE
      Đề nghị UBND tỉnh bổ sung biên chế                                               | Sở        | DEPARTMENT
      Đề nghị UBND tỉnh bổ sung biên chế                                               | Văn phòng Sở | DEPARTMENT
      Đề nghị Sở bố trí kinh phí                                                       | Tỉnh      | PROVINCE
      Đề nghị Sở bố trí kinh phí                                                       | không rõ  | DEPARTMENT
      """)
  void decidesWhoAProposalAsks(String text, String column, ProposalAddressee expected) {
    assertThat(ProposalAddressees.of(text, column == null ? "" : column, OWN)).isEqualTo(expected);
  }
}
