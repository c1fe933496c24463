package vn.cchc.report.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.report.rules.Mention.Grain;

/**
 * Finds the dates, months, quarters, halves and years named in a folded deadline text
 * ({@link vn.cchc.report.ingest.TextKey#folded}: lower case, no accents, one kind of dash).
 *
 * <p>Phrases are read from the most precise to the least; each match is masked so that its parts
 * are not read again ("25/9/2021" is not also the month "9/2021", "6 tháng đầu năm 2022" is not
 * also the year "năm 2022").
 *
 * <p>Choices where rules §2 is silent (docs/rules-notes.md): two-digit years are 20yy; a full date may
 * also be ISO "2021-09-25" or "d/m năm yyyy"; the date of a cited document ("số 2992/KH-UBND ngày
 * 12/8/2021") is not read; "từ"/"bắt đầu" marks a start for every grain, not only full dates.
 */
final class DateMentions {

  /**
   * What was found.
   *
   * @param malformed a phrase has the shape of a date but is no real day ("31/9/2022", "tháng 13/2022")
   * @param yearlessDay a day and month with no year ("Trước 30/9"): no due date can be read from it
   */
  record Scan(List<Mention> mentions, boolean malformed, boolean yearlessDay) {
    Scan {
      mentions = List.copyOf(mentions);
    }
  }

  // A year of four digits, or of two (read as 20yy); two digits must not run on into another date part.
  private static final String YEAR = "(\\d{4}(?!\\d)|\\d{2}(?!\\d|[/.]\\d))";
  private static final String ROMAN_OR_ARABIC = "(?:iv|iii|ii|i|[1-4])\\b";

  // "Kế hoạch số 2992/KH-UBND ngày 12/8/2021": the date of a cited document, not a deadline.
  private static final Pattern DOCUMENT_DATE = Pattern.compile(
      "(?:\\bso\\s*)?\\d+/[\\w/.-]*[a-z][\\w/.-]*\\s+ngay\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");
  private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d/.])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern ISO_MONTH = Pattern.compile("(?<![\\d/.])(\\d{4})-(\\d{1,2})(?!\\d|-\\d)");
  private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.-])(\\d{1,2})(?:\\2|\\s*nam\\s*)" + YEAR);
  // "ngày 5 tháng 10 năm 2022"; not "tuần 1 tháng 9/2022", "đợt 2 tháng 9/2022", "lần 1 …".
  private static final Pattern WORDED_DATE = Pattern.compile(
      "(?:\\bngay\\s*)?(?<!\\d)(?<!(?:tuan|dot|lan)\\s)(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*(?:nam|[/.-])\\s*" + YEAR);
  private static final Pattern HALF = Pattern.compile(
      "(?<!\\d)(?:(6)\\s*thang\\s*(dau|cuoi)?|(9)\\s*thang\\s*(?:dau)?)\\s*nam\\s*" + YEAR);
  private static final Pattern QUARTER = Pattern.compile(
      "\\b(?:qu[yi]\\s*(" + ROMAN_OR_ARABIC + "(?:\\s*(?:,|va|-|&)\\s*(?:qu[yi]\\s*)?" + ROMAN_OR_ARABIC + ")*)|q([1-4]))"
          + "\\s*(?:[/.-]|nam)\\s*" + YEAR);
  private static final Pattern QUARTER_NUMBER = Pattern.compile("\\b" + ROMAN_OR_ARABIC);
  private static final Pattern NAMED_MONTH = Pattern.compile(
      "\\b(?:thang|t)\\s*\\.?\\s*(\\d{1,2})\\s*(?:[/.-]|nam)\\s*" + YEAR);
  // "09/2021", "01/2022"; not "09/2019/NĐ-CP", the number of a decree.
  private static final Pattern BARE_MONTH = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.-](\\d{4})(?!\\d)(?!\\s*/\\s*[a-z])");
  // "30/9" with no year; read after every form that has one. Only "/" marks it, so "8.3" (an STT) is not a day.
  private static final Pattern YEARLESS_DAY = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
  private static final Pattern NAMED_YEAR = Pattern.compile("\\bnam\\s*" + YEAR);
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d/.:])(20\\d{2})(?![\\d/])");

  // rules §2: a date preceded by "từ" is a start, not a deadline; "Trước [ngày] D" may be read strictly.
  private static final Pattern START_MARK = Pattern.compile("\\b(?:tu|bat dau)(?:\\s+(?:ngay|thang|qu[yi]|nam))?\\s*:?\\s*$");
  private static final Pattern BEFORE_MARK = Pattern.compile("\\btruoc(?:\\s+(?:ngay|thang|qu[yi]|nam))?\\s*:?\\s*$");

  private DateMentions() {}

  static Scan scan(String foldedText) {
    Scanner scanner = new Scanner(foldedText);
    scanner.skip(DOCUMENT_DATE);
    scanner.read(ISO_DATE, Grain.DAY, m -> day(m.group(3), m.group(2), m.group(1)));
    scanner.read(ISO_MONTH, Grain.PERIOD, m -> month(m.group(2), m.group(1)));
    scanner.read(NUMERIC_DATE, Grain.DAY, m -> day(m.group(1), m.group(3), m.group(4)));
    scanner.read(WORDED_DATE, Grain.DAY, m -> day(m.group(1), m.group(2), m.group(3)));
    scanner.read(HALF, Grain.PERIOD, DateMentions::half);
    scanner.read(QUARTER, Grain.PERIOD, DateMentions::quarters);
    scanner.read(NAMED_MONTH, Grain.PERIOD, m -> month(m.group(1), m.group(2)));
    scanner.skip(YEARLESS_DAY, DateMentions::isDayOfMonth);
    scanner.read(BARE_MONTH, Grain.PERIOD, DateMentions::bareMonth);
    scanner.read(NAMED_YEAR, Grain.PERIOD, m -> year(m.group(1)));
    scanner.read(BARE_YEAR, Grain.PERIOD, m -> year(m.group(1)));
    return scanner.result();
  }

  private static boolean isDayOfMonth(MatchResult m) {
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
  }

  private static List<Span> day(String day, String month, String year) {
    LocalDate date = LocalDate.of(fullYear(year), Integer.parseInt(month), Integer.parseInt(day));
    return List.of(new Span(date, date));
  }

  private static List<Span> month(String month, String year) {
    YearMonth ym = YearMonth.of(fullYear(year), Integer.parseInt(month));
    return List.of(new Span(ym.atDay(1), ym.atEndOfMonth()));
  }

  // A bare "42/2022" is not a month at all (a document number), so it is skipped, not malformed.
  private static List<Span> bareMonth(MatchResult m) {
    int month = Integer.parseInt(m.group(1));
    return month >= 1 && month <= 12 ? month(m.group(1), m.group(2)) : List.of();
  }

  private static List<Span> quarters(MatchResult m) {
    int year = fullYear(m.group(3));
    String numbers = m.group(1) != null ? m.group(1) : m.group(2);
    return QUARTER_NUMBER.matcher(numbers).results()
        .map(q -> months(year, quarterNumber(q.group()) * 3 - 2, 3))
        .toList();
  }

  // "6 tháng đầu năm" (and "6 tháng năm") → 1/1–30/6; "6 tháng cuối năm" → 1/7–31/12; "9 tháng" → 1/1–30/9.
  private static List<Span> half(MatchResult m) {
    int year = fullYear(m.group(4));
    if (m.group(3) != null) return List.of(months(year, 1, 9));
    return List.of("cuoi".equals(m.group(2)) ? months(year, 7, 6) : months(year, 1, 6));
  }

  private static List<Span> year(String year) {
    return List.of(months(fullYear(year), 1, 12));
  }

  private static Span months(int year, int firstMonth, int count) {
    YearMonth first = YearMonth.of(year, firstMonth);
    return new Span(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
  }

  private static int quarterNumber(String numeral) {
    return switch (numeral) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      default -> Integer.parseInt(numeral);
    };
  }

  // Two-digit years are of this century: "25/9/21" is 25/9/2021.
  private static int fullYear(String year) {
    int value = Integer.parseInt(year);
    return year.length() == 2 ? 2000 + value : value;
  }

  private record Span(LocalDate first, LocalDate last) {}

  private interface Reader {
    /** The spans one match names; empty when the match is not a date after all. Throws DateTimeException when it is no real day. */
    List<Span> read(MatchResult match);
  }

  /** Reads patterns one after another over a text whose read parts are masked. */
  private static final class Scanner {
    private static final char MASK = '#';
    private final String text;
    private final StringBuilder unread;
    private final List<Mention> mentions = new ArrayList<>();
    private boolean malformed;
    private boolean yearlessDay;

    Scanner(String text) {
      this.text = text;
      this.unread = new StringBuilder(text);
    }

    void skip(Pattern pattern) {
      matches(pattern).forEach(this::mask);
    }

    /** Masks the matches that pass {@code isYearlessDay} and notes those that are not a start ("Từ 1/9 đến …"). */
    void skip(Pattern pattern, Predicate<MatchResult> isYearlessDay) {
      for (MatchResult match : matches(pattern)) {
        if (!isYearlessDay.test(match)) continue;
        mask(match);
        yearlessDay |= !START_MARK.matcher(text.substring(0, match.start())).find();
      }
    }

    void read(Pattern pattern, Grain grain, Reader reader) {
      for (MatchResult match : matches(pattern)) {
        mask(match);
        try {
          for (Span span : reader.read(match)) mentions.add(mention(match, grain, span));
        } catch (DateTimeException notADay) {
          malformed = true;
        }
      }
    }

    Scan result() {
      return new Scan(mentions, malformed, yearlessDay);
    }

    private Mention mention(MatchResult match, Grain grain, Span span) {
      String before = text.substring(0, match.start());
      return new Mention(grain, span.first(), span.last(),
          START_MARK.matcher(before).find(), BEFORE_MARK.matcher(before).find());
    }

    private List<MatchResult> matches(Pattern pattern) {
      Matcher matcher = pattern.matcher(unread.toString());
      return matcher.results().toList();
    }

    private void mask(MatchResult match) {
      for (int i = match.start(); i < match.end(); i++) unread.setCharAt(i, MASK);
    }
  }
}
