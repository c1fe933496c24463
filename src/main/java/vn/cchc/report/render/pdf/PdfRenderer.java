package vn.cchc.report.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import vn.cchc.report.render.DocumentRenderer;
import vn.cchc.report.render.FontFaces;
import vn.cchc.report.render.page.Page;
import vn.cchc.report.render.page.Paginator;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;

/**
 * The document as PDF with OpenPDF: the pages as {@link Paginator} lays them out (as Word and
 * LibreOffice lay out the same DOCX: A4, landscape sections as a real 842 × 595 page, page numbers
 * from each section's second page), painted by {@link PagePainter} in Liberation Serif, embedded.
 */
public final class PdfRenderer implements DocumentRenderer {
  private final FontFaces faces;

  /** Liberation Serif, shipped with the program. */
  public PdfRenderer() {
    this(FontFaces.liberation());
  }

  public PdfRenderer(FontFaces faces) {
    this.faces = faces;
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException, RenderException {
    PdfFonts fonts = new PdfFonts(faces);
    checkGlyphs(document, fonts);
    Paginator paginator = new Paginator(fonts);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      List<Page> pages = new ArrayList<>();
      for (Section section : document.sections()) pages.addAll(paginator.pages(section));
      com.lowagie.text.Document pdf = new com.lowagie.text.Document(size(pages.get(0)), 0, 0, 0, 0);
      PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
      pdf.addTitle(document.title());
      pdf.addAuthor(document.author());
      pdf.addCreator("cchc-report");
      PdfDate date = new PdfDate(calendar(document));
      pdf.addCreationDate(date);
      pdf.addModificationDate(date);
      pdf.open();
      PagePainter painter = new PagePainter(writer, fonts);
      for (int i = 0; i < pages.size(); i++) {
        if (i > 0) {
          pdf.setPageSize(size(pages.get(i)));
          pdf.newPage();
        }
        writer.setPageEmpty(false); // a page exists even with nothing on it
        painter.paint(pages.get(i));
      }
      // OpenPDF stamps the creation date when the document opens; the file's dates are the report's.
      writer.getInfo().put(com.lowagie.text.pdf.PdfName.CREATIONDATE, date);
      writer.getInfo().put(com.lowagie.text.pdf.PdfName.MODDATE, date);
      pdf.close();
    } catch (Paginator.LayoutException e) {
      throw new RenderException("Không dàn được trang PDF: " + e.getMessage(), e);
    } catch (RuntimeException e) { // DocumentException and whatever else OpenPDF throws
      throw new RenderException("Không dựng được trang PDF: " + e.getMessage(), e);
    }
    out.write(withFixedId(withFixedSubsetPrefixes(buffer.toByteArray())));
  }

  private static Rectangle size(Page page) {
    return new Rectangle(page.width(), page.height());
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
}
