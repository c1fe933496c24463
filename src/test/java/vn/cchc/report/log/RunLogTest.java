package vn.cchc.report.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Issue #8 item 1: library logging goes to one log file, created by its first entry, never to the console. */
class RunLogTest {
  @TempDir Path temp;
  private String previous;
  private Path log;

  @BeforeEach
  void pointTheLogIntoTheTemporaryFolder() {
    previous = System.getProperty(RunLog.PROPERTY);
    log = temp.resolve("nhat-ky.log");
    System.setProperty(RunLog.PROPERTY, log.toString());
  }

  @AfterEach
  void restoreTheLogProperty() {
    if (previous == null) System.clearProperty(RunLog.PROPERTY);
    else System.setProperty(RunLog.PROPERTY, previous);
  }

  @Test
  void liesInTheTemporaryFolderUnlessTheSystemPropertyNamesAnother() {
    assertThat(RunLog.path()).isEqualTo(log);
    System.clearProperty(RunLog.PROPERTY);
    assertThat(RunLog.path()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "cchc-report-nhat-ky.log").toAbsolutePath());
  }

  @Test
  void writesEachEntryWithTimestampLevelSourceMessageAndStackTrace() throws IOException {
    assertThat(log).doesNotExist();

    RunLog.write("ERROR", "cchc-report", "first", new IllegalStateException("hỏng"));
    RunLog.write("WARN", "other", "second", null);

    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(text.lines().toList().get(0))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) ERROR cchc-report - first");
    assertThat(text).contains("java.lang.IllegalStateException: hỏng", "\tat vn.cchc.report.log.RunLogTest.");
    assertThat(text.lines().filter(l -> l.contains(" WARN other - second"))).hasSize(1);
  }

  @Test
  void takesWarningsAndErrorsOfSlf4jAndLog4jLoggersButNothingBelow() throws IOException {
    LoggerFactory.getLogger("slf4j.logger").info("not this");
    org.apache.logging.log4j.LogManager.getLogger("log4j.logger").info("nor this");
    assertThat(log).doesNotExist();

    LoggerFactory.getLogger("slf4j.logger").warn("value {}", 42, new IllegalArgumentException("x"));
    org.apache.logging.log4j.LogManager.getLogger("log4j.logger").error("from POI's API");

    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(text).contains(" WARN slf4j.logger - value 42", "java.lang.IllegalArgumentException: x", " ERROR log4j.logger - from POI's API")
        .doesNotContain("not this", "nor this");
  }

  @Test
  void takesJavaUtilLoggingWarningsOnceRouted() throws IOException {
    RunLog.routeJavaLogging();
    RunLog.routeJavaLogging();
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("jul.logger");

    logger.info("not this");
    logger.warning("from freemarker");

    assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).singleElement().asString().endsWith(" WARN jul.logger - from freemarker");
  }
}
