package vn.cchc.report.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a unit's đề xuất, kiến nghị asks (report-contents.md §1.4, IV): the province — it goes into
 * the report to UBND tỉnh as a request — or the Sở itself and its offices — it goes to the
 * appendix of the units' proposals, for the Sở to settle.
 */
public enum ProposalAddressee {
  PROVINCE,
  DEPARTMENT;

  /**
   * What a unit wrote in its "Gửi đến" column: a text naming the province ("UBND tỉnh", "Tỉnh")
   * or the Sở or one of its offices ("Sở", "Văn phòng Sở", "Phòng …"); empty when blank or neither.
   */
  public static Optional<ProposalAddressee> fromColumn(String text) {
    String key = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("uỷ", "ủy").strip();
    if (key.isEmpty()) return Optional.empty();
    if (key.matches("(?U).*\\btỉnh\\b.*") && !key.matches("(?U).*\\b(sở|phòng)\\b.*")) return Optional.of(PROVINCE);
    if (key.matches("(?U).*\\b(sở|phòng|ban giám đốc|lãnh đạo)\\b.*")) return Optional.of(DEPARTMENT);
    return Optional.empty();
  }
}
