package vn.cchc.report.problem;

/**
 * Reconciliation of one input file (rules §7): rows read = rows used + rows rejected.
 * Blank rows and the rows above the header are not data rows and are not counted.
 */
public final class FileTally {
  private final String file;
  private final String kind;
  private int read;
  private int used;
  private int rejected;
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

  public void countRejected() {
    rejected++;
  }

  /**
   * Moves rows already counted used to rejected: their content was set aside after reading (a
   * second source of one unit's dossier figures).
   */
  public void rejectUsed(int rows) {
    if (rows < 0 || rows > used) throw new IllegalArgumentException("cannot reject " + rows + " of " + used + " used rows");
    used -= rows;
    rejected += rows;
  }

  /** Marks the whole file unusable; its rows (if any were read) count as rejected. */
  public void failFile(Problem problem) {
    this.fileProblem = problem;
    rejected += read - used - rejected;
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

  public Problem fileProblem() {
    return fileProblem;
  }

  public boolean failed() {
    return fileProblem != null;
  }

  public boolean balanced() {
    return read == used + rejected;
  }
}
