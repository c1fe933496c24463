package vn.cchc.report.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every problem found in the input, in the order found, and the per-file reconciliation. */
public final class ValidationReport {
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, FileTally> tallies = new LinkedHashMap<>();

  public void add(Problem problem) {
    problems.add(problem);
  }

  /** A report for one file, not yet part of this one: see {@link #commit}. */
  public FileReport open(String file, String kind) {
    return new FileReport(file, kind);
  }

  /** Adds a file's problems and its tally, once the file is read to its end or has failed. */
  public void commit(FileReport file) {
    problems.addAll(file.problems());
    // The same file read twice (a configuration naming one workbook as both registry and plan):
    // each reading keeps its own line.
    String key = file.file();
    for (int n = 2; tallies.containsKey(key); n++) key = file.file() + "\u0000" + n;
    tallies.put(key, file.tally());
  }

  /**
   * Adds everything another report holds, after what this one holds: the problems and the files of
   * inputs read on another thread, in the order they would have had if read after this report's.
   */
  public void addAll(ValidationReport other) {
    problems.addAll(other.problems);
    for (var entry : other.tallies.entrySet()) {
      String file = entry.getValue().file();
      String key = file;
      for (int n = 2; tallies.containsKey(key); n++) key = file + "\u0000" + n;
      tallies.put(key, entry.getValue());
    }
  }

  /** Records an entry of an input folder that is not read, and why (rules §7: every file accounted for). */
  public void notRead(String file, String kind, Problem why) {
    FileReport entry = open(file, kind);
    entry.add(why);
    entry.tally().notRead(why);
    commit(entry);
  }

  /** The tally of a committed file (its first reading); null when none was committed under that name. */
  public FileTally tally(String file) {
    return tallies.get(file);
  }

  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  public List<FileTally> tallies() {
    return List.copyOf(tallies.values());
  }

  public long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warningCount() {
    return problems.size() - errorCount();
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }
}
