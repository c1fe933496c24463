package vn.cchc.report.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;

/**
 * Reads an .xlsx workbook row by row, in place and read-only (issue #9: no copy of an input in the
 * system's temporary folder, and a damaged package is never written back): the package is opened
 * with POI in read-only mode and each sheet's XML is streamed with StAX, so memory holds the shared
 * strings and one row. Cells become text as in {@link ExcelTableReader#read}: dates ISO, numbers
 * plain, formulas their cached value, with their {@link CellKind}.
 *
 * <p>A package whose central directory is missing (a file cut short) is refused at once, before POI
 * could fall back to reading whatever entries it finds; so are entries that inflate more than
 * {@link #MAX_RATIO} times beyond {@link #RATIO_FROM} bytes (a "zip bomb", or a cell of one phrase
 * repeated thousands of times).
 */
final class XlsxTableReader {
  /** POI's own default: an entry may inflate to at most 100 times its compressed size … */
  static final long MAX_RATIO = 100;
  /** … once it is bigger than this (small entries compress that well legitimately). */
  static final long RATIO_FROM = 1L << 20;

  private XlsxTableReader() {}

  static TableSource open(Path file, String displayName) throws InputException {
    checkPackage(file, displayName);
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pkg, true);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = stylesOf(reader);
      Workbook workbook;
      try (InputStream in = reader.getWorkbookData()) {
        workbook = Workbook.read(in);
      }
      return new Source(pkg, reader, strings, styles, workbook, displayName);
    } catch (IOException | XMLStreamException | org.xml.sax.SAXException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | RuntimeException e) {
      if (pkg != null) pkg.revert();
      throw new InputException(ExcelTableReader.failure(displayName, e), e);
    }
  }

  private static StylesTable stylesOf(XSSFReader reader) throws IOException {
    try {
      return reader.getStylesTable();
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
      return null; // a workbook without styles: no cell is a date, a percentage or anything but General
    }
  }

  /** The package's directory must be whole, and no entry a bomb. */
  private static void checkPackage(Path file, String displayName) throws InputException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > RATIO_FROM && compressed > 0 && size / compressed > MAX_RATIO) {
          throw new InputException(Messages.overCompressed(displayName));
        }
      }
    } catch (ZipException e) {
      throw new InputException(Messages.damagedWorkbook(displayName, e), e);
    } catch (IOException e) {
      throw new InputException(Messages.unreadableFile(displayName, e), e);
    }
  }

  /** The sheets as workbook.xml lists them, and its date system. */
  private record Workbook(List<SheetEntry> sheets, boolean date1904) {
    static Workbook read(InputStream in) throws XMLStreamException {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      List<SheetEntry> sheets = new ArrayList<>();
      boolean date1904 = false;
      try {
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
          String name = xml.getLocalName();
          if (name.equals("workbookPr")) {
            String value = attribute(xml, "date1904");
            date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
          } else if (name.equals("sheet")) {
            String state = attribute(xml, "state");
            sheets.add(new SheetEntry(String.valueOf(attribute(xml, "name")), attribute(xml, "id"),
                state != null && !state.equals("visible")));
          }
        }
      } finally {
        xml.close();
      }
      return new Workbook(sheets, date1904);
    }
  }

  /** @param relationId the r:id of the sheet's part; null in a damaged workbook.xml */
  private record SheetEntry(String name, String relationId, boolean hidden) {}

  /** An attribute by its local name, whatever its namespace (transitional or strict OOXML). */
  private static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) return xml.getAttributeValue(i);
    }
    return null;
  }

  private static final class Source implements TableSource {
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Workbook workbook;
    private final String displayName;
    private final List<AutoCloseable> open = new ArrayList<>();

    Source(OPCPackage pkg, XSSFReader reader, ReadOnlySharedStringsTable strings, StylesTable styles, Workbook workbook,
        String displayName) {
      this.pkg = pkg;
      this.reader = reader;
      this.strings = strings;
      this.styles = styles;
      this.workbook = workbook;
      this.displayName = displayName;
    }

    @Override
    public Iterator<SheetData> sheets() {
      List<SheetData> sheets = new ArrayList<>();
      for (SheetEntry entry : workbook.sheets()) {
        SheetRows rows = new SheetRows(entry);
        sheets.add(new SheetData(entry.name(), entry.hidden(), rows, rows::merges));
      }
      return sheets.iterator();
    }

    @Override
    public String description() {
      return "Excel (.xlsx)";
    }

    @Override
    public void close() {
      for (AutoCloseable c : open) {
        try {
          c.close();
        } catch (Exception e) {
          // Closing what was only read: nothing to lose.
        }
      }
      pkg.revert(); // read-only: closes the file without ever writing it
    }

    /** The package opened, but a part of it cannot be read: damaged inside. */
    private UncheckedInputException failure(Exception e) {
      vn.cchc.report.problem.Problem problem = ExcelTableReader.failure(displayName, e);
      if (problem.code().equals("UNREADABLE_WORKBOOK")) problem = Messages.damagedWorkbook(displayName, e);
      return new UncheckedInputException(new InputException(problem, e));
    }

    /** One sheet's rows, streamed on first use; its merged ranges once the rows are read. */
    private final class SheetRows implements Iterator<RawRow> {
      private final SheetEntry entry;
      private XMLStreamReader xml;
      private RawRow next;
      private boolean done;
      private int lastRow;
      private final List<Merge> merges = new ArrayList<>();

      SheetRows(SheetEntry entry) {
        this.entry = entry;
      }

      List<Merge> merges() {
        return merges;
      }

      @Override
      public boolean hasNext() {
        if (next == null && !done) next = advance();
        return next != null;
      }

      @Override
      public RawRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        RawRow row = next;
        next = null;
        return row;
      }

      private RawRow advance() {
        try {
          if (xml == null) {
            if (entry.relationId() == null) throw new IOException("sheet \"" + entry.name() + "\" has no part");
            InputStream in = reader.getSheet(entry.relationId());
            open.add(in);
            xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            open.add(xml::close);
          }
          while (xml.hasNext()) {
            int event = xml.next();
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            if (name.equals("row")) return row();
            if (name.equals("mergeCell")) merge(attribute(xml, "ref"));
          }
          done = true;
          return null;
        } catch (IOException | XMLStreamException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
          done = true;
          throw failure(e);
        }
      }

      /** A &lt;row&gt;: its cells up to &lt;/row&gt;. */
      private RawRow row() throws XMLStreamException {
        int number = positive(attribute(xml, "r"), lastRow + 1);
        lastRow = number;
        List<String> cells = new ArrayList<>();
        List<CellKind> kinds = new ArrayList<>();
        boolean typed = false;
        int column = -1;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) break;
          if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) continue;
          String ref = attribute(xml, "r");
          column = ref == null ? column + 1 : columnOf(ref, column + 1);
          ExcelTableReader.Value value = cell(attribute(xml, "t"), attribute(xml, "s"));
          if (column < cells.size()) continue; // a damaged row repeating a column: the first cell counts
          while (cells.size() < column) {
            cells.add("");
            kinds.add(CellKind.TEXT);
          }
          cells.add(value.text());
          kinds.add(value.kind());
          typed |= value.kind() != CellKind.TEXT;
        }
        byte[] codes = null;
        if (typed) {
          codes = new byte[kinds.size()];
          for (int i = 0; i < codes.length; i++) codes[i] = kinds.get(i).code();
        }
        return new RawRow(number, cells, codes);
      }

      /** A &lt;c&gt; element up to &lt;/c&gt;: its value by its type and style. */
      private ExcelTableReader.Value cell(String type, String style) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        int depth = 1;
        boolean phonetic = false;
        while (xml.hasNext() && depth > 0) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            String name = xml.getLocalName();
            if (name.equals("f")) formula = true;
            else if (name.equals("v")) value = xml.getElementText();
            else if (name.equals("rPh")) phonetic = true;
            else if (name.equals("t") && !phonetic) {
              if (inline == null) inline = new StringBuilder();
              inline.append(xml.getElementText());
            }
            if (name.equals("v") || (name.equals("t") && !phonetic)) depth--; // getElementText consumed the end tag
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
            if (xml.getLocalName().equals("rPh")) phonetic = false;
          }
        }
        return convert(type == null ? "n" : type, style, value, inline, formula);
      }

      private ExcelTableReader.Value convert(String type, String style, String value, StringBuilder inline, boolean formula) {
        switch (type) {
          case "s" -> {
            if (value == null) return ExcelTableReader.Value.EMPTY;
            int index = Integer.parseInt(value.strip());
            return new ExcelTableReader.Value(CellText.clean(strings.getItemAt(index).getString()), CellKind.TEXT);
          }
          case "inlineStr" -> {
            return new ExcelTableReader.Value(CellText.clean(inline == null ? value == null ? "" : value : inline.toString()),
                CellKind.TEXT);
          }
          case "str" -> {
            if (value == null) return formula ? new ExcelTableReader.Value("", CellKind.FORMULA_NO_VALUE) : ExcelTableReader.Value.EMPTY;
            return new ExcelTableReader.Value(CellText.clean(value), CellKind.TEXT);
          }
          case "b" -> {
            if (value == null) return noValue(formula);
            return new ExcelTableReader.Value("1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()) ? "TRUE" : "FALSE",
                CellKind.BOOLEAN);
          }
          case "e" -> {
            return new ExcelTableReader.Value(value == null ? "#ERROR!" : value.strip(), CellKind.ERROR);
          }
          case "d" -> {
            if (value == null) return noValue(formula);
            String iso = value.strip();
            return new ExcelTableReader.Value(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso).toString(), CellKind.DATE);
          }
          default -> {
            if (value == null || value.isBlank()) return noValue(formula);
            return number(Double.parseDouble(value.strip()), style);
          }
        }
      }

      private ExcelTableReader.Value noValue(boolean formula) {
        return formula ? new ExcelTableReader.Value("", CellKind.FORMULA_NO_VALUE) : ExcelTableReader.Value.EMPTY;
      }

      /** A number cell by its format: a date, a percentage, or a plain number. */
      private ExcelTableReader.Value number(double number, String style) {
        XSSFCellStyle cellStyle = null;
        if (styles != null && style != null && !style.isBlank()) {
          int index = Integer.parseInt(style.strip());
          if (index >= 0 && index < styles.getNumCellStyles()) cellStyle = styles.getStyleAt(index);
        }
        if (cellStyle != null) {
          int formatIndex = cellStyle.getDataFormat();
          String format = cellStyle.getDataFormatString();
          if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(number)) {
            LocalDateTime date = DateUtil.getLocalDateTime(number, workbook.date1904());
            if (date != null) return new ExcelTableReader.Value(date.toLocalDate().toString(), CellKind.DATE);
          }
          if (format != null && ExcelTableReader.isPercentFormat(format)) {
            return new ExcelTableReader.Value(ExcelTableReader.plainNumber(number), CellKind.PERCENT);
          }
        }
        return new ExcelTableReader.Value(ExcelTableReader.plainNumber(number), CellKind.NUMBER);
      }

      private void merge(String ref) {
        if (ref == null || !ref.contains(":")) return;
        try {
          var range = org.apache.poi.ss.util.CellRangeAddress.valueOf(ref);
          if (range.getFirstRow() >= 0 && range.getFirstColumn() >= 0 && range.getLastRow() >= range.getFirstRow()
              && range.getLastColumn() >= range.getFirstColumn()) {
            merges.add(new Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(), range.getLastColumn()));
          }
        } catch (RuntimeException e) {
          // a damaged range names no cells
        }
      }
    }
  }

  /** "C12" → 2; a reference without a readable column gives {@code fallback}. */
  private static int columnOf(String ref, int fallback) {
    try {
      int column = new CellReference(ref).getCol();
      return column >= 0 && column < 16_384 ? column : fallback;
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  private static int positive(String text, int fallback) {
    if (text == null) return fallback;
    try {
      int n = Integer.parseInt(text.strip());
      return n >= 1 && n <= 1_048_576 ? n : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
