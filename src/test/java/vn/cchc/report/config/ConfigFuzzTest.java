package vn.cchc.report.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz target of the configuration loader (issue #8, item 9): whatever an office's YAML file
 * holds, {@link ConfigLoader#load} gives a configuration or one {@link ConfigException} whose
 * message names the file and is short enough to read; nothing else escapes, and the file is left
 * as it was.
 *
 * <p>In {@code mvn verify} the target runs once on every seed in
 * {@code src/test/resources/vn/cchc/report/config/ConfigFuzzTestInputs/configFile/} (written by
 * {@code vn.cchc.report.ingest.FuzzCorpusGenerator}); {@code bench/fuzz} fuzzes it.
 */
class ConfigFuzzTest {
  /** The longest fixed wording (the list of valid keys or column codes) plus a few quoted values. */
  static final int MAX_MESSAGE_CHARS = 1_500;

  /** A data folder as the sample's: the input folders exist, the font folder is empty. One per JVM, reused. */
  private static final Path OFFICE = office();

  private static Path office() {
    try {
      Path office = Files.createTempDirectory("cchc-fuzz-config-");
      for (String folder : new String[] {"don-vi", "ke-hoach", "bao-cao/2022-Q1", "ho-so/2022-Q1", "fonts"}) {
        Files.createDirectories(office.resolve(folder));
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          try (var all = Files.walk(office)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          // A temporary folder left behind.
        }
      }));
      return office;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FuzzTest
  void configFile(byte[] bytes) throws IOException {
    Path file = Files.write(OFFICE.resolve("cau-hinh.yaml"), bytes);
    try {
      OfficeConfig config = ConfigLoader.load(file);
      assertThat(config).isNotNull();
      assertThat(config.columns()).isNotNull();
    } catch (ConfigException e) {
      assertThat(e.getMessage()).as("the message").isNotBlank().contains(file.toString())
          .hasSizeLessThanOrEqualTo(file.toString().length() + MAX_MESSAGE_CHARS);
    }
    assertThat(Files.readAllBytes(file)).as("the configuration file after reading").isEqualTo(bytes);
  }
}
