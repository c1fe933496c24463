package vn.cchc.report.problem;

/**
 * Reconciliation of one input file or folder entry (rules §7): rows read = rows used + rows
 * rejected. Blank rows and the rows above the header are not data rows and are not counted. An
 * entry that was not read at all (a lock file, a PDF, a subfolder) has no rows and says why.
 */
public final class FileTally {
  /** What became of the file as a whole. */
  public enum Outcome {
    /** Read to its end; its rows were used or rejected one by one. */
    READ("Đã đọc"),
    /** Reading failed or the file cannot be used: none of its rows is used for anything. */
    FAILED("Không dùng được cả tệp"),
    /** Not read at all (not a table, a backup, a subfolder …): the reason says why. */
    NOT_READ("Không đọc");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** As the validation report prints it. */
    public String label() {
      return label;
    }
  }

  private final String file;
  private final String kind;
  private int read;
  private int used;
  private int rejected;
  private int usedWithErrors;
  private Outcome outcome = Outcome.READ;
  private Problem fileProblem;

  FileTally(String file, String kind) {
    this.file = file;
    this.kind = kind;
  }

  public String file() {
    return file;
  }

  /** The input kind's id: "don-vi", "ke-hoach", "bao-cao", "ho-so". */
  public String kind() {
    return kind;
  }

  public void countRead() {
    read++;
  }

  public void countUsed() {
    used++;
  }

  /**
   * A row used although it carries an error: a plan task kept with a lead unit that names no
   * unit, a group kept with a member that is not in the registry. Counted in {@link #used} too.
   */
  public void countUsedWithError() {
    used++;
    usedWithErrors++;
  }

  /** A row already counted used turns out to carry an error (found once the whole file is read). */
  public void markUsedWithError() {
    if (usedWithErrors >= used) throw new IllegalStateException("no used row left to mark in " + file);
    usedWithErrors++;
  }

  public void countRejected() {
    rejected++;
  }

  /**
   * Moves rows already counted used to rejected: their content was set aside after reading (a
   * second source of one unit's dossier figures).
   */
  public void rejectUsed(int rows) {
    if (rows < 0 || rows > used - usedWithErrors) throw new IllegalArgumentException("cannot reject " + rows + " of " + used + " used rows");
    used -= rows;
    rejected += rows;
  }

  /** Marks the whole file unusable: every row read so far is rejected, none is used (a file is used whole or not at all). */
  void failFile(Problem problem) {
    this.fileProblem = problem;
    this.outcome = Outcome.FAILED;
    used = 0;
    usedWithErrors = 0;
    rejected = read;
  }

  /** Marks an entry that was not read at all. */
  void notRead(Problem problem) {
    this.fileProblem = problem;
    this.outcome = Outcome.NOT_READ;
  }

  public int read() {
    return read;
  }

  public int used() {
    return used;
  }

  public int rejected() {
    return rejected;
  }

  /** Rows among {@link #used} that carry an error. */
  public int usedWithErrors() {
    return usedWithErrors;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** Why the file failed or was not read; null when it was read. */
  public Problem fileProblem() {
    return fileProblem;
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }

  public boolean balanced() {
    return read == used + rejected;
  }
}
