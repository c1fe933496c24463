package vn.cchc.report.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;

/** Opens any input table by its extension: .csv (also .txt from "Unicode Text"), .xlsx, .xls. */
public final class TableReaders {
  private TableReaders() {}

  /**
   * @param file the file to read
   * @param displayName how messages name the file (relative to the data folder)
   */
  public static TableSource open(Path file, String displayName) throws InputException {
    if (!Files.isRegularFile(file)) throw new InputException(Messages.missingFile(displayName));
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) return CsvTableReader.open(file, displayName);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return ExcelTableReader.open(file, displayName);
    }
    throw new InputException(Messages.unsupportedFileType(displayName));
  }

  /** True for the extensions {@link #open} reads; other files in an input folder are skipped. */
  public static boolean isTable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith("~$") || name.startsWith(".")) return false; // Excel lock files, hidden files
    return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
  }
}
