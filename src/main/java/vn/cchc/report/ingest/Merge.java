package vn.cchc.report.ingest;

/**
 * A merged cell range of a sheet: its text is in the top-left cell, the others are empty.
 *
 * @param firstRow first row, 1-based as {@link RawRow#number}
 * @param lastRow last row, inclusive
 * @param firstColumn first column, 0-based
 * @param lastColumn last column, inclusive
 */
record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
  public Merge {
    if (firstRow < 1 || lastRow < firstRow || firstColumn < 0 || lastColumn < firstColumn) {
      throw new IllegalArgumentException("not a range: rows " + firstRow + "–" + lastRow + ", columns " + firstColumn + "–" + lastColumn);
    }
  }

  /** True when the range covers more than one row. */
  public boolean vertical() {
    return lastRow > firstRow;
  }
}
