package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit's own words reach the documents exactly as typed (issue 4): characters that mean something
 * to XML, to FreeMarker or to the template markup are printed, never obeyed.
 */
class LiteralDataTest {
  /** ASCII, so that the windows-1258 file can hold it as typed. */
  private static final String TYPED = "A & B <i>x</i> \"trich\" 'dan' **dam** | cot ${x} <#if true>y</#if> __nghieng__ ";
  @TempDir Path temp;

  @Test
  void printsAResultWithMarkupCharactersLiterallyInBothFormats() throws Exception {
    Path data = SampleData.copyInto(temp);
    // KHTC.csv is windows-1258 with ';': the result of task 3.2 gets the typed text in front.
    Path khtc = data.resolve("bao-cao/2022-Q1/KHTC.csv");
    Charset cp1258 = Charset.forName("windows-1258");
    String csv = Files.readString(khtc, cp1258);
    String changed = csv.lines().map(line -> line.startsWith("3.2;") ? withResult(line, TYPED) : line)
        .collect(Collectors.joining("\r\n", "", "\r\n"));
    assertThat(changed).contains(TYPED);
    Files.writeString(khtc, changed, cp1258);

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    int exit = Main.run(new String[] {"--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("out").toString(),
        "--today", "2022-03-20"}, sink, new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.DATA_ERRORS.code());
    Path folder = temp.resolve("out/2022-Q1");
    try (InputStream in = Files.newInputStream(folder.resolve("bao-cao-cchc-2022-Q1.docx"));
        XWPFWordExtractor docx = new XWPFWordExtractor(new XWPFDocument(in))) {
      assertThat(docx.getText()).contains("Phòng Kế hoạch - Tài chính: " + TYPED + "Quán triệt");
    }
    try (PDDocument pdf = Loader.loadPDF(folder.resolve("bao-cao-cchc-2022-Q1.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertThat(text).contains(("Phòng Kế hoạch - Tài chính: " + TYPED + "Quán triệt").replaceAll("\\s+", ""));
    }
    assertThat(Files.readString(folder.resolve("tong-hop.json"), StandardCharsets.UTF_8)).contains("**dam** | cot ${x} <#if true>");
  }

  /** The row with the typed text in front of its fifth field (Sản phẩm, the result). */
  private static String withResult(String line, String typed) {
    String[] fields = line.split(";", -1);
    fields[4] = typed + fields[4];
    return String.join(";", fields);
  }
}
