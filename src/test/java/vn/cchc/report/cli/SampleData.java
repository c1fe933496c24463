package vn.cchc.report.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the sample office in data/ so that a test's run cannot change the checked-in files. */
final class SampleData {
  private SampleData() {}

  /**
   * Copies the sample office into {@code folder} and runs the report on it as of 20/3/2022, quietly.
   *
   * @return the period's output folder, {@code folder}/out/2022-Q1
   */
  static Path runInto(Path folder) throws IOException {
    Path data = copyInto(folder);
    java.io.PrintStream sink = new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
    Main.run(new String[] {"--config", data.resolve("cau-hinh.yaml").toString(), "--output", folder.resolve("out").toString(),
        "--today", "2022-03-20"}, sink, sink);
    return folder.resolve("out/2022-Q1");
  }

  /** @return the copy's data folder, holding cau-hinh.yaml */
  static Path copyInto(Path folder) throws IOException {
    Path data = folder.resolve("data");
    try (Stream<Path> files = Files.walk(Path.of("data"))) {
      for (Path source : files.toList()) {
        Path target = data.resolve(Path.of("data").relativize(source).toString());
        if (Files.isDirectory(source)) Files.createDirectories(target);
        else Files.copy(source, target);
      }
    }
    return data;
  }
}
