package vn.cchc.report.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import vn.cchc.report.problem.OfficialDate;
import vn.cchc.report.rules.Rate;

/**
 * Every number and date as Vietnamese documents print them, in one place: dates per Nghị định
 * 30/2020/NĐ-CP, "1.480", "30,77%", "01 nhiệm vụ", "không có", "—". Pure and locale-independent.
 */
public final class VietnameseFormat {

  /** Printed for a rate whose denominator is 0 (rules §4), and for any figure that does not apply. */
  public static final String NOT_APPLICABLE = "—";

  /** A count of zero in prose, as the seeds write it ("không có hồ sơ trễ hạn"). */
  public static final String NONE = "không có";

  private VietnameseFormat() {}

  /** "05/9/2022", "15/01/2022", "31/12/2021": {@link OfficialDate#of}. */
  public static String date(LocalDate date) {
    return OfficialDate.of(date);
  }

  /** "ngày 05 tháng 9 năm 2022": {@link OfficialDate#line}. */
  public static String dateLine(LocalDate date) {
    return OfficialDate.line(date);
  }

  /** A number in a table or a sum of money: dot thousands, "1.480", "1.000.000", "0", "-25". */
  public static String number(long value) {
    String digits = Long.toString(value);
    return digits.startsWith("-") ? "-" + group(digits.substring(1)) : group(digits);
  }

  /**
   * A percent rounded half-up to 2 decimals, comma decimals, trailing zeros dropped: "30,77%",
   * "8,3%", "7%", "100%".
   */
  public static String percent(BigDecimal percent) {
    BigDecimal rounded = percent.setScale(Rate.SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = group(dot < 0 ? plain : plain.substring(0, dot));
    String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
    return (rounded.signum() < 0 ? "-" : "") + whole + decimals + "%";
  }

  /** A rate as a percent ("66,67%"), or "—" when its denominator is 0. */
  public static String percent(Rate rate) {
    return percent(rate.percent());
  }

  /** A percent, or "—" when empty. */
  public static String percent(Optional<BigDecimal> percent) {
    return percent.map(VietnameseFormat::percent).orElse(NOT_APPLICABLE);
  }

  /**
   * A count in prose, bare: "01" … "09" below 10, then "12", "1.480"; zero is "không có". For a count
   * before a noun use {@link #countOf}, which reads right for zero too.
   */
  public static String count(long count) {
    if (count < 0) throw new IllegalArgumentException("a count is ≥ 0, not " + count);
    if (count == 0) return NONE;
    return count < 10 ? twoDigits((int) count) : number(count);
  }

  /** A count with its noun: "01 nhiệm vụ", "26 nhiệm vụ", "1.480 hồ sơ"; zero is "không có nhiệm vụ". */
  public static String countOf(long count, String noun) {
    return count(count) + " " + noun;
  }

  /**
   * The Tình trạng note of a shared task (rules §3): "3/5 đơn vị hoàn thành". Plain numbers, as a
   * fraction in a table cell: no leading zero.
   */
  public static String unitsDone(int done, int required) {
    if (done < 0 || done > required) throw new IllegalArgumentException("not a share: " + done + "/" + required);
    return done + "/" + required + " đơn vị hoàn thành";
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static String group(String digits) {
    StringBuilder grouped = new StringBuilder(digits);
    for (int i = digits.length() - 3; i > 0; i -= 3) grouped.insert(i, '.');
    return grouped.toString();
  }
}
