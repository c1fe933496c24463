package vn.cchc.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one run for one period (output/&lt;period&gt;/), written as one set (issue #9): every
 * file goes to a staging folder beside the target, and the staging folder then takes the target's
 * place by renames, so the period's folder holds either the previous complete set or the new one,
 * never a mix. With overwriting, the previous set is kept whole as &lt;period&gt;.bak/ (replacing an
 * older backup). A lock stops a second run on the same period; the operating system releases it
 * when its process dies, so a killed run's lock is taken over.
 *
 * <p>A run stopped by the system (Ctrl+C, a kill) removes its staging folder on the way out; a run
 * killed outright leaves it, and the next run on the period removes it before anything else. Files
 * are created with the permissions the user's umask gives.
 */
public final class OutputSet implements AutoCloseable {

  /** Writes a file's bytes. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The period's folder holds files already and overwriting was not asked for. */
  public static final class ExistsException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Path> existing;

    ExistsException(List<Path> existing) {
      super("existing files: " + existing);
      this.existing = List.copyOf(existing);
    }

    public List<Path> existing() {
      return existing;
    }
  }

  /** Another run holds the period. */
  public static final class LockedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String holder;

    LockedException(String holder) {
      super("locked by " + holder);
      this.holder = holder;
    }

    /** What the lock file says of its holder ("process 1234 …"), or "" when it says nothing. */
    public String holder() {
      return holder;
    }
  }

  private final Path target;
  private final Path staging;
  private final Path previous;
  private final Path backup;
  private final Path lockFile;
  private final boolean overwrite;
  private FileChannel lockChannel;
  private FileLock lock;
  private Thread cleanup;
  private boolean committed;

  /**
   * @param folder the period's folder, e.g. output/2022-Q1
   * @param overwrite replace a previous set (kept as &lt;period&gt;.bak/)
   */
  public OutputSet(Path folder, boolean overwrite) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path root = absolute.getParent();
    String name = absolute.getFileName().toString();
    this.target = absolute;
    this.staging = root.resolve("." + name + ".dang-ghi");
    this.previous = root.resolve("." + name + ".cu");
    this.backup = root.resolve(name + ".bak");
    this.lockFile = root.resolve("." + name + ".khoa");
    this.overwrite = overwrite;
  }

  /** The period's folder, where the set will be. */
  public Path folder() {
    return target;
  }

  /**
   * Takes the period: the lock, then the leftovers of a run killed outright are cleared (its
   * staging folder removed; a previous set it had moved aside put back). Then, unless overwriting,
   * the period's folder must be empty or absent.
   */
  public void open() throws IOException, LockedException, ExistsException {
    Files.createDirectories(target.getParent());
    // The lock is taken with the cleanup already registered, and the cleanup waits for it (both hold
    // this object): a run stopped at any moment leaves no lock file of its own behind.
    synchronized (this) {
      cleanup = new Thread(this::abandon, "cchc-report-cleanup");
      try {
        Runtime.getRuntime().addShutdownHook(cleanup);
      } catch (IllegalStateException stopping) {
        cleanup = null;
        throw new IOException("chương trình đang dừng");
      }
      lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process (another run in the same JVM)
      }
      if (lock == null) {
        String holder = holder();
        lockChannel.close();
        lockChannel = null;
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException stopping) {
          // shutting down: the hook finds no lock of ours and does nothing
        }
        cleanup = null;
        throw new LockedException(holder);
      }
      lockChannel.truncate(0);
      lockChannel.write(ByteBuffer.wrap(("tiến trình " + ProcessHandle.current().pid() + ", bắt đầu "
          + ProcessHandle.current().info().startInstant().map(Object::toString).orElse("?") + "\n").getBytes(StandardCharsets.UTF_8)), 0);
    }
    recover();
    if (!overwrite && Files.isDirectory(target)) {
      try (Stream<Path> files = Files.list(target)) {
        List<Path> existing = files.sorted().toList();
        if (!existing.isEmpty()) throw new ExistsException(existing);
      }
    }
    deleteTree(staging);
    Files.createDirectory(staging);
  }

  /** Writes one file of the set (into the staging folder). */
  public Path write(String name, Content content) throws IOException {
    if (staging == null || !Files.isDirectory(staging)) throw new IllegalStateException("open() first");
    Path file = staging.resolve(name);
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      content.writeTo(out);
    }
    pauseForTests();
    return target.resolve(name);
  }

  /**
   * Puts the written set in place: the previous set (if any) moves aside, the staging folder
   * becomes the period's folder, and the previous set becomes the backup.
   */
  public synchronized void commit() throws IOException {
    if (Files.exists(target)) move(target, previous);
    move(staging, target);
    committed = true;
    if (Files.exists(previous)) {
      deleteTree(backup);
      move(previous, backup);
    }
  }

  /**
   * A test seam: {@code -Dcchc.test.pauseAfterEachFile=MS} makes each file's writing take that long,
   * so tests can stop a run in a child JVM while it writes (OutputSetRunTest). Never set otherwise.
   */
  private static void pauseForTests() {
    long millis = Long.getLong("cchc.test.pauseAfterEachFile", 0L);
    if (millis <= 0) return;
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Releases the period; an uncommitted staging folder is removed. */
  @Override
  public void close() {
    abandon();
    if (cleanup != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: nothing left to remove
      }
      cleanup = null;
    }
  }

  /** Leaves the period as a consistent set (also run when the JVM is stopped), then unlocks it. */
  private synchronized void abandon() {
    if (lock == null) return; // the period is another run's: nothing here is ours to touch
    try {
      if (!committed) deleteTree(staging);
      recover();
    } catch (IOException e) {
      // Best effort on the way out; the next run on the period clears what is left.
    }
    try {
      Files.deleteIfExists(lockFile);
      lock.release();
      if (lockChannel != null) lockChannel.close();
    } catch (IOException e) {
      // The operating system releases the lock with the process.
    }
    lock = null;
    lockChannel = null;
  }

  /**
   * A previous set moved aside goes back when its replacement never arrived, else becomes the
   * backup (a run killed between the renames of {@link #commit}).
   */
  private void recover() throws IOException {
    if (!Files.exists(previous)) return;
    if (!Files.exists(target)) {
      move(previous, target);
    } else {
      deleteTree(backup);
      move(previous, backup);
    }
  }

  private String holder() {
    try {
      return Files.readString(lockFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException e) {
          throw new IOException("cannot empty " + folder, e);
        }
      }
    }
  }
}
