package vn.cchc.report.problem;

import java.time.LocalDate;

/**
 * The one way the program writes a date for people — in the documents, the validation messages
 * and on the console — as Nghị định 30/2020/NĐ-CP writes it: "05/9/2022", "15/01/2022",
 * "31/12/2021". The day has two digits; months 1 and 2 take a leading zero so that "1" cannot be
 * extended to "11" or "12"; months 3 to 12 do not.
 */
public final class OfficialDate {
  private OfficialDate() {}

  /** "05/9/2022". */
  public static String of(LocalDate date) {
    return day(date) + "/" + month(date) + "/" + date.getYear();
  }

  /** "ngày 05 tháng 9 năm 2022": the date line of a document (NĐ 30, ô số 4). */
  public static String line(LocalDate date) {
    return "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
  }

  private static String day(LocalDate date) {
    return twoDigits(date.getDayOfMonth());
  }

  private static String month(LocalDate date) {
    int month = date.getMonthValue();
    return month <= 2 ? twoDigits(month) : Integer.toString(month);
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
