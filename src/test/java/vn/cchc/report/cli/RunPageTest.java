package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tong-hop.html of the sample office, read as a file (issue #13, item 1): the figures are the
 * summary's, each bar and line is drawn at its value, the page needs nothing from outside its
 * folder and links every file of the run. RunPageBrowserTest checks the same page in a browser.
 */
class RunPageTest {
  @TempDir static Path temp;
  private static Path folder;
  private static Document page;
  private static JsonNode summary;

  @BeforeAll
  static void run() throws Exception {
    folder = SampleData.runInto(temp);
    page = Jsoup.parse(folder.resolve("tong-hop.html").toFile(), "UTF-8");
    summary = new ObjectMapper().readTree(folder.resolve("tong-hop.json").toFile());
  }

  private static String figure(String name) {
    return page.selectFirst("[data-figure=" + name + "] .so").text();
  }

  /** Each headline card's figure, as {@code figure} reads it (from the HTML, or from the browser), is the summary's. */
  static void assertHeadlineFigures(java.util.function.UnaryOperator<String> figure, JsonNode json) {
    assertThat(figure.apply("taskCompletion")).isEqualTo(json.at("/byTask/completion/printed").asText());
    assertThat(figure.apply("taskOnTime")).isEqualTo(json.at("/byTask/onTime/printed").asText());
    assertThat(figure.apply("unitCompletion")).isEqualTo(json.at("/unitTotal/completion/printed").asText());
    assertThat(figure.apply("dossierOnTime")).isEqualTo(json.at("/dossiers/total/r1/printed").asText());
    assertThat(figure.apply("lastYear")).isEqualTo(json.at("/dossiers/lastYearPrinted").asText());
  }

  @Test
  void headlineFiguresAreTheSummarys() {
    assertHeadlineFigures(RunPageTest::figure, summary);
    assertThat(page.selectFirst("[data-figure=dossierOnTime]").text()).contains(summary.at("/dossiers/total/verdict").asText());
    assertThat(page.selectFirst("[data-figure=unitCompletion]").text()).contains(summary.at("/unitTotal/verdict").asText());
    assertThat(page.selectFirst("[data-figure=lastYear]").text()).containsIgnoringCase(summary.at("/dossiers/lastYearWords").asText())
        .contains("theo tệp cấu hình");
    assertThat(page.selectFirst("header").text()).contains("Quý I/2022", "15/12/2021", "14/3/2022");
  }

  /** The x range of a chart's plot: the clip of its bars. */
  private static double[] plotRange(Element svg, Element bar) {
    String clip = bar.attr("clip-path").replaceAll("url\\(#(.*)\\)", "$1");
    String d = svg.getElementById(clip).selectFirst("path").attr("d");
    Matcher m = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)").matcher(d);
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    while (m.find()) {
      min = Math.min(min, Double.parseDouble(m.group(1)));
      max = Math.max(max, Double.parseDouble(m.group(1)));
    }
    return new double[] {min, max};
  }

  /** The bars of a chart by the code of their unit. */
  private static Map<String, Element> bars(Element svg) {
    Map<String, Element> bars = new HashMap<>();
    for (Element g : svg.select("g")) {
      Matcher m = Pattern.compile("\"columnKey\": \"([^\"]*)\"").matcher(g.attr("jfreesvg:ref"));
      if (m.find()) bars.put(m.group(1), g.selectFirst("rect"));
    }
    return bars;
  }

  private static void barsAt(String chart, Iterable<JsonNode> lines, String codeField, String ratePath, double line) {
    Element svg = page.getElementById(chart);
    Map<String, Element> bars = bars(svg);
    double[] range = null;
    int drawn = 0;
    for (JsonNode unit : lines) {
      JsonNode percent = unit.at(ratePath + "/percent");
      Element bar = bars.get(unit.get(codeField).asText());
      if (percent.isNull()) {
        assertThat(bar == null || Double.parseDouble(bar.attr("width")) == 0).as(unit.get(codeField).asText()).isTrue();
        continue;
      }
      assertThat(bar).as(unit.get(codeField).asText()).isNotNull();
      if (range == null) range = plotRange(svg, bar);
      double x = Double.parseDouble(bar.attr("x"));
      double width = Double.parseDouble(bar.attr("width"));
      assertThat(x).isCloseTo(range[0], within(0.01));
      assertThat((x + width - range[0]) / (range[1] - range[0]) * 100).as(unit.get(codeField).asText())
          .isCloseTo(percent.asDouble(), within(0.01));
      assertThat(svg.text()).contains(unit.at(ratePath + "/printed").asText());
      drawn++;
    }
    assertThat(drawn).isPositive();
    Element marker = svg.getElementById(chart + "-muc").selectFirst("line");
    assertThat(Double.parseDouble(marker.attr("x1"))).isEqualTo(Double.parseDouble(marker.attr("x2")));
    assertThat((Double.parseDouble(marker.attr("x1")) - range[0]) / (range[1] - range[0]) * 100).isCloseTo(line, within(0.01));
  }

  @Test
  void eachUnitsBarIsDrawnAtItsRateAndTheLinesAtTheirPercent() {
    barsAt("bieu-do-hoan-thanh", summary.get("units"), "code", "/completion", 90);
    barsAt("bieu-do-ho-so", summary.at("/dossiers/lines"), "unitCode", "/r1", 98);
    // below the line: light with a dark outline; at or over it: dark (readable without colour)
    Map<String, Element> bars = bars(page.getElementById("bieu-do-hoan-thanh"));
    for (JsonNode unit : summary.get("units")) {
      Element bar = bars.get(unit.get("code").asText());
      if (bar == null || unit.at("/completion/percent").isNull() || unit.at("/completion/percent").asDouble() == 0) continue;
      assertThat(bar.attr("style")).as(unit.get("code").asText())
          .contains(unit.get("meetsThreshold").asBoolean() ? "fill:rgb(31,78,121)" : "fill:rgb(221,230,239)");
    }
  }

  @Test
  void chartsHaveTextAlternatives() {
    for (String chart : List.of("bieu-do-hoan-thanh", "bieu-do-ho-so")) {
      Element holder = page.getElementById(chart).parent();
      assertThat(holder.attr("role")).isEqualTo("img");
      assertThat(page.getElementById(holder.attr("aria-labelledby")).text()).isNotBlank();
    }
    // the data table beside the unit chart: one row a unit, its rate as printed
    List<Element> rows = page.select("#don-vi tbody tr");
    assertThat(rows).hasSize(summary.get("units").size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).text()).contains(summary.get("units").get(i).at("/completion/printed").asText());
    }
  }

  @Test
  void theProblemsTableHoldsEveryProblemWithItsFileAndSeverity() {
    List<Element> rows = page.select("#bang-van-de tbody tr");
    JsonNode problems = summary.at("/validation/problems");
    assertThat(rows).hasSize(problems.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).attr("data-file")).isEqualTo(problems.get(i).get("file").asText());
      assertThat(rows.get(i).attr("data-severity")).isEqualTo(problems.get(i).get("severity").asText());
    }
  }

  @Test
  void needsNothingFromOutsideAndLinksEveryFileOfTheRun() throws Exception {
    assertThat(page.select("link, img, iframe, object, embed, script[src], [src]")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(", "@import");
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    List<String> linked = new ArrayList<>();
    for (Element a : page.select("a[href]")) {
      String href = a.attr("href");
      assertThat(href).doesNotContain(":", "/");
      assertThat(folder.resolve(href)).exists();
      linked.add(href);
    }
    try (var files = Files.list(folder)) {
      assertThat(linked).containsExactlyInAnyOrderElementsOf(
          files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("tong-hop.html")).toList());
    }
  }

  /** A province's run with thousands of problems: the page lists the first ones and says where the rest are. */
  @Test
  void listsTheFirstProblemsOfAHugeRunAndSaysWhereTheRestAre(@TempDir Path other) throws Exception {
    Path data = SampleData.copyInto(other);
    Path list = data.resolve("ho-so/2022-Q1/danh-sach-ho-so-TTDVVL.csv");
    StringBuilder rows = new StringBuilder("Mã hồ sơ,Cơ quan giải quyết,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp\n");
    for (int i = 1; i <= 2_500; i++) rows.append("HS-").append(i).append(",Phòng không có số ").append(i).append(",01/01/2022,29/01/2022,27/01/2022,Trực tiếp\n");
    Files.writeString(list, rows, java.nio.charset.StandardCharsets.UTF_8);
    var sink = new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
    Main.run(new String[] {"--config", data.resolve("cau-hinh.yaml").toString(), "--output", other.resolve("out").toString(),
        "--today", "2022-03-20"}, sink, sink);
    Document huge = Jsoup.parse(other.resolve("out/2022-Q1/tong-hop.html").toFile(), "UTF-8");
    JsonNode all = new ObjectMapper().readTree(other.resolve("out/2022-Q1/tong-hop.json").toFile()).at("/validation/problems");
    assertThat(all.size()).isGreaterThan(vn.cchc.report.report.RunPage.MOST_PROBLEMS_SHOWN);
    assertThat(huge.select("#bang-van-de tbody tr")).hasSize(vn.cchc.report.report.RunPage.MOST_PROBLEMS_SHOWN);
    assertThat(huge.selectFirst("#van-de").text()).contains("còn " + vn.cchc.report.report.VietnameseFormat.number(
        all.size() - vn.cchc.report.report.RunPage.MOST_PROBLEMS_SHOWN) + " vấn đề khác trong kiem-tra-du-lieu.csv");
  }
}
