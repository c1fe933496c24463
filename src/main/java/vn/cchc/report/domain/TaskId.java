package vn.cchc.report.domain;

import java.util.Arrays;

/** STT of a task within its plan: "2", "2.1", "8.3". Text, because as a number "2.10" would become 2.1. */
public record TaskId(String value) implements Comparable<TaskId> {
  /** Up to ten levels of up to nine digits: "2.1", "11.2.6"; a longer number is no STT (and no int). */
  private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,9}");

  public TaskId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a task id: " + value);
    }
  }

  public static boolean isValid(String text) {
    return text != null && text.length() <= 100 && FORM.matcher(text).matches();
  }

  /** "2.1" is a descendant of "2"; "2" is not a descendant of itself. */
  public boolean isDescendantOf(TaskId parent) {
    return value.startsWith(parent.value + ".");
  }

  /** "2" for "2.1"; null for a top-level id. */
  public TaskId parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? null : new TaskId(value.substring(0, dot));
  }

  /** Plan order: 2 < 2.1 < 2.2 < 10. */
  @Override
  public int compareTo(TaskId other) {
    int[] a = parts();
    int[] b = other.parts();
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
    }
    return Integer.compare(a.length, b.length);
  }

  private int[] parts() {
    return Arrays.stream(value.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }

  @Override
  public String toString() {
    return value;
  }
}
