package vn.cchc.report.ingest;

/**
 * What a cell held before it became text: a number cell is never read again through thousands
 * separators (only typed text is), a percent-formatted number is not a count, and a formula
 * without a cached value has no value at all. CSV cells are all {@link #TEXT}.
 */
enum CellKind {
  TEXT,
  /** A number cell in any format but percent and date: its text is the plain number ("1480", "2.1"). */
  NUMBER,
  /** A number cell formatted as a percentage: its text is the stored fraction ("0.985" for 98,5%). */
  PERCENT,
  /** A date-formatted number cell: its text is ISO "yyyy-mm-dd". */
  DATE,
  BOOLEAN,
  /** A formula whose cached result is an error: its text is the error ("#REF!"). */
  ERROR,
  /** A formula saved without its computed value (files written by programs other than Excel): text "". */
  FORMULA_NO_VALUE;

  private static final CellKind[] ALL = values();

  static CellKind of(byte code) {
    return ALL[code];
  }

  byte code() {
    return (byte) ordinal();
  }
}
