package vn.cchc.report.ingest;

import vn.cchc.report.problem.SourceLocation;

/** A data row seen through its sheet's header: fields by id, each with its location for messages. */
final class MappedRow {
  private final RawRow raw;
  private final Header header;
  private final SourceLocation location;

  MappedRow(RawRow raw, Header header, String file, String sheet) {
    this.raw = raw;
    this.header = header;
    this.location = new SourceLocation(file, sheet, raw.number(), null);
  }

  /** The cleaned text of a field, "" when the column is absent or the cell empty. */
  public String get(String field) {
    return header.column(field).map(raw::cell).orElse("");
  }

  /** What the field's cell held (a number cell, a date cell …); {@link CellKind#TEXT} when the column is absent. */
  public CellKind kind(String field) {
    return header.column(field).map(raw::kind).orElse(CellKind.TEXT);
  }

  /** True when the file has a column for the field. */
  public boolean has(String field) {
    return header.has(field);
  }

  /** The row as a whole. */
  public SourceLocation location() {
    return location;
  }

  /** The cell of a field: row plus "D (Tình trạng)"; the row alone when the column is absent. */
  public SourceLocation at(String field) {
    String column = header.describeColumn(field);
    return column == null ? location : location.withColumn(column);
  }

  public Header header() {
    return header;
  }

  public RawRow raw() {
    return raw;
  }
}
