package vn.cchc.report.domain;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A reporting period (kỳ báo cáo, rules §5): a month, quarter, half, the first 9 months, or a year.
 * Parse and window it with {@code rules.Periods}.
 *
 * @param kind what sort of period
 * @param year the calendar year, four digits
 * @param number month 1–12, quarter 1–4 or half 1–2; 0 for NINE_MONTHS and YEAR
 */
public record Period(Kind kind, int year, int number) {

  /** The kinds of rules §5; HALF 2 ("6 tháng cuối năm") is an addition, see docs/rules-notes.md. */
  public enum Kind {
    MONTH(12), QUARTER(4), HALF(2), NINE_MONTHS(0), YEAR(0);

    private final int maxNumber;

    Kind(int maxNumber) {
      this.maxNumber = maxNumber;
    }
  }

  private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

  public Period {
    Objects.requireNonNull(kind, "kind");
    if (year < 1000 || year > 9999) throw new IllegalArgumentException("year must have four digits: " + year);
    boolean numbered = kind.maxNumber > 0;
    if (numbered ? number < 1 || number > kind.maxNumber : number != 0) {
      throw new IllegalArgumentException("bad number " + number + " for " + kind);
    }
  }

  public static Period month(int year, int month) {
    return new Period(Kind.MONTH, year, month);
  }

  public static Period quarter(int year, int quarter) {
    return new Period(Kind.QUARTER, year, quarter);
  }

  /** half 1: "6 tháng đầu năm"; half 2: "6 tháng cuối năm". */
  public static Period half(int year, int half) {
    return new Period(Kind.HALF, year, half);
  }

  public static Period nineMonths(int year) {
    return new Period(Kind.NINE_MONTHS, year, 0);
  }

  public static Period year(int year) {
    return new Period(Kind.YEAR, year, 0);
  }

  /** The first calendar month the period covers: September for 2022-M09, July for 2022-Q3, January for 2022-9T. */
  public YearMonth firstMonth() {
    return switch (kind) {
      case MONTH -> YearMonth.of(year, number);
      case QUARTER -> YearMonth.of(year, number * 3 - 2);
      case HALF -> YearMonth.of(year, number * 6 - 5);
      case NINE_MONTHS, YEAR -> YearMonth.of(year, 1);
    };
  }

  /** The last calendar month the period covers: September for 2022-Q3, June for 2022-H1, December for 2022. */
  public YearMonth lastMonth() {
    return switch (kind) {
      case MONTH -> YearMonth.of(year, number);
      case QUARTER -> YearMonth.of(year, number * 3);
      case HALF -> YearMonth.of(year, number * 6);
      case NINE_MONTHS -> YearMonth.of(year, 9);
      case YEAR -> YearMonth.of(year, 12);
    };
  }

  /** The id used in folder names and on the command line: "2022-M09", "2022-Q3", "2022-H1", "2022-9T", "2022". */
  public String id() {
    return switch (kind) {
      case MONTH -> String.format(Locale.ROOT, "%d-M%02d", year, number);
      case QUARTER -> year + "-Q" + number;
      case HALF -> year + "-H" + number;
      case NINE_MONTHS -> year + "-9T";
      case YEAR -> String.valueOf(year);
    };
  }

  /**
   * The name as a title, at the head of a document or a table: "Tháng 9/2022", "Tháng 01/2022",
   * "Quý III/2022", "6 tháng đầu năm 2022", "6 tháng cuối năm 2022", "9 tháng năm 2022", "Năm 2022".
   * Months 1 and 2 are written 01 and 02, as dates are in Nghị định 30/2020/NĐ-CP.
   */
  public String vietnameseName() {
    return switch (kind) {
      case MONTH -> "Tháng " + monthNumber() + "/" + year;
      case QUARTER -> "Quý " + ROMAN[number] + "/" + year;
      default -> capitalised(vietnameseNameInSentence());
    };
  }

  /**
   * The name inside a sentence ("kết quả … quý III năm 2022"): "tháng 9 năm 2022", "quý III năm 2022",
   * "6 tháng đầu năm 2022", "6 tháng cuối năm 2022", "9 tháng năm 2022", "năm 2022".
   */
  public String vietnameseNameInSentence() {
    return switch (kind) {
      case MONTH -> "tháng " + monthNumber() + " năm " + year;
      case QUARTER -> "quý " + ROMAN[number] + " năm " + year;
      case HALF -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case NINE_MONTHS -> "9 tháng năm " + year;
      case YEAR -> "năm " + year;
    };
  }

  @Override
  public String toString() {
    return id();
  }

  private String monthNumber() {
    return number <= 2 ? "0" + number : String.valueOf(number);
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
