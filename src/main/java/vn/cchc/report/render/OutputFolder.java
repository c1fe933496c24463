package vn.cchc.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The folder of one run's files (output/&lt;period&gt;/). Each file is written to a temporary name and
 * renamed, so a crash never leaves half a document; an existing file is never replaced unless
 * overwriting was asked for, and then the old one is kept as "&lt;name&gt;.bak".
 */
public final class OutputFolder {

  /** Writes a file's bytes. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Files that exist already when overwriting was not asked for. */
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

  private final Path folder;
  private final boolean overwrite;

  public OutputFolder(Path folder, boolean overwrite) {
    this.folder = folder;
    this.overwrite = overwrite;
  }

  public Path folder() {
    return folder;
  }

  /** Checks every name before anything is written, so a refusal leaves no partial set of files. */
  public void checkFree(List<String> names) throws ExistsException {
    if (overwrite) return;
    List<Path> existing = names.stream().map(folder::resolve).filter(Files::exists).toList();
    if (!existing.isEmpty()) throw new ExistsException(existing);
  }

  public Path write(String name, Content content) throws IOException {
    Files.createDirectories(folder);
    Path target = folder.resolve(name);
    Path temporary = Files.createTempFile(folder, "." + name + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      if (Files.exists(target)) {
        Files.move(target, folder.resolve(name + ".bak"), StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
