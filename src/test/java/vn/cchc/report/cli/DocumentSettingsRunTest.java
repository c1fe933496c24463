package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/** The document: section of the configuration reaches both formats (margins, the office's own font). */
class DocumentSettingsRunTest {
  private static final double MM = 72 / 25.4;
  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private Run runWith(String document) throws IOException {
    Path data = SampleData.copyInto(temp);
    Path config = data.resolve("cau-hinh.yaml");
    String sample = Files.readString(config, StandardCharsets.UTF_8);
    int start = sample.indexOf("document:");
    Files.writeString(config, sample.substring(0, start) + document + sample.substring(sample.indexOf("\n\n", start)), StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"--config", config.toString(), "--output", temp.resolve("out").toString(), "--today", "2022-03-20"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path output(String extension) {
    return temp.resolve("out/2022-Q1/bao-cao-cchc-2022-Q1." + extension);
  }

  /** Left and top edge (pt from the page's top-left corner) of all text on a page, page numbers included. */
  private static double[] textEdges(PDDocument pdf, int page) throws IOException {
    double[] edges = {Double.MAX_VALUE, Double.MAX_VALUE};
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        edges[0] = Math.min(edges[0], text.getXDirAdj());
        edges[1] = Math.min(edges[1], text.getYDirAdj() - text.getHeightDir());
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return edges;
  }

  @Test
  void printsWithTheConfiguredMargins() throws Exception {
    Run run = runWith("document:\n  margin_top_mm: 25\n  margin_bottom_mm: 25\n  margin_left_mm: 35\n  margin_right_mm: 20\n");

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DATA_ERRORS.code());
    try (InputStream in = Files.newInputStream(output("docx")); XWPFDocument docx = new XWPFDocument(in)) {
      List<CTPageMar> margins = new ArrayList<>();
      docx.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
          .forEach(p -> margins.add(p.getCTP().getPPr().getSectPr().getPgMar()));
      margins.add(docx.getDocument().getBody().getSectPr().getPgMar());
      assertThat(margins).as("the report and Phụ lục I–V").hasSize(6).allSatisfy(m -> {
        assertThat(m.getTop()).isEqualTo(BigInteger.valueOf(1417));
        assertThat(m.getBottom()).isEqualTo(BigInteger.valueOf(1417));
        assertThat(m.getLeft()).isEqualTo(BigInteger.valueOf(1984));
        assertThat(m.getRight()).isEqualTo(BigInteger.valueOf(1134));
      });
    }
    try (PDDocument pdf = Loader.loadPDF(output("pdf").toFile())) {
      // Page 1 starts at the top-left corner of the text area: the header block touches both margins.
      double[] edges = textEdges(pdf, 1);
      assertThat(edges[0] / MM).isBetween(34.9, 37.0);
      assertThat(edges[1] / MM).isBetween(24.9, 27.0);
    }
  }

  @Test
  void embedsTheOfficeFontFromItsFolder() throws Exception {
    // Any TrueType family shows the point: Liberation Sans stands in for the office's Times New Roman.
    Path fonts = Files.createDirectories(temp.resolve("phong"));
    String[] faces = {"Regular", "Bold", "Italic", "BoldItalic"};
    String[] names = {"TIMES.TTF", "TIMESBD.TTF", "TIMESI.TTF", "TIMESBI.TTF"};
    for (int i = 0; i < 4; i++) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("liberation/LiberationSans-" + faces[i] + ".ttf")) {
        Files.write(fonts.resolve(names[i]), in.readAllBytes());
      }
    }

    Run run = runWith("document:\n  times_font_folder: " + fonts + "\n");

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DATA_ERRORS.code());
    try (PDDocument pdf = Loader.loadPDF(output("pdf").toFile())) {
      List<String> used = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          used.add(font.getName().substring(font.getName().indexOf('+') + 1));
          assertThat(font.isEmbedded()).isTrue();
        }
      }
      assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("LiberationSans"));
    }
  }

  @Test
  void saysWhichFontFileIsBrokenAndWritesNoDocument() throws Exception {
    Path fonts = Files.createDirectories(temp.resolve("phong"));
    for (String name : List.of("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")) {
      Files.writeString(fonts.resolve(name), "không phải tệp phông");
    }

    Run run = runWith("document:\n  times_font_folder: " + fonts + "\n");

    assertThat(run.exit()).isEqualTo(ExitCode.SETUP.code());
    assertThat(run.err())
        .contains("Không lập được văn bản: Không dùng được tệp phông " + fonts.resolve("times.ttf"))
        .contains("hoặc bỏ khóa document.times_font_folder để dùng phông Liberation Serif có sẵn.")
        .doesNotContain("Exception");
    assertThat(output("docx")).doesNotExist();
    assertThat(output("pdf")).doesNotExist();
  }
}
