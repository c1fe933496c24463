package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9: the program in a child JVM, stopped while it writes, run twice at once, under another
 * umask, time zone and working directory. The output folder always holds one complete set.
 */
class OutputSetRunTest {
  private static final List<String> FULL_SET = List.of("bao-cao-cchc-2022-Q1.docx", "bao-cao-cchc-2022-Q1.pdf",
      "kiem-tra-du-lieu-doi-soat.csv", "kiem-tra-du-lieu.csv", "kiem-tra-du-lieu.xlsx", "bang-so-lieu.xlsx", "tong-hop.json",
      "cong-van-don-doc-CSCN.docx", "cong-van-don-doc-CSCN.pdf", "cong-van-don-doc-NCC.docx", "cong-van-don-doc-NCC.pdf",
      "cong-van-don-doc-TEBDG.docx", "cong-van-don-doc-TEBDG.pdf", "cong-van-don-doc-TTBTXH.docx", "cong-van-don-doc-TTBTXH.pdf",
      "cong-van-don-doc-VP.docx", "cong-van-don-doc-VP.pdf", "in-cong-van-don-doc.pdf", "tong-hop.html");

  @TempDir Path temp;
  private Path data;
  private Path output;

  @BeforeEach
  void copyTheSample() throws IOException {
    data = SampleData.copyInto(temp);
    output = temp.resolve("out");
  }

  /** The README's run command in a child JVM. */
  private ProcessBuilder child(Path workingDirectory, Map<String, String> environment, String... extra) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dcchc.log=" + temp.resolve("nhat-ky.log"), "-cp", System.getProperty("java.class.path")));
    command.addAll(Arrays.asList(extra).subList(0, Arrays.asList(extra).indexOf("--")));
    command.add(Main.class.getName());
    command.addAll(List.of("--config", data.resolve("cau-hinh.yaml").toString(), "--output", output.toString(), "--today", "2022-03-20"));
    command.addAll(Arrays.asList(extra).subList(Arrays.asList(extra).indexOf("--") + 1, extra.length));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
        .redirectOutput(temp.resolve("child-" + System.nanoTime() + ".txt").toFile());
    builder.environment().putAll(environment);
    return builder;
  }

  private int run(ProcessBuilder builder) throws Exception {
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
    return process.exitValue();
  }

  private List<String> entries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : entries(folder)) files.put(name, Files.readAllBytes(folder.resolve(name)));
    return files;
  }

  /**
   * Nothing goes through the temporary folder (a killed run would leave it there): the run
   * succeeds with a java.io.tmpdir that does not exist. Java copies a font read from bytes into that
   * folder; the fonts it measures with are read from their files (target/fonts, lib/fonts).
   */
  @Test
  void needsNoTemporaryFolder() throws Exception {
    Path log = temp.resolve("no-temp.txt");
    ProcessBuilder builder = child(temp, Map.of(), "-Djava.io.tmpdir=" + temp.resolve("no-such-folder"), "--").redirectOutput(log.toFile());
    assertThat(run(builder)).as(Files.readString(log, StandardCharsets.UTF_8)).isEqualTo(ExitCode.DATA_ERRORS.code());
    assertThat(entries(output.resolve("2022-Q1"))).containsExactlyInAnyOrderElementsOf(FULL_SET);
  }

  @Test
  void aRunStoppedWhileWritingLeavesTheOldSetOrTheNewOneAndNothingElse() throws Exception {
    assertThat(run(child(temp, Map.of(), "--"))).isEqualTo(ExitCode.DATA_ERRORS.code());
    Map<String, byte[]> first = contents(output.resolve("2022-Q1"));
    assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(FULL_SET);

    for (long stopAfter : new long[] {300, 1200, 2200, 3200, 4200}) {
      Process process = child(temp, Map.of(), "-Dcchc.test.pauseAfterEachFile=400", "--", "--overwrite").start();
      Thread.sleep(stopAfter);
      process.destroy(); // SIGTERM: what Ctrl+C or a shutdown does
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(entries(output)).as("after a stop at %d ms", stopAfter).allMatch(n -> n.equals("2022-Q1") || n.equals("2022-Q1.bak"));
      Path set = output.resolve("2022-Q1");
      assertThat(entries(set)).as("after a stop at %d ms", stopAfter).containsExactlyInAnyOrderElementsOf(FULL_SET);
      assertThat(contents(set).get("tong-hop.json")).isEqualTo(first.get("tong-hop.json"));
    }
    Path log = temp.resolve("nhat-ky.log");
    assertThat(log).as(() -> "the log holds: " + (Files.exists(log) ? readQuietly(log) : "")).doesNotExist();
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void aSecondRunOnThePeriodWaitsItsTurn() throws Exception {
    Process slow = child(temp, Map.of(), "-Dcchc.test.pauseAfterEachFile=1500", "--").start();
    Thread.sleep(2500);
    Path secondOut = temp.resolve("second.txt");
    ProcessBuilder second = child(temp, Map.of(), "--").redirectOutput(secondOut.toFile());

    int secondExit = run(second);

    assertThat(secondExit).isEqualTo(ExitCode.SETUP.code());
    assertThat(Files.readString(secondOut, StandardCharsets.UTF_8)).contains("Một lần chạy khác đang ghi kết quả kỳ 2022-Q1")
        .contains("tiến trình " + slow.pid());
    assertThat(slow.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(slow.exitValue()).isEqualTo(ExitCode.DATA_ERRORS.code());
    assertThat(entries(output)).containsExactly("2022-Q1");
    assertThat(entries(output.resolve("2022-Q1"))).containsExactlyInAnyOrderElementsOf(FULL_SET);
  }

  @Test
  void writesFilesWithTheUmasksPermissionsTheSameBytesInEveryTimeZoneAndLanguageFromAnyFolder() throws Exception {
    Path elsewhere = Files.createDirectories(temp.resolve("somewhere/else"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Map<String, byte[]>> sets = new ArrayList<>();
    // time zones, and machine languages whose digits or letter cases differ (Arabic-Indic digits, Turkish dotless i)
    String[][] machines = {{"UTC", "en"}, {"Asia/Ho_Chi_Minh", "vi"}, {"UTC", "ar"}, {"Europe/Istanbul", "tr"}};
    for (String[] machine : machines) {
      String zone = machine[0];
      ProcessBuilder builder = new ProcessBuilder("sh", "-c", "umask 022 && exec \"$0\" \"$@\"", java, "-Duser.language=" + machine[1], "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "--config", data.resolve("cau-hinh.yaml").toString(),
          "--output", output.toString(), "--today", "2022-03-20", "--overwrite")
          .directory(elsewhere.toFile()).redirectErrorStream(true).redirectOutput(temp.resolve("tz-" + sets.size() + ".txt").toFile());
      builder.environment().put("TZ", zone);

      assertThat(run(builder)).as(Files.exists(temp.resolve("tz-" + sets.size() + ".txt"))
          ? Files.readString(temp.resolve("tz-" + sets.size() + ".txt"), StandardCharsets.UTF_8) : "").isEqualTo(ExitCode.DATA_ERRORS.code());
      Path set = output.resolve("2022-Q1");
      sets.add(contents(set));
      for (String name : FULL_SET) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(set.resolve(name)))).as(name).isEqualTo("rw-r--r--");
      }
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(set))).isEqualTo("rwxr-xr-x");
    }
    for (int i = 1; i < sets.size(); i++) {
      for (String name : FULL_SET) assertThat(sets.get(i).get(name)).as(name + " on " + String.join("/", machines[i])).isEqualTo(sets.get(0).get(name));
    }
  }
}
