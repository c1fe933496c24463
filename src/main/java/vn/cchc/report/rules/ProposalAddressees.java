package vn.cchc.report.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.report.domain.ProposalAddressee;

/**
 * Decides who a unit's proposal asks (report-contents.md §1.4, IV), from the unit's "Gửi đến"
 * column when it says, otherwise from the words after the first request verb ("đề nghị", "kiến
 * nghị", "đề xuất", "xin", "mong"):
 *
 * <ol>
 *   <li>UBND tỉnh, its Chủ tịch or its Văn phòng → the province;
 *   <li>another authority the Sở cannot direct — UBND of the districts or communes, "các Sở, ngành",
 *       another Sở by name, a Bộ, Cục or the Government → the province (the Sở asks UBND tỉnh to act);
 *   <li>the Sở, its leaders or one of its offices → the Sở, unless it is asked to take the matter
 *       to the province ("kiến nghị / đề xuất / tham mưu / báo cáo UBND tỉnh") → the province;
 *   <li>anything else, or no request verb → the Sở, which settles it or takes it further itself.
 * </ol>
 */
public final class ProposalAddressees {
  private static final Pattern VERB = Pattern.compile("(?U)\\b(đề nghị|kiến nghị|đề xuất|xin|mong)\\s+(với\\s+)?");
  private static final String PEOPLES_COMMITTEE = "(ubnd|ủy ban nhân dân)";
  private static final Pattern PROVINCE = Pattern.compile(
      "(?U)^(chủ tịch\\s+|văn phòng\\s+)?" + PEOPLES_COMMITTEE + "\\s+tỉnh\\b|^tỉnh\\b");
  private static final Pattern OTHER_AUTHORITY = Pattern.compile("(?U)^(" + PEOPLES_COMMITTEE
      + "\\s+(các\\s+)?(huyện|thị xã|thành phố|cấp huyện|cấp xã|xã|phường)|(các\\s+)?sở,?\\s+(ban,?\\s+)?ngành"
      + "|bộ\\b|tổng cục\\b|cục\\b|chính phủ\\b|thủ tướng\\b|bảo hiểm xã hội tỉnh\\b)");
  private static final Pattern OWN_OFFICE = Pattern.compile(
      "(?U)^(lãnh đạo sở|ban giám đốc|giám đốc sở|văn phòng sở|thanh tra sở|phòng|trung tâm|sở)\\b");
  private static final Pattern TO_PROVINCE = Pattern.compile(
      "(?U)\\b(kiến nghị|đề xuất|tham mưu|tham mưu cho|báo cáo)\\s+(với\\s+)?" + PEOPLES_COMMITTEE + "\\s+tỉnh\\b");
  /** "Sở" followed by a capitalised word: another department by name ("Sở Nội vụ"), unless it is the office's own. */
  private static final Pattern NAMED_DEPARTMENT = Pattern.compile("(?U)^Sở\\s+\\p{Lu}");

  private ProposalAddressees() {}

  /**
   * @param text the proposal as the unit wrote it
   * @param column what the unit wrote in its "Gửi đến" column (blank when it has none)
   * @param ownName the office's own name ("Sở Lao động - Thương binh và Xã hội"), so that "Đề nghị
   *     Sở Lao động - Thương binh và Xã hội …" is read as asking the Sở
   */
  public static ProposalAddressee of(String text, String column, String ownName) {
    Optional<ProposalAddressee> said = ProposalAddressee.fromColumn(column == null ? "" : column);
    if (said.isPresent()) return said.get();
    // "Uỷ" and "Ủy" are the same word; both spellings keep their length, so positions agree.
    String original = Normalizer.normalize(text, Normalizer.Form.NFC).replace("Uỷ", "Ủy").replace("uỷ", "ủy");
    String key = original.toLowerCase(Locale.ROOT);
    Matcher verb = VERB.matcher(key);
    if (!verb.find()) return ProposalAddressee.DEPARTMENT;
    String rest = key.substring(verb.end()).strip();
    String restOriginal = original.substring(verb.end()).strip();
    if (PROVINCE.matcher(rest).find() || OTHER_AUTHORITY.matcher(rest).find()) return ProposalAddressee.PROVINCE;
    if (NAMED_DEPARTMENT.matcher(restOriginal).find()
        && !restOriginal.toLowerCase(Locale.ROOT).startsWith(ownName.strip().toLowerCase(Locale.ROOT))) {
      return ProposalAddressee.PROVINCE;
    }
    if (OWN_OFFICE.matcher(rest).find() && TO_PROVINCE.matcher(rest).find()) return ProposalAddressee.PROVINCE;
    return ProposalAddressee.DEPARTMENT;
  }
}
