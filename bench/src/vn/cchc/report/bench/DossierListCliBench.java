package vn.cchc.report.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitGroup;
import vn.cchc.report.domain.UnitRegistry;

/**
 * Issue #9: the 1,000,000-row dossier list of {@link DossierListBench} run through the command line
 * — a cold JVM each time, {@code -Xmx256m}, the whole program (configuration, registry, plan, the
 * list, the validation report) — with the launcher's options fixed (CDS, C1 only), with plain
 * {@code java -jar}, and with the launcher script itself (which drops the C1 cap for a folder of over
 * 50 MB), all with {@code -Xmx256m}.
 * Prints min / median / max wall seconds and the exit code (1: the list's planted bad rows).
 *
 * <p>Usage: {@code DossierListCliBench JAR ARCHIVE [RUNS] [ROWS]}
 */
public final class DossierListCliBench {
  private DossierListCliBench() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path archive = Path.of(args[1]).toAbsolutePath();
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long rows = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000;
    Path list = Path.of("target", "bench", "dossiers-" + rows + ".csv").toAbsolutePath();
    if (!Files.isRegularFile(list)) {
      Properties planted = DossierListBench.generate(list, rows);
      System.out.println("generated " + list + " (" + planted.getProperty("rows") + " rows)");
    }
    Path office = office(list, rows);
    System.out.printf("%s (%.1f MB) qua dòng lệnh kiem-tra, -Xmx256m, %d lần mỗi cách (JVM mới mỗi lần)%n", list.getFileName(),
        Files.size(list) / 1e6, runs);
    List<String> launcher = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xms64m");
    List<String> javaJar = List.of("java", "-Xmx256m");
    List<String> jarArgs = List.of("-jar", jar.toString());
    measure("CDS, chỉ C1", concat(javaJar, launcher, jarArgs), office, runs);
    measure("java -jar", concat(javaJar, jarArgs), office, runs);
    // The launcher itself: the configuration's folder holds over 50 MB, so it leaves out the C1 cap.
    Path script = jar.getParent().resolveSibling("bin").resolve("cchc-report");
    if (Files.isExecutable(script)) measure("bin/cchc-report (tự chọn)", List.of(script.toString()), office, runs);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return concat(concat(a, b), c);
  }

  private static void measure(String label, List<String> start, Path office, int runs) throws Exception {
    double[] seconds = new double[runs];
    int exit = -1;
    for (int i = 0; i < runs; i++) {
      List<String> command = new ArrayList<>(start);
      command.addAll(List.of("kiem-tra", "--config", office.resolve("cau-hinh.yaml").toString(),
          "--output", office.resolve("out").toString(), "--overwrite", "--today", "2024-12-20"));
      long begin = System.nanoTime();
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(office.resolve("run.log").toFile()).redirectErrorStream(true);
      builder.environment().put("JAVA_OPTS", "-Xmx256m");
      Process p = builder.start();
      exit = p.waitFor();
      seconds[i] = (System.nanoTime() - begin) / 1e9;
      if (exit != 1) {
        System.out.println(Files.readString(office.resolve("run.log"), StandardCharsets.UTF_8));
        throw new IllegalStateException("exit " + exit + " (expected 1: the planted bad rows)");
      }
    }
    java.util.Arrays.sort(seconds);
    System.out.printf("  %-28s min %.2f  median %.2f  max %.2f s; mã thoát %d%n", label, seconds[0], seconds[runs / 2],
        seconds[runs - 1], exit);
  }

  /** An office of the list's 21 units, a one-task plan, the list as the year 2024's dossier file. */
  private static Path office(Path list, long rows) throws IOException {
    Path office = Path.of("target", "bench", "office-dossiers-" + rows).toAbsolutePath();
    Files.createDirectories(office.resolve("don-vi"));
    Files.createDirectories(office.resolve("ke-hoach"));
    Files.createDirectories(office.resolve("bao-cao/2024"));
    Files.createDirectories(office.resolve("ho-so/2024"));
    UnitRegistry registry = DossierListBench.registry();
    List<String> lines = new ArrayList<>(List.of("Mã đơn vị;Tên đơn vị;Tên gọi khác;Thành viên"));
    for (Unit u : registry.units()) lines.add(u.code() + ";" + u.name() + ";" + String.join("; ", u.aliases()) + ";");
    for (UnitGroup g : registry.groups()) lines.add(g.code() + ";" + g.name() + ";" + String.join("; ", g.aliases()) + ";"
        + String.join("; ", g.members()));
    BenchOffice.writeCsv(office.resolve("don-vi/danh-muc.csv"), lines);
    BenchOffice.writeCsv(office.resolve("ke-hoach/ke-hoach.csv"), List.of("STT;Nội dung công việc;Đơn vị chủ trì;Thời gian hoàn thành",
        "1;Giải quyết thủ tục hành chính đúng hạn;" + registry.units().get(0).name() + ";Thường xuyên trong năm 2024"));
    Path target = office.resolve("ho-so/2024/danh-sach-ho-so.csv");
    if (!Files.exists(target)) {
      try {
        Files.createLink(target, list);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(list, target);
      }
    }
    BenchOffice.writeConfig(office, "\"2024\"", "01/01/2024");
    return office;
  }
}
