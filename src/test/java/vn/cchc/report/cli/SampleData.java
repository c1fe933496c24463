package vn.cchc.report.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the sample office in data/ so that a test's run cannot change the checked-in files. */
final class SampleData {
  private SampleData() {}

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
