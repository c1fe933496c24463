package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History across periods (issue #13, item 2): runs one after another leave their records, the next
 * run finds them — the same period last year gives "higher than last year" when the configuration
 * leaves it empty, and the earlier periods give the trend of tong-hop.html. A record of another plan
 * in the same output folder is not mixed in, and is warned of.
 */
class HistoryRunTest {
  private static final List<String> PERIODS = List.of("2021-Q1", "2021-Q4", "2022-Q1", "2022-Q2");
  @TempDir Path temp;

  private Path office() throws Exception {
    Path data = SampleData.copyInto(temp.resolve("office"));
    Path config = data.resolve("cau-hinh.yaml");
    Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8)
        .replaceAll("previous_year_on_time_percent: [0-9,]+", "previous_year_on_time_percent: "), StandardCharsets.UTF_8);
    // Every period's files are the sample's (their dates then fall in or out of each period's window).
    for (String period : PERIODS) {
      if (period.equals("2022-Q1")) continue;
      for (String kind : new String[] {"bao-cao", "ho-so"}) {
        Path to = Files.createDirectories(data.resolve(kind).resolve(period));
        try (var files = Files.list(data.resolve(kind).resolve("2022-Q1"))) {
          for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
    return config;
  }

  private JsonNode run(Path config, String period) throws Exception {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Main.run(new String[] {"--config", config.toString(), "--output", out().toString(), "--period", period, "--today",
        "2022-06-20"}, sink, sink);
    return new ObjectMapper().readTree(out().resolve(period).resolve("tong-hop.json").toFile());
  }

  private Path out() {
    return temp.resolve("out");
  }

  private Document page(String period) throws Exception {
    return Jsoup.parse(out().resolve(period).resolve("tong-hop.html").toFile(), "UTF-8");
  }

  private static String printed(JsonNode rate) {
    return rate.get("printed").asText();
  }

  @Test
  void periodsInARowMakeTheTrendAndLastYearsFigure() throws Exception {
    Path config = office();
    List<JsonNode> records = new ArrayList<>();
    for (String period : PERIODS) records.add(run(config, period));

    // 2022-Q1 compares with 2021-Q1's record, found by itself
    JsonNode q1 = records.get(2);
    assertThat(q1.get("dossiers").get("lastYearPercent").decimalValue())
        .isEqualByComparingTo(records.get(0).get("dossiers").get("total").get("r1").get("percent").decimalValue());
    assertThat(page("2022-Q1").selectFirst("[data-figure=lastYear]").text()).contains("theo kết quả lưu của Quý I/2021");
    // 2021-Q4 has no record of 2020-Q4: no figure, and the page says so
    assertThat(records.get(1).get("dossiers").get("lastYearPercent").isNull()).isTrue();

    // the last run's trend: every period from the first run, oldest first, then itself — each run with its own
    // record's figures, the two quarters never run (2021-Q2, 2021-Q3) as gaps, not joined over
    Document last = page("2022-Q2");
    List<Element> rows = last.select("#bang-xu-huong tbody tr");
    assertThat(rows).extracting(r -> r.attr("data-period"))
        .containsExactly("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2");
    List<Element> runRows = rows.stream().filter(r -> !r.hasClass("khong-chay")).toList();
    assertThat(runRows).extracting(r -> r.attr("data-period")).containsExactlyElementsOf(PERIODS);
    for (int i = 0; i < PERIODS.size(); i++) {
      JsonNode r = records.get(i);
      List<String> cells = runRows.get(i).select("td").eachText();
      assertThat(cells.subList(1, 4)).as(PERIODS.get(i)).containsExactly(printed(r.get("byTask").get("completion")),
          printed(r.get("byTask").get("onTime")), printed(r.get("dossiers").get("total").get("r1")));
    }
    assertThat(rows.get(1).text()).isEqualTo("Quý II/2021 không có kết quả lưu của kỳ này");
    assertThat(rows.get(5).text()).contains("(kỳ này)");
    assertThat(last.select("svg#bieu-do-xu-huong")).hasSize(1);
    assertThat(last.selectFirst("#chu-thich-xu-huong").text()).contains("của 4 kỳ đã chạy").contains("để trống");
    // each of the three lines has a point for each period run that had something to count, none for a gap (so no
    // line passes through it)
    Element svg = last.selectFirst("svg#bieu-do-xu-huong");
    for (int i = 0; i < PERIODS.size(); i++) {
      JsonNode r = records.get(i);
      List<String> rates = List.of(printed(r.get("byTask").get("completion")), printed(r.get("byTask").get("onTime")),
          printed(r.get("dossiers").get("total").get("r1")));
      for (int line = 0; line < 3; line++) {
        boolean counted = !rates.get(line).equals("—");
        assertThat(svg.getElementById("bieu-do-xu-huong-" + PERIODS.get(i) + "-" + line) != null).as(PERIODS.get(i)).isEqualTo(counted);
      }
    }
    assertThat(svg.getElementById("bieu-do-xu-huong-2022-Q2-0")).isNotNull();
    for (int line = 0; line < 3; line++) {
      for (String gap : List.of("2021-Q2", "2021-Q3")) assertThat(svg.getElementById("bieu-do-xu-huong-" + gap + "-" + line)).isNull();
    }
    // the first run had nothing before it: no trend chart, a sentence instead
    assertThat(page("2021-Q1").select("svg#bieu-do-xu-huong")).isEmpty();
    assertThat(page("2021-Q1").selectFirst("#xu-huong").text()).contains("Chưa có kết quả lưu của kỳ trước");
  }

  @Test
  void anotherPlansRecordIsIgnoredWithAWarning() throws Exception {
    Path config = office();
    run(config, "2021-Q4");
    // a record of another plan, as if another office's run shared the folder
    Path other = Files.createDirectories(out().resolve("2021-Q3"));
    Files.writeString(other.resolve("tong-hop.json"), Files.readString(out().resolve("2021-Q4/tong-hop.json"), StandardCharsets.UTF_8)
        .replace("\"period\" : \"2021-Q4\"", "\"period\" : \"2021-Q3\"").replace("\"planNumber\" : \"56\"", "\"planNumber\" : \"12\""),
        StandardCharsets.UTF_8);
    JsonNode now = run(config, "2022-Q1");
    List<String> codes = now.get("validation").get("problems").findValuesAsText("code");
    assertThat(codes).contains("OTHER_PLANS_RECORD");
    assertThat(now.get("validation").get("problems").findValuesAsText("file")).contains("2021-Q3/tong-hop.json");
    assertThat(page("2022-Q1").select("#bang-xu-huong tbody tr")).extracting(r -> r.attr("data-period"))
        .containsExactly("2021-Q4", "2022-Q1");
  }

  @Test
  void aDamagedRecordIsLeftOutWithAWarning() throws Exception {
    Path config = office();
    run(config, "2021-Q4");
    Path record = out().resolve("2021-Q4/tong-hop.json");
    String text = Files.readString(record, StandardCharsets.UTF_8);
    Files.writeString(record, text.substring(0, text.length() / 2), StandardCharsets.UTF_8); // cut in half
    JsonNode now = run(config, "2022-Q1");
    assertThat(now.get("validation").get("problems").findValuesAsText("code")).contains("UNREADABLE_RECORD");
    assertThat(page("2022-Q1").select("#bang-xu-huong tbody tr")).extracting(r -> r.attr("data-period")).containsExactly("2022-Q1");
  }
}
