package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10, item 1 and rules §8: the report says what the comparison with last year is, as the
 * report decided it; with no rate this year ("—") it says nothing (it used to print "cao hơn năm
 * trước" whenever no flag was set), and 100% both years is "duy trì 100%".
 */
class LastYearWordingTest {
  @TempDir Path temp;

  @ParameterizedTest(name = "resolved {0}, on time {1}, last year {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      0  | 0  | 99,2 | cùng kỳ năm trước: 99,2%.
      20 | 20 | 100  | cùng kỳ năm trước: 100% (duy trì 100%).
      20 | 19 | 96   | cùng kỳ năm trước: 96% (Chưa cao hơn năm trước).
      20 | 20 | 96   | cùng kỳ năm trước: 96% (cao hơn năm trước).
      """)
  void saysWhatTheComparisonIs(int resolved, int onTime, String lastYear, String expected) throws Exception {
    Path data = SampleData.copyInto(temp);
    try (Stream<Path> files = Files.list(data.resolve("ho-so/2022-Q1"))) {
      for (Path f : files.toList()) Files.delete(f);
    }
    int pending = 5;
    Files.writeString(data.resolve("ho-so/2022-Q1/bieu-06.csv"), "\uFEFFĐơn vị;Kỳ trước chuyển qua;Tiếp nhận trực tuyến;Tiếp nhận trực tiếp;"
        + "Đã giải quyết trước hạn;Đã giải quyết đúng hạn;Đã giải quyết quá hạn;Đang giải quyết trong hạn;Đang giải quyết quá hạn\r\n"
        + "Văn phòng Sở;0;" + (resolved + pending) + ";0;" + onTime + ";0;" + (resolved - onTime) + ";" + pending + ";0\r\n",
        StandardCharsets.UTF_8);
    Path config = data.resolve("cau-hinh.yaml");
    Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8)
        .replace("previous_year_on_time_percent: 99,2", "previous_year_on_time_percent: " + lastYear), StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Main.run(new String[] {"--config", config.toString(), "--output", temp.resolve("out").toString(), "--today", "2022-03-20"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.DATA_ERRORS.code());
    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(temp.resolve("out/2022-Q1/bao-cao-cchc-2022-Q1.docx")));
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      String body = text.getText();
      assertThat(body).contains(expected);
      if (resolved == 0) assertThat(body).doesNotContain("cao hơn năm trước");
    }
  }
}
