package vn.cchc.report.problem;

/**
 * Where a value was read.
 *
 * @param file the file as the office names it, relative to the data folder (e.g. "bao-cao/2022-Q1/KHTC.xlsx")
 * @param sheet the sheet name, or null for CSV; cut to about 100 characters ({@link Messages#cut}): Excel
 *     allows 31, but a workbook written by another program may hold a page of text there
 * @param row 1-based row as Excel or a text editor shows it, or 0 for the file as a whole
 * @param column the column letter and the header as found, e.g. "D (Tình trạng)", or null
 */
public record SourceLocation(String file, String sheet, int row, String column) {

  public SourceLocation {
    if (file == null || file.isBlank()) throw new IllegalArgumentException("file is required");
    if (row < 0) throw new IllegalArgumentException("row must be ≥ 0: " + row);
    sheet = Messages.cut(sheet); // shown in every problem of the sheet
  }

  /** The whole file: no sheet, row or column. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, null, 0, null);
  }

  public SourceLocation withColumn(String column) {
    return new SourceLocation(file, sheet, row, column);
  }

  /** "bao-cao/2022-Q1/KHTC.xlsx, trang tính "Sheet1", dòng 12, cột D (Tình trạng)". */
  public String describe() {
    StringBuilder text = new StringBuilder(file);
    if (sheet != null) text.append(", trang tính \"").append(sheet).append('"');
    if (row > 0) text.append(", dòng ").append(row);
    if (column != null) text.append(", cột ").append(column);
    return text.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
