package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.report.problem.FileReport;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;

/**
 * Garbage in, a Problem out (examples.md "two channels"): whatever bytes a folder holds, {@link
 * TableParser#read} returns; a file it cannot use is one located Problem, never an exception,
 * every file still balances (rules §7), and the file is left as it was. Seeded, so a failure replays.
 */
class TableParserRobustnessTest {
  private static final long SEED = 20220914L;
  private static final List<InputKind> ALL_KINDS = List.of(InputKind.values());

  @TempDir static Path dir;

  /** A named file and how it was made. */
  record Garbage(String label, String name, byte[] bytes) {
    @Override
    public String toString() {
      return label + " (" + name + ", " + bytes.length + " bytes)";
    }
  }

  static Stream<Arguments> garbage() throws IOException {
    Random random = new Random(SEED);
    List<Garbage> files = new ArrayList<>();
    String[] extensions = {".csv", ".txt", ".xlsx", ".xls"};
    String good = Fixtures.lines("STT;Tình trạng;Ngày hoàn thành;Ghi chú", "1;Hoàn thành;20/9/2022;Đã xong", "2.1;Đang thực hiện;;\"a;b\"");
    byte[] goodXlsx = Files.readAllBytes(Fixtures.workbook(dir.resolve("seed"), "good.xlsx",
        Fixtures.row("STT", "Tình trạng", "Ngày hoàn thành"), Fixtures.row(1, "Hoàn thành", "20/9/2022"), Fixtures.row(2.1, "Xong", null)));
    byte[] goodXls = Files.readAllBytes(Fixtures.workbook(dir.resolve("seed"), "good.xls",
        Fixtures.row("STT", "Tình trạng"), Fixtures.row(1, "Hoàn thành")));

    for (int i = 0; i < 60; i++) {
      byte[] noise = new byte[random.nextInt(i < 10 ? 16 : 20_000)];
      random.nextBytes(noise);
      files.add(new Garbage("random bytes " + i, "noise-" + i + extensions[i % extensions.length], noise));
    }
    for (int i = 0; i < 40; i++) {
      byte[] utf8 = good.getBytes(StandardCharsets.UTF_8);
      files.add(new Garbage("UTF-8 cut at " + i, "cut-" + i + ".csv", java.util.Arrays.copyOf(utf8, random.nextInt(utf8.length))));
    }
    for (int i = 0; i < 40; i++) {
      files.add(new Garbage("mutated CSV " + i, "mutated-" + i + ".csv", mutate(Fixtures.utf8(good), random, 1 + random.nextInt(12))));
    }
    for (int i = 0; i < 40; i++) {
      files.add(new Garbage("mutated xlsx " + i, "mutated-" + i + ".xlsx", mutate(goodXlsx, random, 1 + random.nextInt(8))));
    }
    for (int i = 0; i < 20; i++) {
      files.add(new Garbage("mutated xls " + i, "mutated-" + i + ".xls", mutate(goodXls, random, 1 + random.nextInt(8))));
    }
    for (int i = 0; i < 20; i++) {
      files.add(new Garbage("truncated xlsx " + i, "truncated-" + i + ".xlsx", java.util.Arrays.copyOf(goodXlsx, random.nextInt(goodXlsx.length))));
    }
    files.add(new Garbage("a quote that never closes", "quote.csv", Fixtures.utf8("STT;Tình trạng\r\n1;\"Hoàn thành\r\n2;Xong\r\n")));
    files.add(new Garbage("a quote that never closes, at the header", "quote-head.csv", Fixtures.utf8("\"STT;Tình trạng\r\n1;Xong\r\n")));
    files.add(new Garbage("a stray quote inside a cell", "stray.csv", Fixtures.utf8("STT;Tình trạng\r\n1;Hoàn \"thành\" xong\r\n")));
    files.add(new Garbage("text after a closing quote", "after.csv", Fixtures.utf8("STT;Tình trạng\r\n1;\"Hoàn\"thành\r\n")));
    // Cells past Excel's 32,767 characters. (The header search re-reads every cell of its first 30 rows
    // for each kind and alias: a 1 MB cell there costs seconds, so the sizes stay at a few times the limit.)
    files.add(new Garbage("a 100 KB cell", "huge.csv", Fixtures.utf8("STT;Tình trạng;Ghi chú\r\n1;Hoàn thành;" + "ă".repeat(50_000) + "\r\n")));
    files.add(new Garbage("a 1 MB cell below the header search", "huge-late.csv", Fixtures.utf8("STT;Tình trạng;Ghi chú\r\n"
        + "1;Xong;\r\n".repeat(40) + "2;Hoàn thành;" + "ă".repeat(500_000) + "\r\n")));
    files.add(new Garbage("a 100 KB quoted cell with line breaks", "huge-quoted.csv",
        Fixtures.utf8("STT;Tình trạng;Ghi chú\r\n1;Xong;\"" + "dòng\r\n".repeat(15_000) + "\"\r\n")));
    files.add(new Garbage("a 100 KB header cell", "huge-header.csv", Fixtures.utf8("STT;Tình trạng " + "x".repeat(100_000) + "\r\n1;Xong\r\n")));
    files.add(new Garbage("1,000 columns", "wide.csv", Fixtures.utf8(
        String.join(";", IntStream.range(0, 1000).mapToObj(c -> "Cột " + c).toList()) + ";STT;Tình trạng\r\n1;Xong\r\n")));
    files.add(new Garbage("an Excel cell at the 32,767-character limit", "long.xlsx", Files.readAllBytes(Fixtures.workbook(
        dir.resolve("seed"), "long.xlsx", Fixtures.row("Ghi chú: " + "rất dài ".repeat(5000).substring(0, 32_758)),
        Fixtures.row("STT", "Tình trạng"), Fixtures.row(1, "Xong")))));
    files.add(new Garbage("only a header", "header.csv", Fixtures.utf8("STT;Tình trạng\r\n")));
    files.add(new Garbage("only blank lines", "blank.csv", Fixtures.utf8("\r\n\r\n\n\n\r\n")));
    files.add(new Garbage("only NUL bytes", "nul.csv", new byte[4096]));
    files.add(new Garbage("UTF-16LE without BOM, odd length", "utf16.txt",
        java.util.Arrays.copyOf("STT\tTình trạng\r\n1\tXong\r\n".getBytes(StandardCharsets.UTF_16LE), 41)));
    files.add(new Garbage("UTF-16BE BOM then nothing", "bom.txt", new byte[] {(byte) 0xFE, (byte) 0xFF}));
    files.add(new Garbage("UTF-8 BOM on a UTF-16 body", "mixed.csv",
        Fixtures.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "STT;Tình trạng".getBytes(StandardCharsets.UTF_16LE))));
    files.add(new Garbage("windows-1258 undefined bytes", "undefined.csv",
        Fixtures.concat(Fixtures.windows1258("STT;Tình trạng\r\n1;Hoàn thành\r\n"), new byte[] {'2', ';', (byte) 0x81, (byte) 0x8D, '\r', '\n'})));
    files.add(new Garbage("a zip that is not a workbook", "zip.xlsx", zip()));
    files.add(new Garbage("an empty file named .xls", "empty.xls", new byte[0]));
    files.add(new Garbage("a CSV named .xlsx", "csv.xlsx", Fixtures.utf8(good)));
    files.add(new Garbage("a workbook named .csv", "xlsx.csv", goodXlsx));
    return files.stream().map(Arguments::of);
  }

  private static byte[] mutate(byte[] original, Random random, int edits) {
    byte[] bytes = original.clone();
    byte[] specials = {'"', ';', ',', '\t', '\r', '\n', 0, (byte) 0xFF, (byte) 0xC3, (byte) 0xEF};
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(bytes.length);
      bytes[at] = random.nextBoolean() ? specials[random.nextInt(specials.length)] : (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      zip.write("không phải sổ tính".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("garbage")
  @Timeout(60)
  void turnsAnyFileIntoRowsOrProblemsNeverAnException(Garbage garbage) throws Exception {
    Path file = Fixtures.write(dir.resolve("in"), garbage.name(), garbage.bytes());
    ValidationReport report = new ValidationReport();
    List<String> seen = new ArrayList<>();

    FileReport fileReport = report.open(garbage.name(), "bao-cao");
    assertThatCode(() -> TableParser.read(file, garbage.name(), ALL_KINDS, fileReport, (row, f) -> {
      // Touch everything a reader would: every field, every location.
      for (Column column : row.header().kind().columns()) {
        seen.add(row.get(column.id()));
        seen.add(row.at(column.id()).describe());
      }
      if (seen.size() % 3 == 0) f.tally().countUsed();
      else f.tally().countRejected();
    })).doesNotThrowAnyException();
    report.commit(fileReport);

    // Reading never writes: a damaged .xlsx must come out of the run as it went in.
    assertThat(Files.readAllBytes(file)).as("the input file after reading").isEqualTo(garbage.bytes());
    FileTally tally = report.tallies().get(0);
    assertThat(tally.balanced()).as("read %d = used %d + rejected %d", tally.read(), tally.used(), tally.rejected()).isTrue();
    if (tally.failed()) {
      assertThat(report.problems()).contains(tally.fileProblem());
      assertThat(tally.used()).as("a failed file gives no row").isZero();
    }
    for (Problem problem : report.problems()) {
      assertThat(problem.where().file()).isEqualTo(garbage.name());
      assertThat(problem.describe()).startsWith(garbage.name()).doesNotContain("null").doesNotContain("Exception:")
          .doesNotContain(dir.toString()).doesNotContain(System.getProperty("java.io.tmpdir"));
      assertThat(problem.message()).isNotBlank();
    }
  }

  @Test
  void readsAGoodFileBackAfterAllThat() throws Exception {
    Path file = Fixtures.write(dir.resolve("good"), "KHTC.csv", Fixtures.utf8("STT;Tình trạng\r\n1;Hoàn thành\r\n"));

    assertThat(Fixtures.parse(file, InputKind.SUBMISSION).column("status")).containsExactly("Hoàn thành");
  }
}
