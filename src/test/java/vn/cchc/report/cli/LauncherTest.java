package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Unix launcher (issue #9) chooses Java's options by the size of the office: quick compilation
 * for an office's folder, Java's own for a province's (over 50 MB) and whenever JAVA_OPTS chooses the
 * compilers itself; the collector is always Java's own (ParallelGC ran a province out of a 512 MB heap
 * that G1 makes do with). Run from a folder with a space in its name, with a stand-in {@code java}
 * that prints the arguments it was given, one a line.
 */
class LauncherTest {
  private static final Path SCRIPT = Path.of("src", "dist", "bin", "cchc-report");
  private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");

  @TempDir Path temp;
  private Path program;

  @BeforeEach
  void installWithAStandInJava() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a Unix shell");
    program = temp.resolve("Chương trình/cchc-report");
    Files.createDirectories(program.resolve("bin"));
    Files.createDirectories(program.resolve("lib"));
    Files.copy(SCRIPT, program.resolve("bin/cchc-report"));
    Files.writeString(program.resolve("lib/cchc-report.jar"), "not a jar: the stand-in java never opens it");
    Path java = temp.resolve("jdk/bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    java.toFile().setExecutable(true);
  }

  @Test
  void startsAnOfficeFastAndAProvinceWithJavasDefaults() throws Exception {
    Path office = Files.createDirectories(temp.resolve("office"));
    Files.writeString(office.resolve("cau-hinh.yaml"), "period: 2022-Q1\n");
    List<String> small = launch("--config", office.resolve("cau-hinh.yaml").toString());

    Path province = Files.createDirectories(temp.resolve("province"));
    Files.writeString(province.resolve("cau-hinh.yaml"), "period: 2022-Q1\n");
    try (OutputStream list = Files.newOutputStream(province.resolve("danh-sach-ho-so.csv"))) {
      byte[] mb = new byte[1 << 20];
      for (int i = 0; i < 51; i++) list.write(mb); // written, not sparse: du counts what is on disk
    }
    List<String> large = launch("--config=" + province.resolve("cau-hinh.yaml"));

    assertThat(small).containsAll(FAST_START).contains("-jar").doesNotContain("-XX:+UseParallelGC");
    assertThat(large).doesNotContainAnyElementsOf(FAST_START).contains("-jar").doesNotContain("-XX:+UseParallelGC");
    // the class-data archive's option is one argument, whatever spaces the folder's name has
    assertThat(small).contains("-XX:ArchiveClassesAtExit=" + program.resolve("lib/cchc-report.jsa"));
    // the program's own arguments pass through unchanged, after the jar
    assertThat(large.subList(large.indexOf("-jar") + 2, large.size())).containsExactly("--config=" + province.resolve("cau-hinh.yaml"));
    // transparent huge pages exactly where Linux hands them out on request
    Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean madvise = Files.isReadable(thp) && Files.readString(thp).contains("[madvise]");
    assertThat(small.contains("-XX:+UseTransparentHugePages")).isEqualTo(madvise);
  }

  @Test
  void leavesTheCompilersToJavaOptsWhenItChoosesThem() throws Exception {
    // Java refuses one compiler thread beside C2: "CICompilerCount (1) must be at least 2"
    for (String own : List.of("-Xmx2g -XX:TieredStopAtLevel=4", "-XX:+TieredCompilation", "-XX:CICompilerCount=3", "-Xint")) {
      List<String> given = launchWith(own, "--version");
      assertThat(given).as(own).doesNotContainAnyElementsOf(FAST_START).containsSubsequence(List.of(own.split(" ")));
    }
    assertThat(launchWith("-Xmx2g", "--version")).containsAll(FAST_START).contains("-Xmx2g");
  }

  private List<String> launch(String... args) throws Exception {
    return launchWith(null, args);
  }

  /** The options and arguments the launcher gave java, with JAVA_OPTS set to {@code javaOpts} (null: unset). */
  private List<String> launchWith(String javaOpts, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", program.resolve("bin/cchc-report").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("_JAVA_OPTIONS");
    if (javaOpts != null) builder.environment().put("JAVA_OPTS", javaOpts);
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(printed).isZero();
    return printed.lines().toList();
  }
}
