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

  /** The tally of a file, created on first use. */
  public FileTally tally(String file, String kind) {
    return tallies.computeIfAbsent(file, f -> new FileTally(f, kind));
  }

  /** Records a file that cannot be used: the problem once, and the file's tally marked failed. */
  public void failFile(String file, String kind, Problem problem) {
    add(problem);
    tally(file, kind).failFile(problem);
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
