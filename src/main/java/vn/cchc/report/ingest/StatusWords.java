package vn.cchc.report.ingest;

import java.util.Map;
import java.util.Optional;
import vn.cchc.report.domain.Status;

/** The status words of rules §3, compared without case, accents or surrounding punctuation. */
final class StatusWords {
  private static final Map<String, Status> WORDS =
      Map.ofEntries(
          Map.entry("hoan thanh", Status.DONE),
          Map.entry("da hoan thanh", Status.DONE),
          Map.entry("ht", Status.DONE),
          Map.entry("xong", Status.DONE),
          Map.entry("dang thuc hien", Status.IN_PROGRESS),
          Map.entry("dang trien khai", Status.IN_PROGRESS),
          Map.entry("dang th", Status.IN_PROGRESS),
          Map.entry("chua thuc hien", Status.NOT_STARTED),
          Map.entry("chua trien khai", Status.NOT_STARTED),
          Map.entry("chua th", Status.NOT_STARTED),
          Map.entry("khong thuc hien", Status.DROPPED),
          Map.entry("dung thuc hien", Status.DROPPED),
          Map.entry("huy", Status.DROPPED),
          Map.entry("khong con phu hop", Status.DROPPED));

  private static final int MAX_LENGTH = 100;

  private StatusWords() {}

  /** The status a word names; empty for anything else (a row error, rules §7). */
  public static Optional<Status> parse(String text) {
    if (text.length() > MAX_LENGTH) return Optional.empty(); // no status word is that long: no regex over a 30,000-character cell
    String key = TextKey.folded(text).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    return Optional.ofNullable(WORDS.get(key));
  }
}
