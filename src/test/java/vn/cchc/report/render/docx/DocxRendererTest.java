package vn.cchc.report.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.SampleDocument;

/** The DOCX read back with POI: sections, page setup, fonts, page numbers, table flags, literal text, identical bytes. */
class DocxRendererTest {
  private static byte[] docx;
  private static XWPFDocument document;

  @BeforeAll
  static void render() throws Exception {
    docx = bytes(SampleDocument.create(80));
    document = new XWPFDocument(new ByteArrayInputStream(docx));
    if (System.getenv("LOOK_DOCX") != null) Files.write(Path.of(System.getenv("LOOK_DOCX")), docx);
  }

  private static byte[] bytes(Document d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(d, out);
    return out.toByteArray();
  }

  /** Section properties in document order: those inside paragraphs, then the body's. */
  private static List<CTSectPr> sections() {
    List<CTSectPr> sections = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
        sections.add(p.getCTP().getPPr().getSectPr());
      }
    }
    sections.add(document.getDocument().getBody().getSectPr());
    return sections;
  }

  @Test
  void leavesJustifiedLinesEndingInALineBreakUnstretchedAsThePdfDoes() {
    assertThat(document.getSettings().getCTSettings().xmlText()).contains("<w:compat><w:doNotExpandShiftReturn/></w:compat>");
  }

  @Test
  void givesEveryParagraphMarkItsParagraphsSizeSoAnEmptyCellIsNoTallerThanItsRow() {
    XWPFTable table = document.getTables().stream().filter(t -> t.getRows().size() > 10).findFirst().orElseThrow();
    for (var row : table.getRows()) {
      for (var cell : row.getTableCells()) {
        String styleId = cell.getParagraphs().get(0).getStyle();
        var style = document.getStyles().getStyle(styleId).getCTStyle();
        assertThat(style.getRPr().getSzArray(0).getVal()).as("half-points of the mark of a cell in a 12 pt table").isEqualTo(BigInteger.valueOf(24));
        assertThat(style.getPPr().getSpacing().getBefore()).as("1 pt before, as the PDF's cell padding").isEqualTo(BigInteger.valueOf(20));
      }
    }
    XWPFParagraph body = document.getParagraphs().stream().filter(p -> p.getText().startsWith("Kính gửi")).findFirst().orElseThrow();
    assertThat(body.getCTP().getPPr().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
  }

  @Test
  void aTableInAColumnOpensItsCellAndTheCellStillEndsWithAParagraph() throws Exception {
    var rows = List.of(new vn.cchc.report.report.doc.Block.Row(List.of(
        new vn.cchc.report.report.doc.Block.Cell("STT", vn.cchc.report.report.doc.Block.Align.CENTER, 1, 1, false)), true));
    var table = new vn.cchc.report.report.doc.Block.Table(List.of(1.0), 1, rows, 12);
    var columns = new vn.cchc.report.report.doc.Block.Columns(0.5, List.of(table), List.of());
    Document d = new Document("t", "a", java.time.LocalDate.of(2022, 3, 20), List.of(new vn.cchc.report.report.doc.Section(false,
        vn.cchc.report.report.doc.Section.Margins.DEFAULT, List.of(columns))));
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes(d)))) {
      var cell = read.getTables().get(0).getRow(0).getCell(0);
      var body = cell.getBodyElements();
      assertThat(body.get(0)).as("no empty line above the table").isInstanceOf(XWPFTable.class);
      assertThat(body.get(body.size() - 1)).as("a cell ends with a paragraph").isInstanceOf(XWPFParagraph.class);
    }
  }

  @Test
  void hasAPortraitReportAndALandscapeAppendixOnA4() {
    List<CTSectPr> sections = sections();
    assertThat(sections).hasSize(2);
    assertThat(sections.get(0).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
    assertThat(sections.get(0).getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
    assertThat(sections.get(1).getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
    assertThat(sections.get(1).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
  }

  @Test
  void setsTheMarginsOfNghiDinh30() {
    for (CTSectPr section : sections()) {
      assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
      assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
      assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
      assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
    }
  }

  @Test
  void restartsNumberingAndHidesItOnEachSectionsFirstPage() {
    for (CTSectPr section : sections()) {
      assertThat(section.isSetTitlePg()).isTrue();
      assertThat(section.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
      assertThat(section.sizeOfHeaderReferenceArray()).isEqualTo(2);
    }
    assertThat(document.getHeaderList()).anySatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("PAGE"));
    assertThat(document.getHeaderList()).anySatisfy(h -> assertThat(h.getText()).isBlank());
  }

  @Test
  void writesEveryRunInTimesNewRoman() {
    List<XWPFRun> runs = new ArrayList<>();
    document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
    assertThat(runs).isNotEmpty().allSatisfy(r -> {
      var fonts = r.getCTR().getRPr().getRFontsArray(0);
      assertThat(fonts.getAscii()).isEqualTo("Times New Roman");
      assertThat(fonts.getHAnsi()).isEqualTo("Times New Roman");
      assertThat(fonts.getCs()).isEqualTo("Times New Roman");
      assertThat(fonts.getEastAsia()).isEqualTo("Times New Roman");
    });
  }

  @Test
  void repeatsHeaderRowsAndKeepsRowsWhole() {
    XWPFTable table = document.getTables().get(document.getTables().size() - 1);
    assertThat(table.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).isEqualTo(1);
    assertThat(table.getRow(2).getCtRow().getTrPr().sizeOfTblHeaderArray()).isEqualTo(1);
    assertThat(table.getRow(3).getCtRow().getTrPr().sizeOfTblHeaderArray()).isZero();
    assertThat(table.getRows()).allSatisfy(r -> assertThat(r.getCtRow().getTrPr().sizeOfCantSplitArray()).isEqualTo(1));
    assertThat(table.getRow(0).getCell(2).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(3));
    assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().isSetVMerge()).isTrue();
  }

  @Test
  void keepsAGroupHeadingRowAndRowsJoinedByACellWithTheNextRow() throws Exception {
    var C = vn.cchc.report.report.doc.Block.Align.CENTER;
    var rows = List.of(
        new vn.cchc.report.report.doc.Block.Row(List.of(vn.cchc.report.report.doc.Block.Cell.of("STT", C)), true),
        new vn.cchc.report.report.doc.Block.Row(List.of(vn.cchc.report.report.doc.Block.Cell.of("I", C)), true, true),
        new vn.cchc.report.report.doc.Block.Row(List.of(new vn.cchc.report.report.doc.Block.Cell("1", C, 1, 2, false)), false),
        new vn.cchc.report.report.doc.Block.Row(List.of(), false),
        new vn.cchc.report.report.doc.Block.Row(List.of(vn.cchc.report.report.doc.Block.Cell.of("2", C)), false));
    var table = new vn.cchc.report.report.doc.Block.Table(List.of(1.0), 1, rows, 12);
    Document d = new Document("t", "a", java.time.LocalDate.of(2022, 3, 20), List.of(new vn.cchc.report.report.doc.Section(false,
        vn.cchc.report.report.doc.Section.Margins.DEFAULT, List.of(table))));
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes(d)))) {
      List<Boolean> kept = read.getTables().get(0).getRows().stream()
          .map(r -> r.getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).toList();
      assertThat(kept).containsExactly(false, true, true, false, false);
    }
  }

  @Test
  void keepsSpecialCharactersLiterally() {
    String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    assertThat(text).contains("Sở Khoa học & Công nghệ <test> \"quoted\" ${x}");
  }

  @Test
  void givesIdenticalBytesForAnIdenticalDocument() throws Exception {
    assertThat(java.util.Arrays.equals(bytes(SampleDocument.create(80)), docx)).as("identical bytes").isTrue();
  }
}
