package vn.cchc.report.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;

/**
 * Reads an .xlsx workbook row by row, in place and read-only (issue #9: no copy of an input in the
 * system's temporary folder, and a damaged package is never written back): the package is opened
 * as a zip file and its parts — workbook, relationships, shared strings, styles, each sheet — are
 * read with StAX, the sheets streamed, so memory holds the shared strings and one row. Cells become
 * text as in {@link ExcelTableReader#read}: dates ISO, numbers plain, formulas their cached value,
 * with their {@link CellKind}. Element and attribute names are matched by their local names, so a
 * workbook in strict OOXML reads like a transitional one.
 *
 * <p>A package whose central directory is missing (a file cut short) is refused at once; so is an
 * entry that inflates more than {@link #MAX_RATIO} times beyond {@link #RATIO_FROM} bytes (a "zip
 * bomb", or a cell of one phrase repeated thousands of times).
 */
final class XlsxTableReader {
  /** POI's own default: an entry may inflate to at most 100 times its compressed size … */
  static final long MAX_RATIO = 100;
  /** … once it is bigger than this (small entries compress that well legitimately). */
  static final long RATIO_FROM = 1L << 20;
  /** No DTD, no external entity: a workbook cannot make the program read other files or expand entities. */
  private static final XMLInputFactory XML = secureFactory();

  private XlsxTableReader() {}

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  /**
   * A part's XML, decoded here rather than by the JDK's parser: on a byte that is not UTF-8 the
   * parser prints "[Fatal Error] …" on the console as well as throwing. Parts are UTF-8 or, with a
   * byte order mark or by their first bytes, UTF-16 (ECMA-376 Part 2, §8.1.4 via XML 1.0 §4.3.3).
   */
  static XMLStreamReader xmlOf(InputStream in) throws IOException, XMLStreamException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(4);
    byte[] start = buffered.readNBytes(4);
    buffered.reset();
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (start.length >= 2 && start[0] == '<' && start[1] == 0) {
      charset = StandardCharsets.UTF_16LE;
    } else if (start.length >= 2 && start[0] == 0 && start[1] == '<') {
      charset = StandardCharsets.UTF_16BE;
    }
    buffered.skipNBytes(skip);
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return xmlReader(new InputStreamReader(buffered, decoder));
  }

  /** A reader from the one secure factory, which the threads that read inputs side by side share: made under its lock. */
  static XMLStreamReader xmlReader(java.io.Reader text) throws XMLStreamException {
    synchronized (XML) {
      return XML.createXMLStreamReader(text);
    }
  }

  static TableSource open(Path file, String displayName) throws InputException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new InputException(Messages.damagedWorkbook(displayName, e), e);
    } catch (IOException e) {
      throw new InputException(Messages.unreadableFile(displayName, e), e);
    }
    try {
      checkRatios(zip, displayName);
      Package pkg = Package.read(zip);
      return new Source(zip, pkg, displayName);
    } catch (InputException e) {
      close(zip);
      throw e;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      close(zip);
      throw new InputException(failure(displayName, e), e);
    }
  }

  private static void checkRatios(ZipFile zip, String displayName) throws InputException {
    for (var entries = zip.entries(); entries.hasMoreElements(); ) {
      ZipEntry entry = entries.nextElement();
      long size = entry.getSize();
      long compressed = entry.getCompressedSize();
      if (size > RATIO_FROM && compressed > 0 && size / compressed > MAX_RATIO) {
        throw new InputException(Messages.overCompressed(displayName));
      }
    }
  }

  /** A part that cannot be read names the workbook as damaged (an over-compressed one as such). */
  private static Problem failure(String displayName, Throwable e) {
    Problem problem = ExcelTableReader.failure(displayName, e);
    return problem.code().equals("UNREADABLE_WORKBOOK") ? Messages.damagedWorkbook(displayName, e) : problem;
  }

  private static void close(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // only read
    }
  }

  /**
   * What the package's parts say before any sheet is read.
   *
   * @param numberFormats per cell style (the s attribute), its number format's id and format string
   */
  private record Package(List<SheetEntry> sheets, boolean date1904, List<String> strings, List<NumberFormat> numberFormats) {

    static Package read(ZipFile zip) throws IOException, XMLStreamException {
      String workbookPart = officeDocument(zip);
      Map<String, Relation> relations = relations(zip, workbookPart);
      List<SheetEntry> sheets = new ArrayList<>();
      boolean[] date1904 = {false};
      parse(zip, workbookPart, true, xml -> {
        String name = xml.getLocalName();
        if (name.equals("workbookPr")) {
          String value = attribute(xml, "date1904");
          date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
        } else if (name.equals("sheet")) {
          String state = attribute(xml, "state");
          Relation relation = relations.get(String.valueOf(attribute(xml, "id")));
          sheets.add(new SheetEntry(String.valueOf(attribute(xml, "name")), relation == null ? null : relation.target(),
              state != null && !state.equals("visible")));
        }
      });
      List<String> strings = new ArrayList<>();
      List<NumberFormat> formats = new ArrayList<>();
      for (Relation relation : relations.values()) {
        if (relation.type().endsWith("/sharedStrings")) strings = sharedStrings(zip, relation.target());
        else if (relation.type().endsWith("/styles")) formats = numberFormats(zip, relation.target());
      }
      return new Package(sheets, date1904[0], strings, formats);
    }

    /** The workbook part named by the package's relationships (usually xl/workbook.xml). */
    private static String officeDocument(ZipFile zip) throws IOException, XMLStreamException {
      String[] target = {null};
      parse(zip, "_rels/.rels", false, xml -> {
        String type = attribute(xml, "Type");
        if (xml.getLocalName().equals("Relationship") && type != null && type.endsWith("/officeDocument") && target[0] == null) {
          target[0] = resolve("", attribute(xml, "Target"));
        }
      });
      return target[0] != null ? target[0] : "xl/workbook.xml";
    }

    /** The workbook's relationships by id, their targets resolved against the workbook's folder. */
    private static Map<String, Relation> relations(ZipFile zip, String workbookPart) throws IOException, XMLStreamException {
      int slash = workbookPart.lastIndexOf('/');
      String folder = slash < 0 ? "" : workbookPart.substring(0, slash + 1);
      String rels = folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels";
      Map<String, Relation> relations = new HashMap<>();
      parse(zip, rels, false, xml -> {
        if (!xml.getLocalName().equals("Relationship")) return;
        String id = attribute(xml, "Id");
        String target = attribute(xml, "Target");
        if (id != null && target != null) relations.put(id, new Relation(String.valueOf(attribute(xml, "Type")), resolve(folder, target)));
      });
      return relations;
    }

    /** The shared strings in order: each item's text runs, phonetic runs left out. */
    private static List<String> sharedStrings(ZipFile zip, String part) throws IOException, XMLStreamException {
      List<String> strings = new ArrayList<>();
      ZipEntry entry = zip.getEntry(part);
      if (entry == null) return strings;
      try (InputStream in = zip.getInputStream(entry)) {
        XMLStreamReader xml = xmlOf(in);
        try {
          StringBuilder text = null;
          int phonetic = 0;
          while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
              String name = xml.getLocalName();
              if (name.equals("si")) text = new StringBuilder();
              else if (name.equals("rPh")) phonetic++;
              else if (name.equals("t") && text != null && phonetic == 0) text.append(xml.getElementText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
              String name = xml.getLocalName();
              if (name.equals("rPh")) phonetic--;
              else if (name.equals("si") && text != null) {
                strings.add(text.toString());
                text = null;
              }
            }
          }
        } finally {
          xml.close();
        }
      }
      return strings;
    }

    /** Per cell style, its number format: custom formats from numFmts, built-in ones by id. */
    private static List<NumberFormat> numberFormats(ZipFile zip, String part) throws IOException, XMLStreamException {
      Map<Integer, String> custom = new HashMap<>();
      List<NumberFormat> formats = new ArrayList<>();
      boolean[] inCellXfs = {false};
      ZipEntry entry = zip.getEntry(part);
      if (entry == null) return formats;
      try (InputStream in = zip.getInputStream(entry)) {
        XMLStreamReader xml = xmlOf(in);
        try {
          while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
              String name = xml.getLocalName();
              if (name.equals("numFmt")) {
                Integer id = integer(attribute(xml, "numFmtId"));
                if (id != null) custom.put(id, String.valueOf(attribute(xml, "formatCode")));
              } else if (name.equals("cellXfs")) {
                inCellXfs[0] = true;
              } else if (name.equals("xf") && inCellXfs[0]) {
                Integer id = integer(attribute(xml, "numFmtId"));
                int formatId = id == null ? 0 : id;
                String format = custom.containsKey(formatId) ? custom.get(formatId) : BuiltinFormats.getBuiltinFormat(formatId);
                formats.add(new NumberFormat(formatId, format));
              }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
              inCellXfs[0] = false;
            }
          }
        } finally {
          xml.close();
        }
      }
      return formats;
    }
  }

  private record Relation(String type, String target) {}

  /** @param part the sheet's part in the package; null in a damaged workbook */
  private record SheetEntry(String name, String part, boolean hidden) {}

  /** @param format the format string, null for an unknown built-in id */
  private record NumberFormat(int id, String format) {}

  private interface ElementVisitor {
    void start(XMLStreamReader xml) throws XMLStreamException;
  }

  /** Every start element of a part, in order. A missing optional part is no error. */
  private static void parse(ZipFile zip, String part, boolean required, ElementVisitor visitor) throws IOException, XMLStreamException {
    ZipEntry entry = zip.getEntry(part);
    if (entry == null) {
      if (required) throw new IOException("the package has no part " + part);
      return;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      XMLStreamReader xml = xmlOf(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) visitor.start(xml);
        }
      } finally {
        xml.close();
      }
    }
  }

  /** A relationship target against the folder of its source: "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
  private static String resolve(String folder, String target) {
    if (target == null) return null;
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) continue;
      if (part.equals("..")) {
        if (!parts.isEmpty()) parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  /** An attribute by its local name, whatever its namespace (transitional or strict OOXML). */
  private static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) return xml.getAttributeValue(i);
    }
    return null;
  }

  private static Integer integer(String text) {
    if (text == null) return null;
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final class Source implements TableSource {
    private final ZipFile zip;
    private final Package pkg;
    private final String displayName;
    private final List<AutoCloseable> open = new ArrayList<>();

    Source(ZipFile zip, Package pkg, String displayName) {
      this.zip = zip;
      this.pkg = pkg;
      this.displayName = displayName;
    }

    @Override
    public Iterator<SheetData> sheets() {
      List<SheetData> sheets = new ArrayList<>();
      for (SheetEntry entry : pkg.sheets()) {
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
      XlsxTableReader.close(zip);
    }

    /** The package opened, but a part of it cannot be read: damaged inside. */
    private UncheckedInputException failure(Exception e) {
      return new UncheckedInputException(new InputException(XlsxTableReader.failure(displayName, e), e));
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
            ZipEntry part = entry.part() == null ? null : zip.getEntry(entry.part());
            if (part == null) throw new IOException("sheet \"" + entry.name() + "\" has no part in the package");
            InputStream in = zip.getInputStream(part);
            open.add(in);
            xml = xmlOf(in);
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
        } catch (IOException | XMLStreamException | RuntimeException e) {
          done = true;
          throw failure(e);
        }
      }

      /** A &lt;row&gt;: its cells up to &lt;/row&gt;. */
      private RawRow row() throws XMLStreamException {
        int number = positive(attribute(xml, "r"), lastRow + 1);
        lastRow = number;
        RowCells cells = new RowCells();
        int column = -1;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) break;
          if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) continue;
          String ref = attribute(xml, "r");
          column = ref == null ? column + 1 : columnOf(ref, column + 1);
          ExcelTableReader.Value value = cell(attribute(xml, "t"), attribute(xml, "s"));
          cells.put(column, value); // read even when the column is filled: the XML goes on after it
        }
        return cells.row(number);
      }

      /** A &lt;c&gt; element up to &lt;/c&gt;: its value by its type and style. */
      private ExcelTableReader.Value cell(String type, String style) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        int depth = 1;
        int phonetic = 0;
        while (xml.hasNext() && depth > 0) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("v")) {
              value = xml.getElementText(); // consumes the end tag
            } else if (name.equals("t") && phonetic == 0) {
              if (inline == null) inline = new StringBuilder();
              inline.append(xml.getElementText());
            } else {
              depth++;
              if (name.equals("f")) formula = true;
              else if (name.equals("rPh")) phonetic++;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
            if (xml.getLocalName().equals("rPh")) phonetic--;
          }
        }
        return convert(type == null ? "n" : type, style, value, inline, formula);
      }

      private ExcelTableReader.Value convert(String type, String style, String value, StringBuilder inline, boolean formula) {
        switch (type) {
          case "s" -> {
            if (value == null) return ExcelTableReader.Value.EMPTY;
            int index = Integer.parseInt(value.strip());
            if (index < 0 || index >= pkg.strings().size()) throw new IllegalArgumentException("no shared string " + index);
            return new ExcelTableReader.Value(CellText.clean(pkg.strings().get(index)), CellKind.TEXT);
          }
          case "inlineStr" -> {
            String text = inline != null ? inline.toString() : value == null ? "" : value;
            return new ExcelTableReader.Value(CellText.clean(text), CellKind.TEXT);
          }
          case "str" -> {
            if (value == null) return noValue(formula);
            return new ExcelTableReader.Value(CellText.clean(value), CellKind.TEXT);
          }
          case "b" -> {
            if (value == null) return noValue(formula);
            String b = value.strip();
            return new ExcelTableReader.Value("1".equals(b) || "true".equalsIgnoreCase(b) ? "TRUE" : "FALSE", CellKind.BOOLEAN);
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
        Integer index = integer(style);
        if (index != null && index >= 0 && index < pkg.numberFormats().size()) {
          NumberFormat format = pkg.numberFormats().get(index);
          if (format.format() != null && DateUtil.isADateFormat(format.id(), format.format()) && DateUtil.isValidExcelDate(number)) {
            LocalDateTime date = DateUtil.getLocalDateTime(number, pkg.date1904());
            if (date != null) return new ExcelTableReader.Value(date.toLocalDate().toString(), CellKind.DATE);
          }
          if (format.format() != null && ExcelTableReader.isPercentFormat(format.format())) {
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
    Integer n = integer(text);
    return n != null && n >= 1 && n <= 1_048_576 ? n : fallback;
  }
}
