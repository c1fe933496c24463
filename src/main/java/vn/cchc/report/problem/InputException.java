package vn.cchc.report.problem;

/**
 * A file that cannot be used at all: unreadable, in a legacy Vietnamese encoding, or missing a
 * required column. Carries one Problem; the caller records it and goes on with the other files.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public InputException(Problem problem) {
    super(problem.describe());
    this.problem = problem;
  }

  public InputException(Problem problem, Throwable cause) {
    super(problem.describe(), cause);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
