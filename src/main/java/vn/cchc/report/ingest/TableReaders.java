package vn.cchc.report.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;

/**
 * Opens any input table by its content ({@link FileType}), whatever its name: text (CSV, "Unicode
 * Text"), .xlsx, .xls, or an HTML table saved as ".xls"; other files are refused with what they
 * are and how to convert them.
 */
final class TableReaders {
  private TableReaders() {}

  /**
   * @param file the file to read
   * @param displayName how messages name the file (relative to the data folder)
   */
  public static TableSource open(Path file, String displayName) throws InputException {
    if (Files.isDirectory(file)) throw new InputException(Messages.folderNotFile(displayName));
    if (!Files.isRegularFile(file)) throw new InputException(Messages.missingFile(displayName));
    FileType.Detection found;
    try {
      found = FileType.inspect(file);
    } catch (IOException e) {
      throw new InputException(Messages.unreadableFile(displayName, e), e);
    }
    return switch (found.type()) {
      case TEXT -> CsvTableReader.open(file, displayName);
      case XLSX -> ExcelTableReader.open(file, displayName, false);
      case XLS -> ExcelTableReader.open(file, displayName, true);
      case HTML -> HtmlTableReader.open(file, displayName);
      default -> throw new InputException(found.refusal(displayName));
    };
  }

}
