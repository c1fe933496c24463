package vn.cchc.report.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.report.domain.Deadline;
import vn.cchc.report.ingest.TextKey;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;

/**
 * Resolves a plan's deadline text ("Thời gian hoàn thành") to a {@link Deadline} (rules §2). Pure:
 * no I/O, no clock. Keywords match ignoring case, accents, spacing and kind of dash.
 *
 * <p>Precedence when a cell says several things: an explicit "Hạn chót" &gt; full dates (the latest
 * that is not a start) &gt; a recurring keyword, or a start with no end &gt; months, quarters, halves,
 * years (the latest) &gt; an event or another schedule (OPEN) &gt; UNRESOLVED.
 *
 * <p>Choices where rules §2 is silent (docs/rules-notes.md): a date that does not exist, or a day
 * with no year ("Trước 30/9"), is UNRESOLVED, not guessed around; a RECURRING deadline carries the
 * latest year the text names; "hàng tuần" and "hàng ngày" are recurring too; a strict "trước" before a
 * month, quarter, half or year means the day before it begins.
 */
public final class DeadlineParser {

  // rules §2, RECURRING; "hàng tuần" and "hàng ngày" are standing duties too (rules-notes.md).
  private static final Pattern RECURRING = Pattern.compile("\\b(?:thuong xuyen|dinh ky|hang (?:nam|quy|thang|tuan|ngay))\\b");
  // rules §2, OPEN: tied to an event or to another schedule.
  private static final Pattern OPEN = Pattern.compile(
      "\\b(?:theo (?:ke hoach|tien do|yeu cau|chi dao|lo trinh|quy dinh)|sau khi|khi co|dot xuat)\\b");

  private final DeadlineSettings settings;

  /** Longer than any deadline phrase of the seeds (the longest is about 100 characters) by far. */
  static final int MAX_DEADLINE_CHARS = 1_000;

  public DeadlineParser(DeadlineSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A parser with {@link DeadlineSettings#DEFAULT}: "Trước D" → D. */
  public DeadlineParser() {
    this(DeadlineSettings.DEFAULT);
  }

  /** {@link #resolve(String, LocalDate)} with no "Hạn chót". */
  public Deadline resolve(String deadlineText) {
    return resolve(deadlineText, null);
  }

  /**
   * @param deadlineText the cell as written; null or blank gives UNRESOLVED with text ""
   * @param explicitDueDate the "Hạn chót" cell, or null; when present it wins over the text
   * @return the deadline, carrying {@code deadlineText} as written
   */
  public Deadline resolve(String deadlineText, LocalDate explicitDueDate) {
    String text = deadlineText == null ? "" : deadlineText;
    if (explicitDueDate != null) return new Deadline.Dated(explicitDueDate, text);
    // A deadline is a phrase; a longer cell is something pasted by mistake, and is not searched for
    // dates (its patterns would cost seconds on a 30,000-character cell): it is not understood.
    if (text.length() > MAX_DEADLINE_CHARS) return new Deadline.Unresolved(text);
    String key = TextKey.folded(text);
    DateMentions.Scan scan = DateMentions.scan(key);
    // rules §2: a date-shaped phrase that is no real day ("31/9/2022") is not guessed around.
    if (scan.malformed()) return new Deadline.Unresolved(text);
    Optional<LocalDate> fullDate = latestDue(scan, Mention.Grain.DAY);
    if (fullDate.isPresent()) return new Deadline.Dated(fullDate.get(), text);
    if (RECURRING.matcher(key).find() || onlyStarts(scan)) return new Deadline.Recurring(namedYear(scan), text);
    // "Trước 30/9 trong năm 2022": the day names no year, and the year alone would say 31/12. Not guessed.
    if (scan.yearlessDay()) return new Deadline.Unresolved(text);
    Optional<LocalDate> period = latestDue(scan, Mention.Grain.PERIOD);
    if (period.isPresent()) return new Deadline.Dated(period.get(), text);
    return OPEN.matcher(key).find() ? new Deadline.Open(text) : new Deadline.Unresolved(text);
  }

  /**
   * The due date when it falls before the plan's issue date: almost surely a typo (rules §2; seed 002,
   * task 5.2 "06/2021" in a plan of 01/9/2021). Empty for other kinds, or when the issue date is null.
   */
  public static Optional<LocalDate> dueBeforeIssue(Deadline deadline, LocalDate planIssueDate) {
    if (planIssueDate == null || !(deadline instanceof Deadline.Dated dated)) return Optional.empty();
    return dated.dueDate().isBefore(planIssueDate) ? Optional.of(dated.dueDate()) : Optional.empty();
  }

  /**
   * The warning to put in the validation report for a resolved deadline, if any: UNRESOLVED_DEADLINE
   * or DUE_BEFORE_PLAN. Empty for an UNRESOLVED blank cell: the plan reader reports that one as
   * NO_DEADLINE, naming the task.
   *
   * @param planIssueDate the plan's issue date, or null when unknown (no DUE_BEFORE_PLAN check)
   * @param at where the deadline cell was read
   */
  public static Optional<Problem> warningFor(Deadline deadline, LocalDate planIssueDate, SourceLocation at) {
    if (deadline instanceof Deadline.Unresolved unresolved) {
      return unresolved.text().isBlank() ? Optional.empty() : Optional.of(Messages.unresolvedDeadline(at, unresolved.text()));
    }
    return dueBeforeIssue(deadline, planIssueDate)
        .map(due -> Messages.dueBeforePlan(at, deadline.text(), due, planIssueDate));
  }

  // rules §2: "with several dates, the latest; a date preceded by "từ" is a start, not a deadline".
  private Optional<LocalDate> latestDue(DateMentions.Scan scan, Mention.Grain grain) {
    return scan.mentions().stream()
        .filter(m -> m.grain() == grain && !m.start())
        .map(m -> m.due(settings))
        .max(Comparator.naturalOrder());
  }

  // rules §2: a start with no end ("Bắt đầu thực hiện từ tháng 01/9/2022") is a standing duty.
  private static boolean onlyStarts(DateMentions.Scan scan) {
    return !scan.mentions().isEmpty() && scan.mentions().stream().allMatch(Mention::start);
  }

  // The span of a standing duty ends 31/12 of the latest year the text names; null when it names none.
  private static Year namedYear(DateMentions.Scan scan) {
    return scan.mentions().stream()
        .map(m -> Year.of(m.last().getYear()))
        .max(Comparator.naturalOrder())
        .orElse(null);
  }
}
