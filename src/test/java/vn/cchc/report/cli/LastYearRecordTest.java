package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Higher than last year" without a figure in the configuration: the same period's record of last
 * year in the output folder gives it — the office's own record only; another office's is ignored
 * with a warning (issue #13, item 2, part).
 */
class LastYearRecordTest {
  @TempDir Path temp;

  private JsonNode run(Path config, String period, String today) throws Exception {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Main.run(new String[] {"--config", config.toString(), "--output", temp.resolve("out").toString(), "--period", period,
        "--today", today, "--overwrite"}, sink, sink);
    return new ObjectMapper().readTree(temp.resolve("out").resolve(period).resolve("tong-hop.json").toFile());
  }

  private Path office(String name, String shortName) throws Exception {
    Path data = SampleData.copyInto(temp.resolve(name));
    Path config = data.resolve("cau-hinh.yaml");
    String text = Files.readString(config, StandardCharsets.UTF_8).replaceAll("previous_year_on_time_percent: [0-9,]+",
        "previous_year_on_time_percent: ");
    if (shortName != null) text = text.replace("short_name: Sở Lao động - Thương binh và Xã hội", "short_name: " + shortName);
    Files.writeString(config, text, StandardCharsets.UTF_8);
    // Last year's data are this year's, a year earlier: the same files under 2021-Q1.
    for (String kind : new String[] {"bao-cao", "ho-so"}) {
      Path from = data.resolve(kind).resolve("2022-Q1");
      Path to = Files.createDirectories(data.resolve(kind).resolve("2021-Q1"));
      try (var files = Files.list(from)) {
        for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return config;
  }

  @Test
  void takesLastYearsFigureFromTheOfficesOwnRecord() throws Exception {
    Path config = office("own", null);
    JsonNode lastYear = run(config, "2021-Q1", "2021-03-20");
    JsonNode now = run(config, "2022-Q1", "2022-03-20");
    assertThat(now.get("dossiers").get("lastYearPercent").decimalValue())
        .isEqualByComparingTo(lastYear.get("dossiers").get("total").get("r1").get("percent").decimalValue());
    assertThat(now.get("validation").get("problems").findValuesAsText("code")).doesNotContain("OTHER_OFFICES_RECORD");
  }

  @Test
  void ignoresAnotherOfficesRecordWithAWarning() throws Exception {
    run(office("other", "Sở Nội vụ"), "2021-Q1", "2021-03-20");
    JsonNode now = run(office("own", null), "2022-Q1", "2022-03-20");
    assertThat(now.get("dossiers").get("lastYearPercent").isNull()).isTrue();
    assertThat(now.get("validation").get("problems").findValuesAsText("code")).contains("OTHER_OFFICES_RECORD");
  }
}
