package vn.cchc.report.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Issue #9, item 8: a province-sized office — 500 units in 5 groups, a plan of 5,000 tasks, a
 * report from every unit on every task it leads — run through the command line in a child JVM with
 * {@code -Xmx512m}, a cold JVM each time. Prints min / median / max wall seconds, the child's peak
 * resident memory (VmHWM) and its exit code, which must be 0 (the generated data has no error).
 *
 * <p>Usage: {@code LargeOfficeBench JAR [RUNS] [TASKS] [UNITS] [HEAP]}
 */
public final class LargeOfficeBench {
  private LargeOfficeBench() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int tasks = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
    int units = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    String heap = args.length > 4 ? args[4] : "512m";
    Path data = Path.of("target/bench/office-" + tasks + "-" + units).toAbsolutePath();
    int rows = generate(data, tasks, units);
    System.out.printf("Văn phòng %d đơn vị, kế hoạch %d nhiệm vụ, %d dòng báo cáo; -Xmx%s; %d lần (JVM mới mỗi lần)%n",
        units, tasks, rows, heap, runs);
    double[] seconds = new double[runs];
    long peak = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Process p = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toString(), "--config", data.resolve("cau-hinh.yaml").toString(),
          "--output", data.resolve("out").toString(), "--overwrite", "--today", "2022-12-20")
          .redirectOutput(data.resolve("run.log").toFile()).redirectErrorStream(true).start();
      long hwm = 0;
      while (!p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) hwm = Math.max(hwm, highWaterMark(p.pid()));
      seconds[i] = (System.nanoTime() - start) / 1e9;
      peak = Math.max(peak, hwm);
      if (p.exitValue() != 0) {
        System.out.println(Files.readString(data.resolve("run.log"), StandardCharsets.UTF_8));
        throw new IllegalStateException("exit " + p.exitValue() + " (expected 0: the generated office has no error)");
      }
    }
    java.util.Arrays.sort(seconds);
    System.out.printf("  min %.2f  median %.2f  max %.2f s; bộ nhớ thường trú cao nhất %d MB; mã thoát 0%n", seconds[0], seconds[runs / 2],
        seconds[runs - 1], peak / 1024);
  }

  /** The child's peak resident set size in kB (Linux), 0 when unknown. */
  private static long highWaterMark(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
      }
    } catch (IOException | RuntimeException e) {
      // ended meanwhile
    }
    return 0;
  }

  /** Writes the office; returns the number of report rows. Deterministic (fixed seed). */
  private static int generate(Path data, int tasks, int units) throws IOException {
    SplittableRandom random = new SplittableRandom(2022);
    Files.createDirectories(data.resolve("don-vi"));
    Files.createDirectories(data.resolve("ke-hoach"));
    Files.createDirectories(data.resolve("bao-cao/2022-Q4"));
    Files.createDirectories(data.resolve("ho-so/2022-Q4"));
    List<String> registry = new ArrayList<>(List.of("Mã đơn vị;Tên đơn vị;Tên gọi khác;Thành viên"));
    for (int u = 1; u <= units; u++) registry.add("DV" + u + ";Đơn vị số " + u + " của tỉnh;;");
    int groups = 5;
    for (int g = 1; g <= groups; g++) {
      StringBuilder members = new StringBuilder();
      for (int u = g; u <= units; u += groups) members.append(members.length() == 0 ? "" : "; ").append("DV").append(u);
      registry.add("NHOM" + g + ";Nhóm đơn vị số " + g + ";;\"" + members + "\"");
    }
    BenchOffice.writeCsv(data.resolve("don-vi/danh-muc.csv"), registry);
    List<String> plan = new ArrayList<>(List.of("STT;Nội dung công việc;Đơn vị chủ trì;Thời gian hoàn thành"));
    List<List<String>> reports = new ArrayList<>();
    for (int u = 0; u <= units; u++) reports.add(new ArrayList<>(List.of("STT;Tình trạng;Ngày hoàn thành;Sản phẩm")));
    String[] deadlines = {"Trước 30/9/2022", "Quý III/2022", "Tháng 12/2022", "Thường xuyên trong năm 2022", "Theo kế hoạch"};
    int rows = 0;
    for (int t = 1; t <= tasks; t++) {
      List<Integer> leads = new ArrayList<>();
      String leadText;
      if (t % 50 == 0) {
        int g = 1 + random.nextInt(groups);
        leadText = "Nhóm đơn vị số " + g;
        for (int u = g; u <= units; u += groups) leads.add(u);
      } else {
        int a = 1 + random.nextInt(units);
        int b = 1 + random.nextInt(units);
        leads.add(a);
        if (b != a && t % 3 == 0) leads.add(b);
        leadText = String.join(", ", leads.stream().map(u -> "Đơn vị số " + u + " của tỉnh").toList());
      }
      plan.add(t + ";Nhiệm vụ số " + t + ": rà soát, đánh giá, báo cáo kết quả thực hiện cải cách hành chính;" + leadText + ";"
          + deadlines[t % deadlines.length]);
      for (int u : leads) {
        String status = random.nextInt(3) == 0 ? "Đang thực hiện" : "Hoàn thành";
        String done = status.equals("Hoàn thành") ? (1 + random.nextInt(28)) + "/" + (9 + random.nextInt(3)) + "/2022" : "";
        reports.get(u).add(t + ";" + status + ";" + done + ";Văn bản số " + t + "/BC");
        rows++;
      }
    }
    BenchOffice.writeCsv(data.resolve("ke-hoach/ke-hoach.csv"), plan);
    for (int u = 1; u <= units; u++) BenchOffice.writeCsv(data.resolve("bao-cao/2022-Q4/DV" + u + ".csv"), reports.get(u));
    BenchOffice.writeCsv(data.resolve("ho-so/2022-Q4/bieu-06.csv"), List.of(
        "Đơn vị;Kỳ trước chuyển qua;Tiếp nhận trực tuyến;Tiếp nhận trực tiếp;Đã giải quyết trước hạn;Đã giải quyết đúng hạn;"
            + "Đã giải quyết quá hạn;Đang giải quyết trong hạn;Đang giải quyết quá hạn",
        "DV1;0;100;50;120;30;0;0;0"));
    BenchOffice.writeConfig(data, "2022-Q4", "01/01/2022");
    return rows;
  }
}
