package vn.cchc.report.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;

/**
 * The entries of a period's input folder, every one accounted for (issue #8): a file to read, or
 * one line in the reconciliation and the validation report saying why it is not read (an Excel
 * lock file, a hidden or system file, a backup, a subfolder, a link leaving the data folder). What
 * a file to read holds is decided later from its bytes ({@link TableReaders}), not from its name.
 */
final class InputFolder {
  private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db");
  private static final List<String> BACKUP_ENDINGS = List.of(".bak", ".tmp", ".old", ".orig", ".backup", ".swp", "~");

  /**
   * An entry of the folder: a file to read, or one that is not read and why.
   *
   * @param file the path to open (a link inside the data folder is followed)
   * @param display how messages name it ("bao-cao/2022-Q1/KHTC.xlsx")
   * @param skipped why it is not read; null for a file to read
   */
  public record Entry(Path file, String display, Problem skipped) {
    /** Records a skipped entry in the report; true for a file to read. Called in folder order, so the reconciliation keeps it. */
    public boolean toRead(String kind, ValidationReport report) {
      if (skipped == null) return true;
      report.notRead(display, kind, skipped);
      return false;
    }
  }

  private InputFolder() {}

  /**
   * @param folder the period's folder, e.g. data/bao-cao/2022-Q1
   * @param displayFolder how messages name that folder, e.g. "bao-cao/2022-Q1"
   * @param kind the input kind's id, for the reconciliation ("bao-cao", "ho-so")
   * @param dataRoot a link may point anywhere inside this folder, not outside it
   * @return every entry, sorted by name as Explorer shows them: files to read, and the others with
   *     why not (see {@link Entry#toRead})
   */
  public static List<Entry> list(Path folder, String displayFolder, Path dataRoot, ValidationReport report) {
    if (!Files.isDirectory(folder)) {
      report.add(Messages.missingFolder(displayFolder));
      return List.of();
    }
    List<Path> entries;
    try (Stream<Path> listing = Files.list(folder)) {
      entries = listing.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().toLowerCase(Locale.ROOT))
          .thenComparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      report.add(Messages.unreadableFile(displayFolder, e));
      return List.of();
    }
    Path root = realRoot(dataRoot);
    List<Entry> files = new ArrayList<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      String display = displayFolder + "/" + name;
      String lower = name.toLowerCase(Locale.ROOT);
      if (Files.isSymbolicLink(entry)) {
        Path target;
        try {
          target = entry.toRealPath();
        } catch (IOException e) {
          files.add(new Entry(entry, display, Messages.brokenLink(display)));
          continue;
        }
        if (root != null && !target.startsWith(root)) {
          files.add(new Entry(entry, display, Messages.linkOutsideData(display)));
          continue;
        }
      }
      if (Files.isDirectory(entry)) {
        files.add(new Entry(entry, display, Messages.subfolder(display, displayFolder, contents(entry))));
      } else if (lower.startsWith("~$")) {
        files.add(new Entry(entry, display, Messages.excelLockFile(display, name.substring(2))));
      } else if (lower.startsWith(".") || SYSTEM_FILES.contains(lower) || isHidden(entry)) {
        files.add(new Entry(entry, display, Messages.hiddenFile(display)));
      } else if (BACKUP_ENDINGS.stream().anyMatch(lower::endsWith)) {
        files.add(new Entry(entry, display, Messages.backupFile(display)));
      } else if (!Files.isRegularFile(entry)) {
        files.add(new Entry(entry, display, Messages.notAFile(display)));
      } else {
        files.add(new Entry(entry, display, null));
      }
    }
    return files;
  }

  private static Path realRoot(Path dataRoot) {
    try {
      return dataRoot.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  /** The names inside a subfolder, for the message (a few, and how many). */
  private static List<String> contents(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean isHidden(Path entry) {
    try {
      // DOS "hidden" attribute on Windows; on other systems isHidden means a dot name, handled above.
      Object hidden = Files.getAttribute(entry, "dos:hidden", LinkOption.NOFOLLOW_LINKS);
      return Boolean.TRUE.equals(hidden);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }
}
