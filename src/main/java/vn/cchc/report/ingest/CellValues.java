package vn.cchc.report.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Values typed by people: dates in the forms offices use and counts with thousands separators.
 * Hand-written scanners rather than regular expressions: a dossier list has millions of cells.
 */
public final class CellValues {
  /** Excel's day 0 (1900 date system; serials past 60 already include the phantom 29/02/1900). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  /** Serials for 01/01/2000 … 31/12/2099: a bare number outside that is not taken for a date. */
  private static final long FIRST_SERIAL = 36526;
  private static final long LAST_SERIAL = 73050;

  private CellValues() {}

  /**
   * A date from "20/9/2021", "20-09-2021", "20.9.21", "2021-09-20" (also what Excel date cells
   * become), or an Excel serial such as "44459"; a time after the date is ignored. Empty when the
   * text is none of these or names no real day.
   */
  public static Optional<LocalDate> date(String text) {
    String s = text.strip();
    int space = s.indexOf(' ');
    if (space > 0) s = s.substring(0, space);
    if (s.isEmpty()) return Optional.empty();
    int[] parts = new int[3];
    int[] lengths = new int[3];
    int part = 0;
    char separator = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (lengths[part] >= 9) return Optional.empty();
        parts[part] = parts[part] * 10 + (c - '0');
        lengths[part]++;
      } else if ((c == '/' || c == '-' || c == '.') && part < 2 && lengths[part] > 0 && (separator == 0 || separator == c)) {
        separator = c;
        part++;
      } else {
        return Optional.empty();
      }
    }
    if (part == 0) return serial(parts[0], lengths[0]);
    if (part != 2 || lengths[2] == 0) return Optional.empty();
    try {
      if (lengths[0] == 4) return Optional.of(LocalDate.of(parts[0], parts[1], parts[2])); // yyyy-mm-dd
      int year = lengths[2] == 2 ? 2000 + parts[2] : parts[2];
      if (lengths[2] != 2 && lengths[2] != 4) return Optional.empty();
      return Optional.of(LocalDate.of(year, parts[1], parts[0])); // d/m/yyyy: Vietnamese order
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> serial(long value, int length) {
    if (length < 5 || value < FIRST_SERIAL || value > LAST_SERIAL) return Optional.empty();
    return Optional.of(EXCEL_EPOCH.plusDays(value));
  }

  /**
   * A count ≥ 0 from "1480", "1.480", "1,480", "1 480" (groups of three after the first
   * separator) or "1480.0" from a number cell; "" and "-" are 0. Empty for anything else.
   */
  public static OptionalLong count(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("–")) return OptionalLong.of(0);
    if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
    long value = 0;
    int digitsSinceSeparator = -1; // -1: no separator seen yet
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (value > Long.MAX_VALUE / 10 - 9) return OptionalLong.empty();
        value = value * 10 + (c - '0');
        if (digitsSinceSeparator >= 0) digitsSinceSeparator++;
      } else if ((c == '.' || c == ',' || c == ' ' || c == '\u00A0') && i > 0) {
        if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3) return OptionalLong.empty();
        digitsSinceSeparator = 0;
      } else {
        return OptionalLong.empty();
      }
    }
    if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3) return OptionalLong.empty();
    return OptionalLong.of(value);
  }
}
