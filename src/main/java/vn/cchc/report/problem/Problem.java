package vn.cchc.report.problem;

import java.util.Objects;

/**
 * One thing wrong (or suspicious) in the input, located and explained in Vietnamese.
 *
 * @param severity ERROR rejects the row; WARNING keeps it
 * @param code a stable identifier of the kind of problem (e.g. "UNKNOWN_STATUS"), for tools and tests
 * @param where where the value was read
 * @param value the offending value as read ("" when the cell was empty or the problem is the whole file)
 * @param message what is wrong and what to do, in Vietnamese
 */
public record Problem(Severity severity, String code, SourceLocation where, String value, String message) {

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    // A 2 MB cell is named, not copied: the validation report quotes about 100 characters of it.
    value = value == null ? "" : Messages.cut(value);
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(String code, SourceLocation where, String value, String message) {
    return new Problem(Severity.ERROR, code, where, value, message);
  }

  public static Problem warning(String code, SourceLocation where, String value, String message) {
    return new Problem(Severity.WARNING, code, where, value, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line for a person: location, then the message. */
  public String describe() {
    return where.describe() + ": " + message;
  }
}
