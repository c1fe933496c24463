package vn.cchc.report.ingest;

import vn.cchc.report.problem.InputException;

/** An {@link InputException} thrown from inside a row iterator, where checked exceptions cannot go. */
final class UncheckedInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UncheckedInputException(InputException cause) {
    super(cause.getMessage(), cause);
  }

  @Override
  public synchronized InputException getCause() {
    return (InputException) super.getCause();
  }
}
