package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9, item 3: the templates ship inside the jar; an office's templates/ beside its
 * configuration replaces them file by file; a linked template is refused (exit 3, not 70).
 */
class TemplateOverrideTest {
  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private Run run(Path data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("out").toString(),
        "--today", "2022-03-20"}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void usesTheOfficesOwnTemplateBesideItsConfigurationAndTheBuiltInOnesForTheRest() throws Exception {
    Path data = SampleData.copyInto(temp);
    Path own = Files.createDirectories(data.resolve("templates"));
    String builtIn = Files.readString(Path.of("templates/phu-luc-3.ftl"), StandardCharsets.UTF_8);
    Files.writeString(own.resolve("phu-luc-3.ftl"), builtIn.replace("__Đơn vị tính: Số hồ sơ TTHC__", "__Đơn vị tính: Số hồ sơ TTHC (BẢN CỦA VĂN PHÒNG)__"),
        StandardCharsets.UTF_8);

    Run run = run(data);

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DATA_ERRORS.code());
    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(temp.resolve("out/2022-Q1/bao-cao-cchc-2022-Q1.docx")));
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("(BẢN CỦA VĂN PHÒNG)").contains("Kính gửi");
    }
  }

  @Test
  void refusesALinkedTemplateWithExitCode3() throws Exception {
    Path data = SampleData.copyInto(temp);
    Path own = Files.createDirectories(data.resolve("templates"));
    Path elsewhere = Files.writeString(temp.resolve("bao-cao.ftl"), "{title} khác", StandardCharsets.UTF_8);
    Files.createSymbolicLink(own.resolve("bao-cao.ftl"), elsewhere);

    Run run = run(data);

    assertThat(run.exit()).isEqualTo(ExitCode.SETUP.code());
    assertThat(run.err()).contains("Không lập được văn bản: Mẫu văn bản " + own.resolve("bao-cao.ftl").toAbsolutePath()
        + " là liên kết hoặc không phải tệp thường");
    assertThat(temp.resolve("out/2022-Q1")).doesNotExist();
  }
}
