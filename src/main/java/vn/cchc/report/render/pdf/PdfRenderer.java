package vn.cchc.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import vn.cchc.report.render.DocumentRenderer;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;

/**
 * Lays the document out as PDF with OpenPDF: A4 (landscape sections as a real 842 × 595 page),
 * Liberation Serif embedded, page numbers centred in the top margin from each section's second
 * page, table header rows repeated and rows kept whole. Single line spacing is 1.13 × the font
 * size, matched against LibreOffice laying out the same document as DOCX.
 */
public final class PdfRenderer implements DocumentRenderer {
  private static final float MM = 72f / 25.4f;
  private static final Rectangle PORTRAIT = new Rectangle(595.28f, 841.89f);
  private static final Rectangle LANDSCAPE = new Rectangle(841.89f, 595.28f);
  /** One single-spaced line in units of the font size: Liberation Serif's ascent + descent + line gap, as Word and LibreOffice take it. */
  static final float SINGLE_LINE = 1.149f;
  private static final float NUMBER_SIZE = 14;
  /** The page number's baseline under the page's top edge (pt): where LibreOffice sets the DOCX header line, 10 mm down. */
  private static final float NUMBER_BASELINE = 37.9f;
  /** Cell padding above and below the text (pt): rows as tall as LibreOffice makes the DOCX's, and room above for stacked Vietnamese accents. */
  private static final float CELL_PADDING_TOP = 3f;
  private static final float CELL_PADDING_BOTTOM = 4.5f;
  /**
   * The rule's paragraph: the text below starts this far (pt) under the baseline above, as in the
   * DOCX, whose rule is the bottom border of a 4 pt paragraph under the line box.
   */
  static final float RULE_LEADING = 4.6f;
  /** The rule itself is drawn this far (pt) under its paragraph's baseline, where the DOCX border lies. */
  static final float RULE_DROP = 3.3f;
  /**
   * Where the first line of a page sits: OpenPDF puts its baseline one leading under the margin,
   * Word and LibreOffice its ascent (this share of the size).
   */
  static final float FIRST_LINE_ASCENT = 0.664f;
  /** Room for the descenders of the line above a table (pt). */
  static final float DESCENT_ROOM = 4f;

  private final List<Path> timesFiles;

  /** Liberation Serif, shipped with the program. */
  public PdfRenderer() {
    this(List.of());
  }

  /** @param timesFiles the office's Times New Roman TTF files: regular, bold, italic, bold italic; empty for Liberation Serif */
  public PdfRenderer(List<Path> timesFiles) {
    if (!timesFiles.isEmpty() && timesFiles.size() != 4) throw new IllegalArgumentException("four faces expected: " + timesFiles);
    this.timesFiles = List.copyOf(timesFiles);
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException, RenderException {
    PdfFonts fonts = new PdfFonts(timesFiles);
    checkGlyphs(document, fonts);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Section first = document.sections().get(0);
    com.lowagie.text.Document pdf = new com.lowagie.text.Document(page(first));
    margins(pdf, first);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
      PageNumbers numbers = new PageNumbers(fonts);
      writer.setPageEvent(numbers);
      pdf.addTitle(document.title());
      pdf.addAuthor(document.author());
      pdf.addCreator("cchc-report");
      PdfDate date = new PdfDate(calendar(document));
      pdf.addCreationDate(date);
      pdf.addModificationDate(date);
      pdf.open();
      boolean firstSection = true;
      for (Section section : document.sections()) {
        if (!firstSection) {
          pdf.setPageSize(page(section));
          margins(pdf, section);
          pdf.newPage();
        }
        numbers.startSection(writer.getPageNumber() + (firstSection ? 0 : 0));
        firstSection = false;
        new SectionWriter(pdf, fonts, textWidth(section)).write(section.blocks());
      }
      // OpenPDF stamps the creation date when the document opens; the file's dates are the report's.
      writer.getInfo().put(com.lowagie.text.pdf.PdfName.CREATIONDATE, date);
      writer.getInfo().put(com.lowagie.text.pdf.PdfName.MODDATE, date);
      pdf.close();
    } catch (DocumentException e) {
      throw new RenderException("Không dựng được trang PDF: " + e.getMessage(), e);
    }
    out.write(withFixedId(withFixedSubsetPrefixes(buffer.toByteArray())));
  }

  private static Rectangle page(Section section) {
    return section.landscape() ? LANDSCAPE : PORTRAIT;
  }

  private static void margins(com.lowagie.text.Document pdf, Section section) {
    Section.Margins m = section.margins();
    pdf.setMargins((float) m.left() * MM, (float) m.right() * MM, (float) m.top() * MM, (float) m.bottom() * MM);
  }

  static float textWidth(Section section) {
    Section.Margins m = section.margins();
    return page(section).getWidth() - (float) (m.left() + m.right()) * MM;
  }

  private static Calendar calendar(Document document) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.clear();
    calendar.set(document.date().getYear(), document.date().getMonthValue() - 1, document.date().getDayOfMonth());
    return calendar;
  }

  /** NĐ 30: no letter may be dropped; a character the font lacks stops the rendering with its name. */
  private static void checkGlyphs(Document document, PdfFonts fonts) throws RenderException {
    StringBuilder all = new StringBuilder();
    for (Section section : document.sections()) collectText(section.blocks(), all);
    String text = Normalizer.normalize(all, Normalizer.Form.NFC);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\t') continue;
      if (!fonts.face(false, false).charExists(cp) || !fonts.face(true, false).charExists(cp)) {
        throw new RenderException("Phông chữ không có ký tự \"" + new String(Character.toChars(cp)) + "\" (U+"
            + String.format("%04X", cp) + "). Hãy sửa dữ liệu có ký tự này hoặc cấu hình phông Times New Roman của văn phòng.");
      }
    }
  }

  private static void collectText(List<Block> blocks, StringBuilder all) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) all.append(p.text());
      else if (block instanceof Block.Columns c) {
        collectText(c.left(), all);
        collectText(c.right(), all);
      } else if (block instanceof Block.Table t) {
        t.rows().forEach(r -> r.cells().forEach(cell -> all.append(cell.text())));
      }
    }
  }

  private static final java.util.regex.Pattern SUBSET_PREFIX = java.util.regex.Pattern.compile("/([A-Z]{6})\\+");

  /**
   * OpenPDF names each embedded font subset with a random six-letter prefix ("WBOYDX+LiberationSerif");
   * give them fixed ones in order of appearance, same length, so no offset moves.
   */
  static byte[] withFixedSubsetPrefixes(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    java.util.Map<String, String> fixed = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher m = SUBSET_PREFIX.matcher(text);
    byte[] copy = pdf.clone();
    while (m.find()) {
      String prefix = fixed.computeIfAbsent(m.group(1), k -> {
        int n = fixed.size();
        return "CCHC" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
      });
      for (int i = 0; i < 6; i++) copy[m.start(1) + i] = (byte) prefix.charAt(i);
    }
    return copy;
  }

  /**
   * OpenPDF writes a random file /ID; replace it by a digest of the file, so identical documents
   * give identical bytes. The hex strings keep their length, so no offset moves.
   */
  static byte[] withFixedId(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("/ID [<");
    if (at < 0) return pdf;
    int start = at + "/ID [<".length();
    int mid = text.indexOf("><", start);
    int end = text.indexOf(">]", mid);
    if (mid < 0 || end < 0) return pdf;
    byte[] copy = pdf.clone();
    for (int i = start; i < end; i++) if (copy[i] != '<' && copy[i] != '>') copy[i] = '0';
    String id;
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(copy);
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) hex.append(String.format("%02x", b));
      id = hex.toString();
    } catch (NoSuchAlgorithmException e) {
      return pdf;
    }
    fill(copy, start, mid, id);
    fill(copy, mid + 2, end, id);
    return copy;
  }

  private static void fill(byte[] target, int from, int to, String hex) {
    for (int i = from, j = 0; i < to; i++, j++) target[i] = (byte) hex.charAt(j % hex.length());
  }

  /** Prints "2", "3" … centred in the top margin; nothing on a section's first page. */
  private static final class PageNumbers extends PdfPageEventHelper {
    private final PdfFonts fonts;
    private int sectionStart = 1;

    PageNumbers(PdfFonts fonts) {
      this.fonts = fonts;
    }

    void startSection(int currentPage) {
      sectionStart = Math.max(currentPage, 1);
    }

    @Override
    public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
      int number = writer.getPageNumber() - sectionStart + 1;
      if (number < 2) return;
      Rectangle page = document.getPageSize();
      PdfContentByte canvas = writer.getDirectContent();
      String text = Integer.toString(number);
      float width = fonts.width(text, false, false, NUMBER_SIZE);
      canvas.beginText();
      canvas.setFontAndSize(fonts.face(false, false), NUMBER_SIZE);
      canvas.setColorFill(Color.BLACK);
      float x = document.left() + (document.right() - document.left() - width) / 2;
      canvas.setTextMatrix(x, page.getHeight() - NUMBER_BASELINE);
      canvas.showText(text);
      canvas.endText();
    }
  }

  /** Adds one section's blocks to the document. */
  private static final class SectionWriter {
    private final com.lowagie.text.Document pdf;
    private final PdfFonts fonts;
    private final float width;

    SectionWriter(com.lowagie.text.Document pdf, PdfFonts fonts, float width) {
      this.pdf = pdf;
      this.fonts = fonts;
      this.width = width;
    }

    void write(List<Block> blocks) throws DocumentException {
      List<Element> elements = elements(blocks, width);
      // A section opening with a one-line paragraph ("Phụ lục I"): that line sits on the margin as in the DOCX.
      if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p && elements.get(0) instanceof com.lowagie.text.Paragraph first
          && widestLine(p) + p.style().firstLineIndent() * 10 * MM <= width && p.runs().stream().noneMatch(r -> r.text().contains("\n"))) {
        first.setLeading(FIRST_LINE_ASCENT * (float) p.style().size(), 0);
      }
      for (Element element : elements) pdf.add(element);
    }

    private List<Element> elements(List<Block> blocks, float columnWidth) {
      List<Element> elements = new java.util.ArrayList<>();
      Block.Paragraph previous = null;
      for (Block block : blocks) {
        if (block instanceof Block.Paragraph p) {
          elements.add(paragraph(p));
          previous = p;
        } else if (block instanceof Block.Rule r) {
          elements.add(rule(r, previous, columnWidth));
        } else if (block instanceof Block.Columns c) {
          elements.add(columns(c, columnWidth));
        } else if (block instanceof Block.Table t) {
          elements.add(table(t));
        } else if (block instanceof Block.PageBreak) {
          elements.add(Chunk.NEXTPAGE);
        }
      }
      return elements;
    }

    private com.lowagie.text.Paragraph paragraph(Block.Paragraph p) {
      Block.Style s = p.style();
      com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph();
      paragraph.setFont(fonts.font(false, false, s.size()));
      for (Block.Run run : p.runs()) {
        double size = run.size() > 0 ? run.size() : s.size();
        paragraph.add(new Chunk(Normalizer.normalize(run.text(), Normalizer.Form.NFC), fonts.font(run.bold(), run.italic(), size)));
      }
      paragraph.setLeading(0, (float) (SINGLE_LINE * s.lineSpacing()));
      paragraph.setAlignment(align(s.align()));
      paragraph.setFirstLineIndent((float) (s.firstLineIndent() * 10 * MM));
      // Word and LibreOffice put the extra room of a line spacing above 1 under each line, OpenPDF
      // above it: the paragraph moves up by that room and gives it back after its last line.
      float extra = (float) (SINGLE_LINE * (s.lineSpacing() - 1) * s.size());
      paragraph.setSpacingBefore((float) s.spaceBefore() - extra);
      paragraph.setSpacingAfter((float) s.spaceAfter() + extra);
      return paragraph;
    }

    private com.lowagie.text.Paragraph rule(Block.Rule rule, Block.Paragraph above, float columnWidth) {
      float textWidth = above == null ? columnWidth : Math.min(widestLine(above), columnWidth);
      float percent = Math.min(100f, textWidth * (float) rule.fraction() / columnWidth * 100f);
      com.lowagie.text.Paragraph line = new com.lowagie.text.Paragraph("", fonts.font(false, false, 4));
      Chunk separator = new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, -RULE_DROP));
      separator.setFont(fonts.font(false, false, 4));
      line.add(separator);
      line.setLeading(RULE_LEADING);
      line.setSpacingAfter((float) rule.spaceAfter());
      return line;
    }

    private float widestLine(Block.Paragraph p) {
      float widest = 0;
      float current = 0;
      for (Block.Run run : p.runs()) {
        double size = run.size() > 0 ? run.size() : p.style().size();
        String[] lines = run.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            widest = Math.max(widest, current);
            current = 0;
          }
          current += fonts.width(lines[i], run.bold(), run.italic(), size);
        }
      }
      return Math.max(widest, current);
    }

    private PdfPTable columns(Block.Columns c, float columnWidth) {
      PdfPTable table = new PdfPTable(2);
      table.setWidthPercentage(100);
      float left = (float) c.leftShare();
      try {
        table.setWidths(new float[] {left, 1 - left});
      } catch (DocumentException e) {
        throw new IllegalStateException(e);
      }
      table.setSplitLate(true);
      table.setKeepTogether(true);
      // A table starts at the baseline of the line above and a cell ignores its first paragraph's
      // space before: give the table that space, plus room for the descenders above it.
      table.setSpacingBefore(DESCENT_ROOM + (float) Math.max(spaceBefore(c.left()), spaceBefore(c.right())));
      table.addCell(columnCell(c.left(), columnWidth * left));
      table.addCell(columnCell(c.right(), columnWidth * (1 - left)));
      return table;
    }

    private static double spaceBefore(List<Block> blocks) {
      return !blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p ? p.style().spaceBefore() : 0;
    }

    private PdfPCell columnCell(List<Block> blocks, float cellWidth) {
      PdfPCell cell = new PdfPCell();
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      cell.setUseAscender(true);
      for (Element element : elements(blocks, cellWidth)) cell.addElement(element);
      return cell;
    }

    private PdfPTable table(Block.Table t) {
      PdfPTable table = new PdfPTable(t.widths().size());
      table.setWidthPercentage(100);
      float[] widths = new float[t.widths().size()];
      for (int i = 0; i < widths.length; i++) widths[i] = t.widths().get(i).floatValue();
      try {
        table.setWidths(widths);
      } catch (DocumentException e) {
        throw new IllegalStateException(e);
      }
      table.setHeaderRows(t.headerRows());
      table.setSplitLate(true);
      table.setSplitRows(true);
      table.setSpacingBefore(DESCENT_ROOM + 2);
      for (Block.Row row : t.rows()) {
        for (Block.Cell c : row.cells()) {
          String text = Normalizer.normalize(c.text(), Normalizer.Form.NFC);
          Phrase phrase = new Phrase(text, fonts.font(row.bold(), c.italic(), t.size()));
          PdfPCell cell = new PdfPCell(phrase);
          cell.setColspan(c.colSpan());
          cell.setRowspan(c.rowSpan());
          cell.setHorizontalAlignment(align(c.align()));
          cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
          cell.setBorderWidth(0.5f);
          cell.setPaddingTop(CELL_PADDING_TOP);
          cell.setPaddingBottom(CELL_PADDING_BOTTOM);
          // Word's default cell margins in our tables: 50 twips = 2.5 pt left and right.
          cell.setPaddingLeft(2.5f);
          cell.setPaddingRight(2.5f);
          cell.setLeading(0, SINGLE_LINE);
          cell.setUseAscender(true);
          table.addCell(cell);
        }
      }
      return table;
    }

    private static int align(Block.Align align) {
      return switch (align) {
        case LEFT -> Element.ALIGN_LEFT;
        case CENTER -> Element.ALIGN_CENTER;
        case RIGHT -> Element.ALIGN_RIGHT;
        case JUSTIFY -> Element.ALIGN_JUSTIFIED;
      };
    }
  }
}
