package vn.cchc.report.report.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Block.Align;
import vn.cchc.report.report.doc.Block.Cell;
import vn.cchc.report.report.doc.Block.Paragraph;
import vn.cchc.report.report.doc.Block.Row;
import vn.cchc.report.report.doc.Block.Run;
import vn.cchc.report.report.doc.Block.Style;
import vn.cchc.report.report.doc.Section;
import vn.cchc.report.report.doc.Styles;

/**
 * Turns the templates' output into document sections. One construct per line:
 *
 * <pre>
 * &#64;section portrait|landscape     starts a section
 * &#64;columns 42 … &#64;next … &#64;end    two borderless columns, the left 42% wide
 * &#64;table widths=1,8,3 header=2 size=12 … &#64;end
 * | a | {c2}b | {r2 L}c |            a table row; {cN} column span, {rN} row span, L/C/R alignment, I italic
 * |! a | b |                         a bold row (header, total)
 * |!> a | b |                        … kept on the page of the next row (a group's heading)
 * &#64;pagebreak
 * ---40                              a rule 40% as long as the paragraph above
 * {title before=18} **BÁO CÁO**      a paragraph in a style, with **bold** and __italic__ runs
 * </pre>
 *
 * A line without a style is body text; an empty line is nothing. A backslash makes the next
 * character literal ("\n" is a line break), which is how {@link MarkupOutputFormat} escapes data.
 */
public final class MarkupParser {
  private static final Map<String, Style> STYLES = Map.ofEntries(
      Map.entry("body", Styles.BODY),
      Map.entry("heading", Styles.HEADING),
      Map.entry("header", Styles.HEADER_LINE),
      Map.entry("title", Styles.TITLE),
      Map.entry("kinh-gui", Styles.KINH_GUI),
      Map.entry("recipients", Styles.RECIPIENTS),
      Map.entry("signature", Styles.SIGNATURE),
      Map.entry("appendix", Styles.APPENDIX_TITLE),
      Map.entry("unit-line", Styles.UNIT_LINE));

  /** A line the parser cannot read: a template error, reported with the template's line. */
  public static final class MarkupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MarkupException(int line, String message) {
      super("dòng " + line + " của văn bản sinh từ mẫu: " + message);
    }
  }

  private final List<Section> sections = new ArrayList<>();
  private Section.Margins margins;
  private boolean landscape;
  private List<Block> blocks;
  private List<Block> left;
  private List<Block> right;
  private double leftShare;
  private TableBuilder table;
  private int lineNumber;

  private MarkupParser(Section.Margins margins) {
    this.margins = margins;
  }

  /** Parses the whole text into sections with the given margins. */
  public static List<Section> parse(String markup, Section.Margins margins) {
    MarkupParser parser = new MarkupParser(margins);
    for (String line : markup.split("\n", -1)) {
      parser.lineNumber++;
      parser.line(line.stripTrailing());
    }
    parser.closeSection();
    return parser.sections;
  }

  private void line(String line) {
    String trimmed = line.strip();
    if (table != null) {
      if (trimmed.equals("@end")) {
        try {
          target().add(table.build());
        } catch (IllegalArgumentException e) {
          throw new MarkupException(lineNumber, e.getMessage());
        }
        table = null;
      } else if (trimmed.startsWith("|")) {
        table.row(trimmed);
      } else if (!trimmed.isEmpty()) {
        throw new MarkupException(lineNumber, "trong bảng chỉ có dòng bắt đầu bằng | hoặc @end: " + trimmed);
      }
      return;
    }
    if (trimmed.isEmpty()) return;
    if (trimmed.startsWith("@section")) {
      closeSection();
      landscape = trimmed.contains("landscape");
      blocks = new ArrayList<>();
    } else if (trimmed.startsWith("@columns")) {
      leftShare = Double.parseDouble(trimmed.substring("@columns".length()).strip()) / 100;
      left = new ArrayList<>();
    } else if (trimmed.equals("@next")) {
      requireColumns();
      right = new ArrayList<>();
    } else if (trimmed.equals("@end")) {
      requireColumns();
      requireSection().add(new Block.Columns(leftShare, left, right == null ? List.of() : right));
      left = null;
      right = null;
    } else if (trimmed.startsWith("@table")) {
      table = TableBuilder.of(options(trimmed.substring("@table".length())), lineNumber);
    } else if (trimmed.equals("@pagebreak")) {
      target().add(new Block.PageBreak());
    } else if (trimmed.matches("---\\d{1,3}")) {
      // No space after a rule: the next paragraph brings its own (Word adds both, LibreOffice keeps the larger).
      target().add(new Block.Rule(Integer.parseInt(trimmed.substring(3)) / 100.0, 0));
    } else {
      target().add(paragraph(trimmed));
    }
  }

  private void requireColumns() {
    if (left == null) throw new MarkupException(lineNumber, "@next hoặc @end mà chưa có @columns");
  }

  private List<Block> requireSection() {
    if (blocks == null) throw new MarkupException(lineNumber, "nội dung trước @section");
    return blocks;
  }

  private List<Block> target() {
    if (right != null) return right;
    if (left != null) return left;
    return requireSection();
  }

  private void closeSection() {
    if (blocks == null) return;
    if (left != null || table != null) throw new MarkupException(lineNumber, "thiếu @end trước khi hết phần");
    sections.add(new Section(landscape, margins, blocks));
    blocks = null;
  }

  private Paragraph paragraph(String line) {
    Style style = Styles.BODY;
    String text = line;
    if (line.startsWith("{")) {
      int close = line.indexOf('}');
      if (close < 0) throw new MarkupException(lineNumber, "thiếu } sau kiểu đoạn: " + line);
      style = style(line.substring(1, close));
      text = line.substring(close + 1).strip();
    }
    return new Paragraph(runs(text), style);
  }

  /** A number option of a paragraph style, within its range (size in pt, before/after in pt, indent in cm). */
  private double number(Map<String, String> options, String key, double min, double max) {
    String text = options.get(key);
    double value;
    try {
      value = Double.parseDouble(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!(value >= min && value <= max)) {
      throw new MarkupException(lineNumber, key + "=" + text + " không hợp lệ: cần một số từ " + format(min) + " đến " + format(max)
          + (key.equals("indent") ? " (cm)" : " (pt)"));
    }
    return value;
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString(Math.round(value)) : Double.toString(value).replace('.', ',');
  }

  private Style style(String spec) {
    String[] words = spec.strip().split("\\s+");
    Style style = STYLES.get(words[0]);
    if (style == null) throw new MarkupException(lineNumber, "không có kiểu đoạn \"" + words[0] + "\"; các kiểu: " + STYLES.keySet());
    Map<String, String> options = options(spec.substring(words[0].length()));
    if (options.containsKey("size")) style = style.withSize(number(options, "size", 6, 72));
    if (options.containsKey("align")) {
      String align = options.get("align").toUpperCase(java.util.Locale.ROOT);
      if (java.util.Arrays.stream(Align.values()).noneMatch(a -> a.name().equals(align))) {
        throw new MarkupException(lineNumber, "align=" + options.get("align") + " không hợp lệ: dùng left, center, right hoặc justify");
      }
      style = style.withAlign(Align.valueOf(align));
    }
    if (options.containsKey("before") || options.containsKey("after")) {
      style = style.withSpace(options.containsKey("before") ? number(options, "before", 0, 200) : style.spaceBefore(),
          options.containsKey("after") ? number(options, "after", 0, 200) : style.spaceAfter());
    }
    if (options.containsKey("indent")) {
      style = new Style(style.align(), style.size(), number(options, "indent", 0, 10), style.spaceBefore(),
          style.spaceAfter(), style.lineSpacing(), style.keepWithNext());
    }
    if (options.containsKey("keep")) style = style.keptWithNext();
    return style;
  }

  static Map<String, String> options(String text) {
    Map<String, String> options = new HashMap<>();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) continue;
      int eq = word.indexOf('=');
      if (eq < 0) options.put(word, "");
      else options.put(word.substring(0, eq), word.substring(eq + 1));
    }
    return options;
  }

  /** Splits "**bold** and __italic__" into runs, resolving backslash escapes. */
  static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean bold = false;
    boolean italic = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        current.append(next == 'n' ? '\n' : next);
      } else if ((c == '*' || c == '_') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        if (current.length() > 0) runs.add(new Run(current.toString(), bold, italic, 0));
        current.setLength(0);
        if (c == '*') bold = !bold;
        else italic = !italic;
        i++;
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0 || runs.isEmpty()) runs.add(new Run(current.toString(), bold, italic, 0));
    return runs;
  }

  /** Collects a table's rows. */
  private static final class TableBuilder {
    private final List<Double> widths = new ArrayList<>();
    private final int headerRows;
    private final double size;
    private final List<Row> rows = new ArrayList<>();

    private TableBuilder(List<Double> widths, int headerRows, double size) {
      this.widths.addAll(widths);
      this.headerRows = headerRows;
      this.size = size;
    }

    static TableBuilder of(Map<String, String> options, int line) {
      if (!options.containsKey("widths")) throw new MarkupException(line, "@table cần widths=…");
      List<Double> widths = new ArrayList<>();
      for (String w : options.get("widths").split(",")) widths.add(Double.parseDouble(w));
      return new TableBuilder(widths, Integer.parseInt(options.getOrDefault("header", "1")),
          Double.parseDouble(options.getOrDefault("size", "12")));
    }

    void row(String line) {
      String body = line.substring(1);
      boolean bold = false;
      boolean keep = false;
      while (body.startsWith("!") || body.startsWith(">")) {
        bold |= body.startsWith("!");
        keep |= body.startsWith(">");
        body = body.substring(1);
      }
      if (body.endsWith("|") && !body.endsWith("\\|")) body = body.substring(0, body.length() - 1);
      List<Cell> cells = new ArrayList<>();
      for (String raw : splitCells(body)) cells.add(cell(raw.strip()));
      rows.add(new Row(cells, bold, keep));
    }

    private static List<String> splitCells(String body) {
      List<String> cells = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '\\' && i + 1 < body.length()) {
          current.append(c).append(body.charAt(++i));
        } else if (c == '|') {
          cells.add(current.toString());
          current.setLength(0);
        } else {
          current.append(c);
        }
      }
      cells.add(current.toString());
      return cells;
    }

    private static Cell cell(String raw) {
      int colSpan = 1;
      int rowSpan = 1;
      Align align = Align.LEFT;
      boolean italic = false;
      String text = raw;
      if (raw.startsWith("{")) {
        int close = raw.indexOf('}');
        for (String option : raw.substring(1, close).strip().split("\\s+")) {
          if (option.matches("c\\d+")) colSpan = Integer.parseInt(option.substring(1));
          else if (option.matches("r\\d+")) rowSpan = Integer.parseInt(option.substring(1));
          else if (option.equals("C")) align = Align.CENTER;
          else if (option.equals("R")) align = Align.RIGHT;
          else if (option.equals("L")) align = Align.LEFT;
          else if (option.equals("I")) italic = true;
        }
        text = raw.substring(close + 1).strip();
      }
      StringBuilder plain = new StringBuilder();
      runs(text).forEach(r -> plain.append(r.text()));
      return new Cell(plain.toString(), align, colSpan, rowSpan, italic);
    }

    Block.Table build() {
      return new Block.Table(widths, headerRows, rows, size);
    }
  }
}
