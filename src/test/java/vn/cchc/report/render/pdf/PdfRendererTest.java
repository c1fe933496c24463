package vn.cchc.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.report.render.DocumentRenderer;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.SampleDocument;
import vn.cchc.report.report.doc.Section;
import vn.cchc.report.report.doc.Styles;

/** The PDF read back: page sizes, page numbers, repeated headers, text intact, deterministic bytes. */
class PdfRendererTest {
  private static byte[] pdf;
  private static PDDocument reader;

  @BeforeAll
  static void render() throws Exception {
    pdf = bytes(SampleDocument.create(80));
    reader = Loader.loadPDF(pdf);
    if (System.getenv("LOOK") != null) Files.write(Path.of(System.getenv("LOOK")), pdf);
  }

  private static byte[] bytes(Document document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(document, out);
    return out.toByteArray();
  }

  private static String page(int number) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(number);
    stripper.setEndPage(number);
    return stripper.getText(reader);
  }

  /** The first landscape page, 1-based. */
  private static int appendixFirstPage() {
    for (int i = 0; i < reader.getNumberOfPages(); i++) {
      var box = reader.getPage(i).getMediaBox();
      if (box.getWidth() > box.getHeight()) return i + 1;
    }
    throw new AssertionError("no landscape page");
  }

  private static String firstLine(int page) throws Exception {
    return page(page).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
  }

  @Test
  void portraitReportThenLandscapeAppendixWithoutRotation() throws Exception {
    int appendix = appendixFirstPage();
    var portrait = reader.getPage(0).getMediaBox();
    var landscape = reader.getPage(appendix - 1).getMediaBox();
    assertThat(portrait.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
    assertThat(portrait.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
    assertThat(landscape.getWidth()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
    assertThat(reader.getPage(appendix - 1).getRotation()).isZero();
  }

  @Test
  void numbersPagesFromTwoAndRestartsInTheAppendix() throws Exception {
    int appendix = appendixFirstPage();
    assertThat(firstLine(1)).startsWith("UBND TỈNH BÌNH THUẬN");
    assertThat(firstLine(2)).isEqualTo("2");
    assertThat(firstLine(appendix)).isEqualTo("Phụ lục I");
    assertThat(firstLine(appendix + 1)).isEqualTo("2");
  }

  @Test
  void repeatsTheTableHeaderOnEveryAppendixPage() throws Exception {
    int appendix = appendixFirstPage();
    assertThat(reader.getNumberOfPages()).isGreaterThan(appendix);
    int pagesWithRows = 0;
    for (int i = appendix; i <= reader.getNumberOfPages(); i++) {
      if (!page(i).contains("Nhiệm vụ số")) continue;
      pagesWithRows++;
      assertThat(page(i)).contains("Nội dung công việc", "Sớm hạn");
    }
    assertThat(pagesWithRows).isGreaterThan(1);
  }

  @Test
  void keepsVietnameseAndSpecialCharactersLiterally() throws Exception {
    // Justified lines widen their spaces: text extraction may read a wide space as two.
    String first = page(1).replaceAll("\\s+", " ");
    assertThat(first).contains("Độc lập - Tự do - Hạnh phúc", "Ủy ban", "<test> \"quoted\" ${x}", "Sở Khoa học &");
  }

  @Test
  void embedsOnlyTheSerifFont() throws Exception {
    for (var page : reader.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.getName()).contains("LiberationSerif");
        assertThat(font.isEmbedded()).isTrue();
      }
    }
  }

  @Test
  void givesIdenticalBytesForAnIdenticalDocument() throws Exception {
    assertThat(java.util.Arrays.equals(bytes(SampleDocument.create(80)), pdf)).as("identical bytes").isTrue();
  }

  @Test
  void refusesACharacterTheFontLacks() {
    Document withCjk = new Document("t", "a", LocalDate.of(2022, 1, 1), List.of(new Section(false, Section.Margins.DEFAULT,
        List.of(new Block.Paragraph(List.of(Block.Run.plain("Tên 漢")), Styles.BODY)))));
    assertThatThrownBy(() -> bytes(withCjk))
        .isInstanceOf(DocumentRenderer.RenderException.class)
        .hasMessageContaining("\"漢\" (U+6F22)");
  }
}
