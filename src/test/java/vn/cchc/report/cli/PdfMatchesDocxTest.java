package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample report's PDF beside its DOCX as LibreOffice lays it out: the same pages, each with the
 * same words, its first line at the same height. Runs where LibreOffice ({@code soffice}) is
 * installed: {@code .ci/run} installs it when missing and the machine can (CI does), and then sets
 * {@code CCHC_REQUIRE_LIBREOFFICE=1} so that this test fails rather than being skipped. Skipped
 * elsewhere.
 */
class PdfMatchesDocxTest {
  @TempDir static Path temp;

  @Test
  void everyPageHoldsTheSameWordsAsLibreOfficesLayoutOfTheDocx() throws Exception {
    if ("1".equals(System.getenv("CCHC_REQUIRE_LIBREOFFICE"))) {
      assertThat(soffice()).as("LibreOffice (soffice) on the PATH, which .ci/run installed").isNotNull();
    }
    assumeThat(soffice()).as("LibreOffice (soffice) on the PATH").isNotNull();
    Path data = SampleData.copyInto(temp);
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Main.run(new String[] {"--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("out").toString(),
        "--today", "2022-03-20"}, sink, sink);
    Path folder = temp.resolve("out/2022-Q1");
    Path converted = convert(folder.resolve("bao-cao-cchc-2022-Q1.docx"), temp.resolve("lo"));
    try (PDDocument ours = Loader.loadPDF(folder.resolve("bao-cao-cchc-2022-Q1.pdf").toFile());
        PDDocument libre = Loader.loadPDF(converted.toFile())) {
      assertThat(ours.getNumberOfPages()).as("pages").isEqualTo(libre.getNumberOfPages());
      for (int page = 1; page <= libre.getNumberOfPages(); page++) {
        assertThat(words(ours, page)).as("the words of page %d", page).isEqualTo(words(libre, page));
        assertThat(firstBaseline(ours, page)).as("the first line of page %d", page)
            .isCloseTo(firstBaseline(libre, page), org.assertj.core.data.Offset.offset(1f));
      }
    }
  }

  private static String soffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) return Path.of(dir, "soffice").toString();
    }
    return null;
  }

  private static Path convert(Path docx, Path outDir) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(temp.resolve("lo-profile"));
    Process process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
        "--outdir", outDir.toString(), docx.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("lo.log").toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice converts within 3 minutes").isTrue();
    Path pdf = outDir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
    assertThat(pdf).exists();
    return pdf;
  }

  /** The page's words, sorted: the same words on the same page whatever the order of the cells. */
  private static List<String> words(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    List<String> words = new ArrayList<>(Arrays.asList(stripper.getText(pdf).strip().split("\\s+")));
    words.sort(null);
    return words;
  }

  /** The baseline (pt from the top) of the page's first line under the page number. */
  private static float firstBaseline(PDDocument pdf, int page) throws IOException {
    float[] first = {Float.MAX_VALUE};
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        float baseline = positions.get(0).getYDirAdj();
        if (baseline > 50) first[0] = Math.min(first[0], baseline);
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return first[0];
  }
}
