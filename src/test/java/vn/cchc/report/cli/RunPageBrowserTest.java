package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * tong-hop.html of the sample office in a real browser (issue #13): Debian's Chromium, headless,
 * driven through Selenium by Debian's chromedriver (nothing downloaded). The headline figures and
 * each unit's bar are those of tong-hop.json as the page lays them out — a bar ends where the axis
 * puts its rate, the 90% and 98% lines stand over the axis' 90 and 98 — the problems table
 * filters, the console stays clean and nothing is fetched. Screenshots (screen, and the printed
 * page as PDF) are left in target/. .ci/run installs Chromium and sets {@code CCHC_REQUIRE_CHROMIUM=1}
 * so that this test fails rather than being skipped; skipped where there is no Chromium.
 */
class RunPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  @TempDir static Path temp;
  private static ChromeDriver browser;
  private static JsonNode summary;

  @BeforeAll
  static void open() throws Exception {
    if ("1".equals(System.getenv("CCHC_REQUIRE_CHROMIUM"))) {
      assertThat(CHROMIUM).as("Chromium, which .ci/run installed").exists();
      assertThat(CHROMEDRIVER).as("chromedriver, which .ci/run installed").exists();
    }
    assumeThat(CHROMIUM).as("Chromium").exists();
    assumeThat(CHROMEDRIVER).as("chromedriver").exists();
    Path folder = SampleData.runInto(temp);
    summary = new ObjectMapper().readTree(folder.resolve("tong-hop.json").toFile());

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // as the machine's own probe starts it: no sandbox as root, no background connections to the closed network
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")), "--window-size=1100,1400");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.get(folder.resolve("tong-hop.html").toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) browser.quit();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static String figure(String name) {
    return browser.findElement(By.cssSelector("[data-figure=" + name + "] .so")).getText();
  }

  @Test
  void headlineFiguresAreTheSummarys() {
    RunPageTest.assertHeadlineFigures(RunPageBrowserTest::figure, summary);
  }

  /**
   * Where the page shows a chart's things, in screen pixels: the centre of each axis number, the
   * right end of each unit's bar, the x of the line; read from the laid-out page.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> layout(String chart) {
    return (Map<String, Object>) js("""
        const svg = document.getElementById(arguments[0]);
        const ticks = {};
        svg.querySelectorAll('text').forEach(t => {
          if (/^[0-9]+$/.test(t.textContent)) { const r = t.getBoundingClientRect(); ticks[t.textContent] = r.left + r.width / 2; }
        });
        const bars = {};
        svg.querySelectorAll('g').forEach(g => {
          const ref = g.getAttribute('jfreesvg:ref');
          const rect = g.querySelector('rect');
          if (ref && rect && ref.includes('columnKey')) {
            const r = rect.getBoundingClientRect();
            bars[JSON.parse(ref).columnKey] = r.right;
          }
        });
        const line = document.getElementById(arguments[0] + '-muc').querySelector('line').getBoundingClientRect();
        return {ticks: ticks, bars: bars, line: line.left + line.width / 2, visible: svg.getBoundingClientRect().width};
        """, chart);
  }

  private static void barsWhereTheAxisPutsThem(String chart, JsonNode lines, String codeField, String ratePath, double line) {
    Map<String, Object> layout = layout(chart);
    @SuppressWarnings("unchecked") Map<String, Number> ticks = (Map<String, Number>) layout.get("ticks");
    @SuppressWarnings("unchecked") Map<String, Number> bars = (Map<String, Number>) layout.get("bars");
    double zero = ticks.get("0").doubleValue();
    double hundred = ticks.get("100").doubleValue();
    assertThat(hundred - zero).as("the axis is laid out").isGreaterThan(200);
    double pixel = (hundred - zero) / 100;
    int checked = 0;
    for (JsonNode unit : lines) {
      JsonNode percent = unit.at(ratePath + "/percent");
      if (percent.isNull()) continue;
      String code = unit.get(codeField).asText();
      assertThat(bars).as(chart + ": a bar for " + code).containsKey(code);
      // the bar's outline is 1.2 user units wide, half of it beyond the value
      assertThat(bars.get(code).doubleValue()).as(chart + ": " + code + " at " + percent.asText() + "%")
          .isCloseTo(zero + percent.asDouble() * pixel, within(1.5));
      checked++;
    }
    assertThat(checked).isPositive();
    assertThat(((Number) layout.get("line")).doubleValue()).as(chart + ": the line at " + line + "%")
        .isCloseTo(zero + line * pixel, within(1.0));
    if (line == 90) assertThat(((Number) layout.get("line")).doubleValue()).isCloseTo(ticks.get("90").doubleValue(), within(1.0));
  }

  @Test
  void eachUnitsBarAndTheLinesAreWhereTheAxisSays() {
    barsWhereTheAxisPutsThem("bieu-do-hoan-thanh", summary.get("units"), "code", "/completion", 90);
    barsWhereTheAxisPutsThem("bieu-do-ho-so", summary.at("/dossiers/lines"), "unitCode", "/r1", 98);
  }

  private static List<WebElement> shownProblems() {
    return browser.findElements(By.cssSelector("#bang-van-de tbody tr")).stream().filter(WebElement::isDisplayed).toList();
  }

  @Test
  void theProblemsTableFiltersByFileAndSeverity() {
    JsonNode problems = summary.at("/validation/problems");
    Select byFile = new Select(browser.findElement(By.id("loc-tep")));
    Select bySeverity = new Select(browser.findElement(By.id("loc-muc")));
    try {
      assertThat(shownProblems()).hasSize(problems.size());
      String file = "bao-cao/2022-Q1/TTBTXH.csv";
      long inFile = 0;
      long warnings = 0;
      for (JsonNode p : problems) {
        if (p.get("file").asText().equals(file)) inFile++;
        if (p.get("severity").asText().equals("WARNING")) warnings++;
      }
      assertThat(inFile).isPositive();
      byFile.selectByValue(file);
      assertThat(shownProblems()).hasSize((int) inFile).allSatisfy(r -> assertThat(r.getAttribute("data-file")).isEqualTo(file));
      assertThat(browser.findElement(By.id("dang-hien")).getText()).isEqualTo("Đang hiện " + inFile + "/" + problems.size() + " vấn đề.");
      byFile.selectByValue("");
      bySeverity.selectByValue("WARNING");
      assertThat(shownProblems()).hasSize((int) warnings)
          .allSatisfy(r -> assertThat(r.getAttribute("data-severity")).isEqualTo("WARNING"));
    } finally {
      byFile.selectByValue("");
      bySeverity.selectByValue("");
    }
  }

  @Test
  void theConsoleIsCleanAndNothingIsFetched() {
    List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(entries).as("console").noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue());
    assertThat(((Number) js("return performance.getEntriesByType('resource').length")).intValue()).as("resources fetched").isZero();
  }

  @Test
  void savesScreenshotsOfTheScreenAndThePrintedPage() throws Exception {
    Path target = Files.createDirectories(Path.of("target", "tong-hop"));
    long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, (int) Math.min(height + 100, 8000)));
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Files.write(target.resolve("man-hinh.png"), png);
    PrintOptions print = new PrintOptions();
    print.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0)); // A4, in centimetres
    byte[] pdf = Base64.getDecoder().decode(browser.print(print).getContent());
    Files.write(target.resolve("ban-in.pdf"), pdf);
    assertThat(png.length).isGreaterThan(10_000);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
