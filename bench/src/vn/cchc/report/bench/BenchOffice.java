package vn.cchc.report.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the generated offices of the benchmarks share: CSV files as Excel saves them, a configuration from the sample's. */
final class BenchOffice {
  private BenchOffice() {}

  /** UTF-8 with a byte order mark and CRLF, as Excel's "CSV UTF-8". */
  static void writeCsv(Path file, List<String> lines) throws IOException {
    Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }

  /**
   * {@code cau-hinh.yaml} in {@code folder}: the sample office's (run from the project's root), for
   * another period and plan date, with the registry and the plan as {@code don-vi/danh-muc.csv}
   * and {@code ke-hoach/ke-hoach.csv}, and the output in {@code out/}.
   */
  static void writeConfig(Path folder, String period, String issuedOn) throws IOException {
    String config = Files.readString(Path.of("data/cau-hinh.yaml"), StandardCharsets.UTF_8)
        .replace("period: 2022-Q1", "period: " + period)
        .replace("issued_on: 01/9/2021", "issued_on: " + issuedOn)
        .replace("don-vi/danh-muc-don-vi.xlsx", "don-vi/danh-muc.csv")
        .replace("ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx", "ke-hoach/ke-hoach.csv")
        .replace("output: ../output", "output: out");
    Files.writeString(folder.resolve("cau-hinh.yaml"), config, StandardCharsets.UTF_8);
  }
}
