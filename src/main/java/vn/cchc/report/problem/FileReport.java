package vn.cchc.report.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems and the reconciliation of one input file while it is read. It joins the run's
 * {@link ValidationReport} only through {@link ValidationReport#commit}, once the file has been
 * read to its end or has failed; its rows join the run's data only when it has not failed. So a
 * file that breaks partway leaves none of its rows behind (issue #8: "read whole or not at all").
 */
public final class FileReport {
  private final FileTally tally;
  private final List<Problem> problems = new ArrayList<>();

  FileReport(String file, String kind) {
    this.tally = new FileTally(file, kind);
  }

  /** The file as messages name it. */
  public String file() {
    return tally.file();
  }

  public void add(Problem problem) {
    problems.add(problem);
  }

  public FileTally tally() {
    return tally;
  }

  /** The file cannot be used: the problem is recorded and every row read counts as rejected. */
  public void fail(Problem problem) {
    if (tally.failed()) return; // the first reason is the one to fix
    problems.add(problem);
    tally.failFile(problem);
  }

  public boolean failed() {
    return tally.failed();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }
}
