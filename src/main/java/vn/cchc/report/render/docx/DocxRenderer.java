package vn.cchc.report.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.cchc.report.render.DocumentRenderer;
import vn.cchc.report.render.FontFaces;
import vn.cchc.report.render.Twips;
import vn.cchc.report.render.Zips;
import vn.cchc.report.render.Typography;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;

/**
 * Lays the document out as DOCX with Apache POI: Times New Roman everywhere (every rFonts slot and
 * the document defaults), A4 sections with their own sectPr (titlePg, page numbers restarting at 1,
 * an empty first-page header and a centred PAGE field), repeated table header rows and rows that
 * never split. Rules are measured with the PDF font's metrics (Liberation Serif is metric-compatible
 * with Times New Roman), so both formats draw them the same length.
 */
public final class DocxRenderer implements DocumentRenderer {

  private final FontFaces fonts;

  /** Liberation Serif's metrics. */
  public DocxRenderer() {
    this(FontFaces.liberation());
  }

  /** @param fonts the report font, for measuring rules */
  public DocxRenderer(FontFaces fonts) {
    this.fonts = fonts;
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException, RenderException {
    TextMeasure measure = new TextMeasure(fonts);
    try (XWPFDocument docx = new XWPFDocument()) {
      defaults(docx, tableSizes(document));
      properties(docx, document);
      XWPFHeader first = docx.createHeader(HeaderFooterType.FIRST);
      first.createParagraph();
      XWPFHeader numbered = docx.createHeader(HeaderFooterType.DEFAULT);
      pageNumber(numbered.createParagraph());
      List<Section> sections = document.sections();
      for (int i = 0; i < sections.size(); i++) {
        Section section = sections.get(i);
        Body body = new Body(docx, measure);
        body.write(section.blocks(), Twips.textWidth(section));
        XWPFParagraph last = body.endWithParagraph();
        CTSectPr sectPr = i == sections.size() - 1
            ? docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr() : docx.getDocument().getBody().addNewSectPr()
            : last.getCTP().isSetPPr() && last.getCTP().getPPr().isSetSectPr() ? last.getCTP().getPPr().getSectPr()
                : (last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr()).addNewSectPr();
        sectionProperties(sectPr, section, docx.getRelationId(first), docx.getRelationId(numbered));
      }
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      docx.write(buffer);
      out.write(Zips.withFixedTimes(buffer.toByteArray(), document.date()));
    }
  }

  /** The font sizes of the document's tables, each of which gets a cell paragraph style. */
  private static java.util.SortedSet<Double> tableSizes(Document document) {
    java.util.SortedSet<Double> sizes = new java.util.TreeSet<>();
    for (Section section : document.sections()) tableSizes(section.blocks(), sizes);
    return sizes;
  }

  private static void tableSizes(List<Block> blocks, java.util.SortedSet<Double> sizes) {
    for (Block block : blocks) {
      if (block instanceof Block.Table t) sizes.add(t.size());
      else if (block instanceof Block.Columns c) {
        tableSizes(c.left(), sizes);
        tableSizes(c.right(), sizes);
      }
    }
  }

  /** The style of the paragraphs in the cells of a table of this font size. */
  static String cellStyle(double size) {
    return "OBang" + Math.round(size * 2);
  }

  /** Times New Roman and 14 pt in docDefaults and Normal, so no run falls back to Calibri. */
  private static void defaults(XWPFDocument docx, java.util.SortedSet<Double> tableSizes) {
    // A justified line ending in a line break inside a data value stays unstretched, as in the PDF.
    // (poi-ooxml-lite has no CTCompat: the element is written with a cursor into the empty settings.)
    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    try (org.apache.xmlbeans.XmlCursor cursor = docx.getSettings().getCTSettings().newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new javax.xml.namespace.QName(w, "compat", "w"));
      cursor.insertElement(new javax.xml.namespace.QName(w, "doNotExpandShiftReturn", "w"));
    }
    var ctStyles = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
    var rPr = ctStyles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts(rPr.addNewRFonts());
    rPr.addNewSz().setVal(BigInteger.valueOf(Typography.halfPoints(Typography.TEXT_SIZE)));
    rPr.addNewSzCs().setVal(BigInteger.valueOf(Typography.halfPoints(Typography.TEXT_SIZE)));
    rPr.addNewColor().setVal("000000");
    rPr.addNewLang().setVal("vi-VN");
    var pPrDefault = ctStyles.getDocDefaults().addNewPPrDefault().addNewPPr();
    var spacing = pPrDefault.addNewSpacing();
    spacing.setAfter(BigInteger.ZERO);
    spacing.setBefore(BigInteger.ZERO);
    // Widow and orphan control, as Word's own Normal style has it; the PDF's paginator applies the same.
    pPrDefault.addNewWidowControl().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
    var normal = ctStyles.addNewStyle();
    normal.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
    normal.setStyleId("Normal");
    normal.setDefault(true);
    normal.addNewName().setVal("Normal");
    fonts(normal.addNewRPr().addNewRFonts());
    normal.addNewPPr().addNewWidowControl().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
    // Cell paragraphs: 1 pt before and after, single spacing, and the mark in the table's size (an
    // empty cell is as tall as a line of the table, not of 14 pt). One style instead of the same
    // properties in each of a long appendix's cells.
    for (double size : tableSizes) {
      var cell = ctStyles.addNewStyle();
      cell.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
      cell.setStyleId(cellStyle(size));
      cell.addNewName().setVal("Chữ trong bảng " + (size == Math.rint(size) ? Long.toString(Math.round(size)) : Double.toString(size).replace('.', ',')) + " pt");
      cell.addNewBasedOn().setVal("Normal");
      var cellSpacing = cell.addNewPPr().addNewSpacing();
      cellSpacing.setBefore(BigInteger.valueOf(Twips.fromPoints(Typography.CELL_SPACE)));
      cellSpacing.setAfter(BigInteger.valueOf(Twips.fromPoints(Typography.CELL_SPACE)));
      cellSpacing.setLine(BigInteger.valueOf(240));
      cellSpacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
      var cellRPr = cell.addNewRPr();
      BigInteger halfPoints = BigInteger.valueOf(Math.round(size * 2));
      cellRPr.addNewSz().setVal(halfPoints);
      cellRPr.addNewSzCs().setVal(halfPoints);
    }
    docx.createStyles().setStyles(ctStyles);
  }

  private static void properties(XWPFDocument docx, Document document) {
    var core = docx.getProperties().getCoreProperties();
    core.setTitle(document.title());
    core.setCreator(document.author());
    core.setLastModifiedByUser(document.author());
    Date date = Date.from(document.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
  }

  private static void pageNumber(XWPFParagraph paragraph) {
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    var ctp = paragraph.getCTP();
    var field = ctp.addNewFldSimple();
    field.setInstr(" PAGE ");
    var run = field.addNewR();
    var rPr = run.addNewRPr();
    fonts(rPr.addNewRFonts());
    rPr.addNewSz().setVal(BigInteger.valueOf(Typography.halfPoints(Typography.PAGE_NUMBER_SIZE)));
    rPr.addNewSzCs().setVal(BigInteger.valueOf(Typography.halfPoints(Typography.PAGE_NUMBER_SIZE)));
    run.addNewT().setStringValue("2");
  }

  static void fonts(CTFonts fonts) {
    fonts.setAscii(Typography.FONT);
    fonts.setHAnsi(Typography.FONT);
    fonts.setCs(Typography.FONT);
    fonts.setEastAsia(Typography.FONT);
  }

  /** Page size, margins, a number restart, no number on the section's first page (titlePg + empty first header). */
  private static void sectionProperties(CTSectPr sectPr, Section section, String firstHeaderId, String defaultHeaderId) {
    sectPr.setHeaderReferenceArray(new CTHdrFtrRef[0]);
    CTHdrFtrRef defaultRef = sectPr.addNewHeaderReference();
    defaultRef.setType(STHdrFtr.DEFAULT);
    defaultRef.setId(defaultHeaderId);
    CTHdrFtrRef firstRef = sectPr.addNewHeaderReference();
    firstRef.setType(STHdrFtr.FIRST);
    firstRef.setId(firstHeaderId);
    CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
    size.setW(BigInteger.valueOf(Twips.pageWidth(section)));
    size.setH(BigInteger.valueOf(Twips.pageHeight(section)));
    size.setOrient(section.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
    Section.Margins m = section.margins();
    margins.setTop(BigInteger.valueOf(Twips.of(m.top())));
    margins.setBottom(BigInteger.valueOf(Twips.of(m.bottom())));
    margins.setLeft(BigInteger.valueOf(Twips.of(m.left())));
    margins.setRight(BigInteger.valueOf(Twips.of(m.right())));
    margins.setHeader(BigInteger.valueOf(Twips.fromPoints(Typography.HEADER_DISTANCE)));
    margins.setFooter(BigInteger.valueOf(Twips.fromPoints(Typography.HEADER_DISTANCE)));
    margins.setGutter(BigInteger.ZERO);
    (sectPr.isSetPgNumType() ? sectPr.getPgNumType() : sectPr.addNewPgNumType()).setStart(BigInteger.ONE);
    if (!sectPr.isSetTitlePg()) sectPr.addNewTitlePg();
  }

  /** Writes blocks into the document body or into a table cell. */
  private static final class Body {
    private final XWPFDocument docx;
    private final TextMeasure measure;
    private final XWPFTableCell cell;
    private boolean cellHasFirstParagraph;
    private Object lastElement;

    Body(XWPFDocument docx, TextMeasure measure) {
      this(docx, measure, null);
    }

    private Body(XWPFDocument docx, TextMeasure measure, XWPFTableCell cell) {
      this.docx = docx;
      this.measure = measure;
      this.cell = cell;
    }

    XWPFParagraph newParagraph() {
      XWPFParagraph paragraph;
      if (cell == null) paragraph = docx.createParagraph();
      else if (!cellHasFirstParagraph) {
        paragraph = cell.getParagraphs().get(0);
        cellHasFirstParagraph = true;
      } else paragraph = cell.addParagraph();
      lastElement = paragraph;
      return paragraph;
    }

    /** LibreOffice keeps a landscape last section portrait when the body ends with a table: end with a paragraph. */
    XWPFParagraph endWithParagraph() {
      if (lastElement instanceof XWPFParagraph p) return p;
      XWPFParagraph p = newParagraph();
      p.setSpacingAfter(0);
      p.setSpacingBefore(0);
      // As small as Word allows, so it never pushes a page of its own after a table that ends at the foot.
      p.setSpacingBetween(1, LineSpacingRule.EXACT);
      markSize(p, 1);
      return p;
    }

    void write(List<Block> blocks, int width) {
      Block.Paragraph previous = null;
      for (Block block : blocks) {
        if (block instanceof Block.Paragraph p) {
          paragraph(p);
          previous = p;
        } else if (block instanceof Block.Rule r) {
          rule(r, previous, width);
        } else if (block instanceof Block.Columns c) {
          columns(c, width);
        } else if (block instanceof Block.Table t) {
          table(t, width);
        } else if (block instanceof Block.PageBreak) {
          newParagraph().setPageBreak(true);
        }
      }
    }

    private void paragraph(Block.Paragraph p) {
      Block.Style s = p.style();
      XWPFParagraph paragraph = newParagraph();
      paragraph.setAlignment(alignment(s.align()));
      if (s.firstLineIndent() > 0) paragraph.setIndentationFirstLine(Twips.of(s.firstLineIndent() * 10));
      paragraph.setSpacingBefore(Twips.fromPoints(s.spaceBefore()));
      paragraph.setSpacingAfter(Twips.fromPoints(s.spaceAfter()));
      paragraph.setSpacingBetween(s.lineSpacing(), LineSpacingRule.AUTO);
      if (s.keepWithNext()) ensurePPr(paragraph).addNewKeepNext();
      markSize(paragraph, s.size());
      for (Block.Run run : p.runs()) runs(paragraph, run, run.size() > 0 ? run.size() : s.size());
    }

    /**
     * The paragraph mark's size: Word and LibreOffice give an empty paragraph (an empty table cell)
     * the height of its mark, which is otherwise the document's default size.
     */
    private static void markSize(XWPFParagraph paragraph, double size) {
      var pPr = ensurePPr(paragraph);
      var rPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
      BigInteger halfPoints = BigInteger.valueOf(Math.round(size * 2));
      (rPr.sizeOfSzArray() > 0 ? rPr.getSzArray(0) : rPr.addNewSz()).setVal(halfPoints);
      (rPr.sizeOfSzCsArray() > 0 ? rPr.getSzCsArray(0) : rPr.addNewSzCs()).setVal(halfPoints);
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr ensurePPr(XWPFParagraph p) {
      return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    static void runs(XWPFParagraph paragraph, Block.Run run, double size) {
      String[] lines = Normalizer.normalize(run.text(), Normalizer.Form.NFC).split("\n", -1);
      XWPFRun r = paragraph.createRun();
      style(r, run.bold(), run.italic(), size);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) r.addBreak();
        r.setText(lines[i], i);
      }
    }

    /** Bold and italic only where set (not bold, not italic and black are the document's defaults); size and font on every run. */
    static void style(XWPFRun r, boolean bold, boolean italic, double size) {
      if (bold) r.setBold(true);
      if (italic) r.setItalic(true);
      r.setFontSize(size);
      var rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
      fonts(rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts());
    }

    /** An empty paragraph whose bottom border, indented to centre it, is the rule. */
    private void rule(Block.Rule rule, Block.Paragraph above, int width) {
      int textWidth = above == null ? width : Math.min(width, Twips.fromPoints(measure.widestLine(above)));
      int length = (int) Math.round(textWidth * rule.fraction());
      int indent = Math.max(0, (width - length) / 2);
      XWPFParagraph paragraph = newParagraph();
      paragraph.setIndentationLeft(indent);
      paragraph.setIndentationRight(indent);
      paragraph.setSpacingBefore(0);
      paragraph.setSpacingAfter(Twips.fromPoints(rule.spaceAfter()));
      paragraph.setSpacingBetween(Typography.RULE_BOX, LineSpacingRule.EXACT);
      paragraph.setBorderBottom(Borders.SINGLE);
      CTBorder border = ensurePPr(paragraph).getPBdr().getBottom();
      border.setSz(BigInteger.valueOf(Typography.eighths(Typography.RULE_WIDTH)));
      border.setSpace(BigInteger.ZERO);
      border.setColor("000000");
      XWPFRun r = paragraph.createRun();
      style(r, false, false, Typography.RULE_RUN_SIZE);
    }

    private XWPFTable newTable(int rows, int columns) {
      XWPFTable table;
      if (cell == null) table = docx.createTable(rows, columns);
      else {
        var ctTbl = cell.getCTTc().addNewTbl();
        table = new XWPFTable(ctTbl, cell, rows, columns);
        cell.insertTable(cell.getTables().size(), table);
      }
      lastElement = table;
      return table;
    }

    private void columns(Block.Columns c, int width) {
      XWPFTable table = newTable(1, 2);
      int left = Twips.leftColumn(width, c.leftShare());
      layout(table, new int[] {left, width - left}, false);
      XWPFTableRow row = table.getRow(0);
      ensureTrPr(row).addNewCantSplit();
      fill(row.getCell(0), c.left(), left);
      fill(row.getCell(1), c.right(), width - left);
    }

    private void fill(XWPFTableCell target, List<Block> blocks, int width) {
      Body inner = new Body(docx, measure, target);
      inner.write(blocks, width);
      // A cell that opens with a table loses the empty paragraph the cell was made with (no blank
      // line above the table); a cell must end with a paragraph (Word refuses the file otherwise).
      if (!inner.cellHasFirstParagraph && !target.getTables().isEmpty()) {
        target.removeParagraph(0);
        inner.cellHasFirstParagraph = true;
      }
      inner.endWithParagraph();
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr ensureTrPr(XWPFTableRow row) {
      return row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
    }

    /** Fixed layout over the given column widths (twips); borders single 0.5 pt or none. */
    private static void layout(XWPFTable table, int[] widths, boolean borders) {
      CTTblPr tblPr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
      int total = 0;
      for (int w : widths) total += w;
      var tblW = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
      tblW.setType(STTblWidth.DXA);
      tblW.setW(BigInteger.valueOf(total));
      (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
      CTTblBorders b = tblPr.isSetTblBorders() ? tblPr.getTblBorders() : tblPr.addNewTblBorders();
      STBorder.Enum kind = borders ? STBorder.SINGLE : STBorder.NIL;
      for (CTBorder side : new CTBorder[] {
          b.isSetTop() ? b.getTop() : b.addNewTop(), b.isSetBottom() ? b.getBottom() : b.addNewBottom(),
          b.isSetLeft() ? b.getLeft() : b.addNewLeft(), b.isSetRight() ? b.getRight() : b.addNewRight(),
          b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV()}) {
        side.setVal(kind);
        if (borders) {
          side.setSz(BigInteger.valueOf(Typography.eighths(Typography.TABLE_BORDER)));
          side.setColor("000000");
          side.setSpace(BigInteger.ZERO);
        }
      }
      var margins = tblPr.isSetTblCellMar() ? tblPr.getTblCellMar() : tblPr.addNewTblCellMar();
      int side = borders ? Twips.fromPoints(Typography.CELL_PADDING_SIDE) : 0;
      (margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft()).setW(BigInteger.valueOf(side));
      margins.getLeft().setType(STTblWidth.DXA);
      (margins.isSetRight() ? margins.getRight() : margins.addNewRight()).setW(BigInteger.valueOf(side));
      margins.getRight().setType(STTblWidth.DXA);
      var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
      while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
      for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
      for (XWPFTableRow row : table.getRows()) {
        for (int i = 0; i < row.getTableCells().size() && i < widths.length; i++) cellWidth(row.getCell(i), widths[i]);
      }
    }

    private static void cellWidth(XWPFTableCell cell, int width) {
      CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      var tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
      tcW.setType(STTblWidth.DXA);
      tcW.setW(BigInteger.valueOf(width));
    }

    private void table(Block.Table t, int width) {
      int columns = t.widths().size();
      int[] widths = Twips.columns(width, t.widths());
      XWPFTable table = newTable(1, columns);
      layout(table, widths, true);
      List<List<Block.Slot>> grid = t.grid();
      boolean[] kept = t.keptWithNext();
      for (int r = 0; r < t.rows().size(); r++) {
        Block.Row row = t.rows().get(r);
        XWPFTableRow xrow = r == 0 ? table.getRow(0) : newRow(table, columns);
        var trPr = ensureTrPr(xrow);
        trPr.addNewCantSplit();
        if (r < t.headerRows()) trPr.addNewTblHeader();
        List<XWPFTableCell> cells = new ArrayList<>(xrow.getTableCells());
        int cellIndex = 0;
        for (Block.Slot slot : grid.get(r)) {
          XWPFTableCell target = cells.get(cellIndex++);
          int slotWidth = sumWidths(widths, slot.column(), slot.span());
          if (slot.continued()) {
            merge(target, slot.span(), STMerge.CONTINUE, slotWidth);
            target.getParagraphs().get(0).setStyle(cellStyle(t.size()));
          } else {
            merge(target, slot.span(), slot.cell().rowSpan() > 1 ? STMerge.RESTART : null, slotWidth);
            cellText(target, slot.cell(), row.bold(), t.size());
          }
        }
        // Cells beyond what the merged row needs are removed (gridSpan took their place).
        for (int extra = xrow.getTableCells().size() - 1; extra >= cellIndex; extra--) xrow.removeCell(extra);
        // A row kept with the next one: every paragraph of it kept with the next, as Word keeps rows.
        if (r >= t.headerRows() && kept[r]) {
          for (XWPFTableCell cell : xrow.getTableCells()) cell.getParagraphs().forEach(p -> ensurePPr(p).addNewKeepNext());
        }
      }
    }

    /**
     * A row of empty cells at the end of the table. XWPFTable.createRow counts the rows already
     * there each time (quadratic: seconds for a 5,000-row appendix); this appends without counting.
     */
    private static XWPFTableRow newRow(XWPFTable table, int columns) {
      XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
      for (int i = 0; i < columns; i++) row.createCell();
      return row;
    }

    private static int sumWidths(int[] widths, int from, int span) {
      int sum = 0;
      for (int i = from; i < from + span && i < widths.length; i++) sum += widths[i];
      return sum;
    }

    private static void merge(XWPFTableCell cell, int span, STMerge.Enum vMerge, int width) {
      CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      if (span > 1) tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
      if (vMerge != null) tcPr.addNewVMerge().setVal(vMerge);
      tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
      cellWidth(cell, width);
    }

    private static void cellText(XWPFTableCell cell, Block.Cell c, boolean bold, double size) {
      XWPFParagraph paragraph = cell.getParagraphs().get(0);
      paragraph.setAlignment(alignment(c.align()));
      paragraph.setStyle(cellStyle(size));
      runs(paragraph, new Block.Run(c.text(), bold, c.italic(), size), size);
    }

    private static ParagraphAlignment alignment(Block.Align align) {
      return switch (align) {
        case LEFT -> ParagraphAlignment.LEFT;
        case CENTER -> ParagraphAlignment.CENTER;
        case RIGHT -> ParagraphAlignment.RIGHT;
        case JUSTIFY -> ParagraphAlignment.BOTH;
      };
    }
  }
}
