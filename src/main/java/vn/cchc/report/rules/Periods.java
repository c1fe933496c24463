package vn.cchc.report.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.report.domain.DataWindow;
import vn.cchc.report.domain.Period;
import vn.cchc.report.ingest.TextKey;

/** Reporting periods (rules §5): reading them from ids or Vietnamese names, their data windows, and the next one. */
public final class Periods {

  private static final String SEPARATOR = "\\s*(?:/|-|nam)\\s*";

  /** Accepted forms, matched whole on the folded text (lower case, no accents, dashes unified). */
  private static final List<Form> FORMS = List.of(
      new Form("(\\d{4})-m(\\d{1,2})", m -> Period.month(number(m, 1), number(m, 2))),
      new Form("(?:thang|t)\\s*(\\d{1,2})" + SEPARATOR + "(\\d{4})", m -> Period.month(number(m, 2), number(m, 1))),
      new Form("(\\d{4})-q([1-4])", m -> Period.quarter(number(m, 1), number(m, 2))),
      new Form("qu[yi]\\s*(iv|iii|ii|i|[1-4])" + SEPARATOR + "(\\d{4})", m -> Period.quarter(number(m, 2), roman(m.group(1)))),
      new Form("(\\d{4})-h([12])", m -> Period.half(number(m, 1), number(m, 2))),
      new Form("6\\s*thang\\s*(?:dau\\s*)?nam\\s*(\\d{4})", m -> Period.half(number(m, 1), 1)),
      new Form("6\\s*thang\\s*cuoi\\s*nam\\s*(\\d{4})", m -> Period.half(number(m, 1), 2)),
      new Form("(\\d{4})-9t", m -> Period.nineMonths(number(m, 1))),
      new Form("9\\s*thang\\s*(?:dau\\s*)?nam\\s*(\\d{4})", m -> Period.nineMonths(number(m, 1))),
      new Form("(?:nam\\s*)?(\\d{4})", m -> Period.year(number(m, 1))));

  private Periods() {}

  /**
   * Reads a period from its id ("2022-M09", "2022-Q3", "2022-H1", "2022-9T", "2022") or its Vietnamese
   * name ("Tháng 9/2022", "Quý III/2022", "quý 3 năm 2022", "6 tháng đầu năm 2022", "9 tháng năm 2022",
   * "Năm 2022"), ignoring case, accents and spacing.
   *
   * @throws IllegalArgumentException with a Vietnamese message listing the accepted forms
   */
  public static Period parse(String text) {
    String key = TextKey.folded(text);
    for (Form form : FORMS) {
      Matcher matcher = form.pattern().matcher(key);
      if (matcher.matches()) return build(form, matcher, text);
    }
    throw notAPeriod(text);
  }

  /** The data window by Nghị định 09/2019/NĐ-CP, the default convention. */
  public static DataWindow window(Period period) {
    return window(period, CutOffConvention.DECREE_09_2019);
  }

  /**
   * The days a period's report counts; {@link DataWindow#cutOff()} is C. By Nghị định 09/2019: from
   * the 15th of the month before the period's first month to the 14th of its last month, so Q3 2022
   * is 15/6–14/9 and the year 2022 is 15/12/2021–14/12/2022. By calendar: 1/7–30/9.
   */
  public static DataWindow window(Period period, CutOffConvention convention) {
    return switch (Objects.requireNonNull(convention, "convention")) {
      // rules §5 / Nghị định 09/2019/NĐ-CP, Điều 12: every window runs from the 15th to the 14th.
      case DECREE_09_2019 -> new DataWindow(period.firstMonth().minusMonths(1).atDay(15), period.lastMonth().atDay(14));
      case CALENDAR -> new DataWindow(period.firstMonth().atDay(1), period.lastMonth().atEndOfMonth());
    };
  }

  /**
   * The next period of the same kind, for "nhiệm vụ trọng tâm kỳ tới": 2022-M12 → 2023-M01,
   * 2022-Q4 → 2023-Q1, 2022-H1 → 2022-H2, 2022-9T → 2023-9T, 2022 → 2023.
   */
  public static Period next(Period period) {
    return switch (period.kind()) {
      case MONTH -> period.number() == 12 ? Period.month(period.year() + 1, 1) : Period.month(period.year(), period.number() + 1);
      case QUARTER -> period.number() == 4 ? Period.quarter(period.year() + 1, 1) : Period.quarter(period.year(), period.number() + 1);
      case HALF -> period.number() == 2 ? Period.half(period.year() + 1, 1) : Period.half(period.year(), 2);
      case NINE_MONTHS -> Period.nineMonths(period.year() + 1);
      case YEAR -> Period.year(period.year() + 1);
    };
  }

  /** The previous period of the same kind, whose run a unit's form recalls: 2022-Q1 → 2021-Q4, 2022-M01 → 2021-M12. */
  public static Period previous(Period period) {
    return switch (period.kind()) {
      case MONTH -> period.number() == 1 ? Period.month(period.year() - 1, 12) : Period.month(period.year(), period.number() - 1);
      case QUARTER -> period.number() == 1 ? Period.quarter(period.year() - 1, 4) : Period.quarter(period.year(), period.number() - 1);
      case HALF -> period.number() == 1 ? Period.half(period.year() - 1, 2) : Period.half(period.year(), 1);
      case NINE_MONTHS -> Period.nineMonths(period.year() - 1);
      case YEAR -> Period.year(period.year() - 1);
    };
  }

  private static Period build(Form form, Matcher matcher, String text) {
    Period period;
    try {
      period = form.build().apply(matcher);
    } catch (IllegalArgumentException outOfRange) { // "Tháng 13/2022", "2022-M00"
      throw notAPeriod(text);
    }
    // The report of a period names the next one and last year's: both must be real periods too.
    if (period.year() < FIRST_YEAR || period.year() > LAST_YEAR) {
      throw new IllegalArgumentException("kỳ báo cáo \"" + text + "\" có năm " + period.year() + ", ngoài khoảng " + FIRST_YEAR + "–"
          + LAST_YEAR + " mà chương trình lập báo cáo. Hãy kiểm tra lại năm.");
    }
    return period;
  }

  /** The years a CCHC report can be for. */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2099;

  private static IllegalArgumentException notAPeriod(String text) {
    return new IllegalArgumentException("không hiểu kỳ báo cáo \"" + text + "\". Hãy ghi một trong các dạng: "
        + "tháng: 2022-M09 hoặc Tháng 9/2022; quý: 2022-Q3 hoặc Quý III/2022; "
        + "6 tháng: 2022-H1 hoặc 6 tháng đầu năm 2022 (2022-H2 hoặc 6 tháng cuối năm 2022); "
        + "9 tháng: 2022-9T hoặc 9 tháng năm 2022; năm: 2022 hoặc Năm 2022.");
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int roman(String numeral) {
    return switch (numeral) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      default -> Integer.parseInt(numeral);
    };
  }

  /** One accepted shape of period text and how to build the period from its groups. */
  private record Form(Pattern pattern, Function<Matcher, Period> build) {
    Form(String regex, Function<Matcher, Period> build) {
      this(Pattern.compile(regex), build);
    }
  }
}
