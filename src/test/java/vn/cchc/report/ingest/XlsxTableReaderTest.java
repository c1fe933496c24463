package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .xlsx reader on packages written by hand, as other programs than Excel write them: inline
 * strings (POI's streaming writer, many exports), rich text with phonetic runs, cells and rows
 * without their "r" reference, ISO date cells, error cells, formulas without a value, the 1904
 * date system, very hidden sheets, merged ranges after the rows, a package without shared strings.
 */
class XlsxTableReaderTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  @TempDir Path dir;
  /** How the sheet parts are written: UTF-8 as Excel writes them, unless a test says otherwise. */
  private Function<String, byte[]> sheetEncoding = text -> text.getBytes(StandardCharsets.UTF_8);

  /** A package of the given workbook.xml body, sheet XML bodies and styles. */
  private Path xlsx(String workbookPr, List<String[]> sheets, String styles) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
      StringBuilder wbSheets = new StringBuilder();
      StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
      for (int i = 0; i < sheets.size(); i++) {
        String[] sheet = sheets.get(i);
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1)
            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        wbSheets.append("<sheet name=\"").append(sheet[0]).append("\" sheetId=\"").append(i + 1).append("\" ")
            .append(sheet[1].isEmpty() ? "" : "state=\"" + sheet[1] + "\" ").append("r:id=\"rId").append(i + 1).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(i + 1)
            .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            .append(i + 1).append(".xml\"/>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
        zip.write(sheetEncoding.apply("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\" xmlns:r=\""
            + REL + "\">" + sheet[2] + "</worksheet>"));
        zip.closeEntry();
      }
      put(zip, "[Content_Types].xml", types.append("</Types>").toString());
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">" + workbookPr
          + "<sheets>" + wbSheets + "</sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\">" + styles + "</styleSheet>");
    }
    Path file = dir.resolve("KHTC.xlsx");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Styles: 0 General, 1 a date format (built-in 14), 2 a percentage (built-in 10). */
  private static final String STYLES = "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
      + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"10\" applyNumberFormat=\"1\"/></cellXfs>";

  private record Sheet(String name, boolean hidden, List<RawRow> rows, List<Merge> merges) {}

  private List<Sheet> read(Path file) throws Exception {
    List<Sheet> result = new ArrayList<>();
    try (TableSource source = TableReaders.open(file, "KHTC.xlsx")) {
      for (Iterator<SheetData> sheets = source.sheets(); sheets.hasNext(); ) {
        SheetData sheet = sheets.next();
        List<RawRow> rows = new ArrayList<>();
        sheet.rows().forEachRemaining(rows::add);
        result.add(new Sheet(sheet.name(), sheet.hidden(), rows, sheet.merges().get()));
      }
    }
    return result;
  }

  @Test
  void readsCellsAsOtherProgramsWriteThem() throws Exception {
    Path file = xlsx("<workbookPr date1904=\"1\"/>", List.of(new String[] {"Báo cáo", "", "<sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>STT</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><r><t>Tình </t></r><r><rPr/><t>trạng</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Ngày hoàn thành</t></is></c></row>"
        + "<row><c t=\"inlineStr\"><is><t>2.1</t></is></c><c t=\"str\"><f>\"Hoàn \"&amp;\"thành\"</f><v>Hoàn thành</v></c>"
        + "<c t=\"d\"><v>2022-09-02T00:00:00</v></c></row>"
        + "<row r=\"5\"><c r=\"A5\"><v>3</v></c><c r=\"C5\" s=\"1\"><v>43344</v></c><c r=\"D5\" s=\"2\"><v>0.985</v></c>"
        + "<c r=\"E5\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"F5\"><f>SUM(A1:A2)</f></c><c r=\"G5\" t=\"b\"><v>1</v></c></row>"
        + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A6:A8\"/></mergeCells>"},
        new String[] {"Cũ", "veryHidden", "<sheetData/>"}), STYLES);

    List<Sheet> sheets = read(file);

    assertThat(sheets).extracting(Sheet::name, Sheet::hidden).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Báo cáo", false), org.assertj.core.groups.Tuple.tuple("Cũ", true));
    List<RawRow> rows = sheets.get(0).rows();
    assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 5);
    assertThat(rows.get(0).cells()).containsExactly("STT", "Tình trạng", "Ngày hoàn thành");
    assertThat(rows.get(1).cells()).containsExactly("2.1", "Hoàn thành", "2022-09-02");
    assertThat(rows.get(1).kind(2)).isEqualTo(CellKind.DATE);
    // 43344 in the 1904 date system is 2022-09-02 (1462 days later than in the 1900 system).
    assertThat(rows.get(2).cells()).containsExactly("3", "", "2022-09-02", "0.985", "#DIV/0!", "", "TRUE");
    assertThat(List.of(rows.get(2).kind(0), rows.get(2).kind(2), rows.get(2).kind(3), rows.get(2).kind(4), rows.get(2).kind(5), rows.get(2).kind(6)))
        .containsExactly(CellKind.NUMBER, CellKind.DATE, CellKind.PERCENT, CellKind.ERROR, CellKind.FORMULA_NO_VALUE, CellKind.BOOLEAN);
    assertThat(sheets.get(0).merges()).containsExactly(new Merge(6, 8, 0, 0));
  }

  @Test
  void readsAWorkbookWithoutSharedStringsThroughTheParser() throws Exception {
    // No sharedStrings part at all: every text cell inline, as streaming writers produce.
    Path file = xlsx("", List.<String[]>of(new String[] {"Sheet1", "", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>STT</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Tình trạng</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c>"
        + "<c r=\"B2\" t=\"inlineStr\"><is><t>Hoàn thành</t></is></c></row></sheetData>"}), STYLES);

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.rows()).containsExactly(Map.of("task", "1", "status", "Hoàn thành"));
  }

  @Test
  void neverWritesTheFileItReads() throws Exception {
    Path file = xlsx("", List.<String[]>of(new String[] {"Sheet1", "", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData>"}),
        STYLES);
    byte[] before = Files.readAllBytes(file);
    java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.tally().failed()).as("a shared string that does not exist").isTrue();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
  }

  private static final String STATUS_SHEET = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>STT</t></is></c>"
      + "<c r=\"B1\" t=\"inlineStr\"><is><t>Tình trạng</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c>"
      + "<c r=\"B2\" t=\"inlineStr\"><is><t>Hoàn thành</t></is></c></row></sheetData>";

  @Test
  void readsASheetPartWrittenInUtf16() throws Exception {
    sheetEncoding = text -> text.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16);
    Path file = xlsx("", List.<String[]>of(new String[] {"Sheet1", "", STATUS_SHEET}), STYLES);

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.rows()).containsExactly(Map.of("task", "1", "status", "Hoàn thành"));
  }

  /** A part that says UTF-8 but holds Windows-1258 bytes: the file is refused, and nothing is printed on the console. */
  @Test
  void aPartThatIsNotUtf8IsADamagedFileAndPrintsNothing() throws Exception {
    sheetEncoding = text -> text.getBytes(java.nio.charset.Charset.forName("windows-1258"));
    Path file = xlsx("", List.<String[]>of(new String[] {"Sheet1", "", STATUS_SHEET}), STYLES);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream err = System.err;
    Fixtures.Read read;
    System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      read = Fixtures.parse(file, InputKind.SUBMISSION);
    } finally {
      System.setErr(err);
    }

    assertThat(read.tally().failed()).isTrue();
    assertThat(read.report().problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("bị hỏng"));
    assertThat(console.toString(StandardCharsets.UTF_8)).as("printed on the console").isEmpty();
  }
}
