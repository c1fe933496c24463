package vn.cchc.report.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;

/**
 * Reads the tables of an HTML file as sheets: the "Excel" export of many e-government systems is
 * an HTML page named ".xls", which Excel opens as a workbook. Each {@code <table>} with at least
 * one row is a sheet, "Bảng 1", "Bảng 2", … in document order; cells are {@link CellKind#TEXT},
 * and {@code colspan}/{@code rowspan} become {@link Merge}s as Excel shows them: the text in the
 * top-left position, the other positions "".
 *
 * <p>A table inside a cell is a sheet of its own, and its text is not part of the outer cell. Pages
 * of older systems lay themselves out with an outer table whose one cell holds the data table:
 * read as one cell, the data would be a single run of text; read as its own sheet, its header is
 * found like any other's, and the outer table becomes a sheet the header search passes over.
 *
 * <p>Charset: a BOM, else the document's own declaration ({@code <meta charset>}, {@code
 * http-equiv} Content-Type, or an XML declaration), else UTF-8 when the bytes are UTF-8, else
 * windows-1258 (what Windows in Vietnamese writes, as for CSV files). Text comes out NFC.
 *
 * <p>The whole document is parsed in memory, then flattened to rows and the DOM dropped. Measured
 * (JDK 17, jsoup 1.24.1, the development machine): a 10,000-row table of 8 columns of
 * Vietnamese text, written as the exports write it, is a 3.1 MB file; opening it (read, parse,
 * flatten) takes 1.9 s the first time in a run (class loading and JIT) and 0.3 s after that; it
 * reads within a 48 MB heap (not 40 MB), and the rows kept afterwards hold 7 MB.
 */
final class HtmlTableReader implements TableSource {
  /** Bytes searched for a charset declaration; the HTML standard's pre-scan looks at 1024. */
  private static final int DECLARATION_BYTES = 16 * 1024;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  /** Elements that start a new line in a cell as a browser shows it. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
      "address", "center", "hr", "section", "article", "header", "footer", "form", "fieldset", "figure",
      "figcaption", "nav", "aside", "main");
  private static final Pattern AROUND_BREAK = Pattern.compile(" *\n *");
  private static final int MAX_COLSPAN = 1000; // the HTML standard's limits
  private static final int MAX_ROWSPAN = 65534;

  private final List<SheetData> sheets;
  private final String description;

  private HtmlTableReader(List<SheetData> sheets, String description) {
    this.sheets = sheets;
    this.description = description;
  }

  /**
   * @param file the file to read, whatever its extension
   * @param displayName how messages name the file
   */
  static TableSource open(Path file, String displayName) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(Messages.unreadableFile(displayName, e), e);
    }
    Encoding encoding = encoding(bytes);
    Document document = Jsoup.parse(new String(bytes, encoding.bomLength(), bytes.length - encoding.bomLength(), encoding.charset()));
    List<SheetData> sheets = new ArrayList<>();
    for (Element table : document.getElementsByTag("table")) {
      List<Element> rows = rows(table);
      if (rows.isEmpty()) continue;
      Grid grid = grid(rows);
      List<Merge> merges = List.copyOf(grid.merges());
      sheets.add(new SheetData("Bảng " + (sheets.size() + 1), false, grid.rows().iterator(), () -> merges));
    }
    if (sheets.isEmpty()) throw new InputException(noTable(displayName));
    String extension = FileType.extension(file.getFileName().toString());
    String named = extension.isEmpty() ? "không có đuôi" : "đuôi ." + extension;
    return new HtmlTableReader(List.copyOf(sheets), "Bảng HTML (tệp xuất từ hệ thống, " + named + "), " + encoding.label());
  }

  @Override
  public Iterator<SheetData> sheets() {
    return sheets.iterator();
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void close() {
    // Everything was read in open.
  }

  /** "trang HTML nhưng không có bảng nào": an HTML page saved in place of the table. */
  static Problem noTable(String displayName) {
    return Problem.error("EMPTY_FILE", SourceLocation.ofFile(displayName), "",
        "tệp là trang HTML nhưng không có bảng nào (thẻ <table>). "
            + "Hãy kiểm tra đã xuất đúng tệp từ hệ thống chưa, hoặc mở bằng Excel và lưu lại dạng .xlsx.");
  }

  // ---- charset -----------------------------------------------------------------------------

  /**
   * @param label Vietnamese, for {@link #description()}
   */
  record Encoding(Charset charset, int bomLength, String label) {}

  static Encoding encoding(byte[] bytes) {
    int sample = Math.min(bytes.length, FileType.SAMPLE_BYTES);
    EncodingDetector.Detected detected = EncodingDetector.detect(bytes, sample);
    boolean utf16 = detected.charset().equals(StandardCharsets.UTF_16LE) || detected.charset().equals(StandardCharsets.UTF_16BE);
    if (detected.bomLength() > 0 || utf16) return new Encoding(detected.charset(), detected.bomLength(), detected.label());
    String head = new String(bytes, 0, Math.min(sample, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    for (Pattern declaration : List.of(XML_ENCODING, META_CHARSET)) {
      Matcher m = declaration.matcher(head);
      if (!m.find()) continue;
      Charset declared = charset(m.group(1));
      if (declared == null) break;
      // The HTML standard: a UTF-16 declaration in bytes that are not UTF-16 means UTF-8.
      if (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")) declared = StandardCharsets.UTF_8;
      return new Encoding(declared, 0, m.group(1).toLowerCase(Locale.ROOT) + " (theo khai báo trong tệp)");
    }
    return new Encoding(detected.charset(), 0, detected.label());
  }

  private static Charset charset(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  // ---- table -------------------------------------------------------------------------------

  /** The table's own rows in document order, from thead, tbody and tfoot alike, not a nested table's. */
  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "tr" -> rows.add(child);
        case "thead", "tbody", "tfoot" -> {
          for (Element row : child.children()) if (row.normalName().equals("tr")) rows.add(row);
        }
        default -> { } // caption, colgroup
      }
    }
    return rows;
  }

  record Grid(List<RawRow> rows, List<Merge> merges) {}

  /**
   * Places each cell as the HTML table model does: at the first column of its row not taken by a
   * cell spanning down from above. A span past the last row stops at the last row; rowspan="0"
   * spans to the last row.
   */
  static Grid grid(List<Element> trs) {
    int count = trs.size();
    List<BitSet> taken = new ArrayList<>(count);
    for (int r = 0; r < count; r++) taken.add(new BitSet());
    List<RawRow> rows = new ArrayList<>(count);
    List<Merge> merges = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      BitSet here = taken.get(r);
      List<String> cells = new ArrayList<>();
      int column = 0;
      for (Element cell : trs.get(r).children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
        column = here.nextClearBit(column);
        int colspan = Math.max(1, span(cell, "colspan", MAX_COLSPAN));
        int rowspan = span(cell, "rowspan", MAX_ROWSPAN);
        int lastRow = rowspan == 0 ? count - 1 : Math.min(r + rowspan - 1, count - 1);
        while (cells.size() < column + colspan) cells.add("");
        cells.set(column, text(cell));
        for (int covered = r; covered <= lastRow; covered++) taken.get(covered).set(column, column + colspan);
        if (lastRow > r || colspan > 1) merges.add(new Merge(r + 1, lastRow + 1, column, column + colspan - 1));
        column += colspan;
      }
      while (cells.size() < here.length()) cells.add(""); // positions covered from above, right of the last cell
      rows.add(new RawRow(r + 1, cells));
    }
    return new Grid(rows, merges);
  }

  /** A span attribute as a browser reads it: leading digits, else 1; capped. */
  private static int span(Element cell, String attribute, int max) {
    String value = cell.attr(attribute).strip();
    int digits = 0;
    while (digits < value.length() && digits < 9 && Character.isDigit(value.charAt(digits))) digits++;
    if (digits == 0) return 1;
    return Math.min(Integer.parseInt(value.substring(0, digits)), max);
  }

  /**
   * The cell's text as a browser lays it out: runs of whitespace as one space, {@code <br>} and
   * block elements as line breaks; nested tables, scripts and styles left out; then
   * {@link CellText#clean} (NFC, odd spaces, trimmed).
   */
  static String text(Element cell) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
          appendCollapsed(out, text.getWholeText());
        } else if (node instanceof Element element && node != cell) {
          String name = element.normalName();
          if (name.equals("table") || name.equals("script") || name.equals("style")) return FilterResult.SKIP_ENTIRELY;
          if (name.equals("br")) out.append('\n');
          else if (BLOCKS.contains(name)) lineBreak(out);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && node != cell && BLOCKS.contains(element.normalName())) lineBreak(out);
        return FilterResult.CONTINUE;
      }
    }, cell);
    String text = out.toString();
    return CellText.clean(text.indexOf('\n') < 0 ? text : AROUND_BREAK.matcher(text).replaceAll("\n"));
  }

  private static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') out.append(' ');
      } else {
        out.append(c);
      }
    }
  }

  private static void lineBreak(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
  }
}
