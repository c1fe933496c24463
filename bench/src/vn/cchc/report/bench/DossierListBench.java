package vn.cchc.report.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitGroup;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.ingest.DossierReader;
import vn.cchc.report.ingest.UnitResolver;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;

/**
 * Ingest benchmark for the dossier list (issue: "1,000,000 rows, ~150 MB CSV, under 5 s on one core
 * with -Xmx256m"). A harness, not a test: it generates the file once (fixed seed, so every machine
 * reads the same bytes), reads it with {@link DossierReader#readFile} for warm-up and measured runs,
 * and prints seconds, rows/s and peak heap per run, then the last run's per-unit figures and the
 * reconciliation. Exits 1 when the rows read, the reconciliation or the planted bad rows do not add up.
 *
 * <p>Run with {@code bench/run}; options: {@code --rows N --warmup N --runs N --file PATH --regenerate
 * --dump PATH} (the last run's figures and problems, one a line, to diff two builds).
 */
public final class DossierListBench {
  static final long SEED = 20240315L;
  static final double TARGET_SECONDS = 5.0;
  /** Data window read by the benchmark: a year ending on a 14th, as offices' reporting periods do. */
  static final LocalDate FROM = LocalDate.of(2023, 12, 15);
  static final LocalDate TO = LocalDate.of(2024, 12, 14);
  /** The export's date: dossiers without a result by then have an empty "Ngày có kết quả". */
  static final LocalDate EXPORTED = LocalDate.of(2024, 12, 31);
  static final LocalDate FIRST_RECEIVED = LocalDate.of(2023, 10, 1);
  /** One row in BAD_EVERY is planted wrong (bad date, unknown unit, no id, result before receipt). */
  static final int BAD_EVERY = 2000;
  /** One row in ODD_CHANNEL_EVERY names no known channel: a warning, the row still counts (as trực tiếp). */
  static final int ODD_CHANNEL_EVERY = 5000;

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Path file = o.file != null ? o.file : Path.of("target", "bench", "dossiers-" + o.rows + ".csv");
    Path expectFile = file.resolveSibling(file.getFileName() + ".properties");
    if (o.regenerate || !Files.isRegularFile(file) || !Files.isRegularFile(expectFile)) {
      long t0 = System.nanoTime();
      Properties expected = generate(file, o.rows);
      try (Writer w = Files.newBufferedWriter(expectFile, StandardCharsets.UTF_8)) {
        expected.store(w, "what the generator planted in " + file.getFileName());
      }
      System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
    }
    Properties expected = new Properties();
    try (var r = Files.newBufferedReader(expectFile, StandardCharsets.UTF_8)) {
      expected.load(r);
    }
    long expectedRows = Long.parseLong(expected.getProperty("rows"));
    long expectedBad = Long.parseLong(expected.getProperty("bad"));
    long expectedWarnings = Long.parseLong(expected.getProperty("oddChannel", "-1"));
    if (expectedRows != o.rows) {
      System.out.printf("%s holds %d rows, not %d: use --regenerate%n", file, expectedRows, o.rows);
      System.exit(1);
    }

    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "file     %s (%.1f MB, %,d data rows)%n", file, Files.size(file) / 1e6, expectedRows);
    System.out.printf(Locale.ROOT, "jvm      %s %s, %d CPU(s) seen, max heap (Runtime.maxMemory) %.0f MB, GC %s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"), rt.availableProcessors(),
        rt.maxMemory() / 1048576.0, gcNames());
    System.out.printf(Locale.ROOT, "window   %s .. %s%n%n", FROM, TO);

    UnitRegistry registry = registry();
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    var os = ManagementFactory.getOperatingSystemMXBean();
    com.sun.management.OperatingSystemMXBean process =
        os instanceof com.sun.management.OperatingSystemMXBean p ? p : null;

    System.out.println("run       seconds      rows/s   cpu-s  jvm-cpu-s  peak-heap-MB  old-peak-MB  GCs  GC-ms");
    List<Double> measured = new ArrayList<>();
    List<Long> peaks = new ArrayList<>();
    Map<String, DossierCounts> last = null;
    ValidationReport lastReport = null;
    for (int run = 0; run < o.warmup + o.runs; run++) {
      boolean warm = run < o.warmup;
      UnitResolver units = new UnitResolver(registry); // fresh per run: its name cache starts cold
      ValidationReport report = new ValidationReport();
      System.gc();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      long gcCount0 = gcCount();
      long gcMs0 = gcMillis();
      long cpu0 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
      long jvm0 = process != null ? process.getProcessCpuTime() : 0;
      long t0 = System.nanoTime();
      Map<String, DossierCounts> result = DossierReader.readFile(file, file.getFileName().toString(), units, FROM, TO, report);
      long t1 = System.nanoTime();
      long cpu1 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
      long jvm1 = process != null ? process.getProcessCpuTime() : 0;
      long peak = 0;
      long oldPeak = 0;
      for (MemoryPoolMXBean p : heapPools) {
        peak += p.getPeakUsage().getUsed();
        if (isOldGen(p.getName())) oldPeak += p.getPeakUsage().getUsed();
      }
      double seconds = (t1 - t0) / 1e9;
      long rows = report.tallies().isEmpty() ? 0 : report.tallies().get(0).read();
      System.out.printf(Locale.ROOT, "%-7s %9.3f %11.0f %7s %10s %13.1f %12.1f %4d %6d%n",
          (warm ? "warm" : "run") + (warm ? run + 1 : run - o.warmup + 1), seconds, rows / seconds,
          cpuTime ? String.format(Locale.ROOT, "%.3f", (cpu1 - cpu0) / 1e9) : "n/a",
          process != null ? String.format(Locale.ROOT, "%.3f", (jvm1 - jvm0) / 1e9) : "n/a",
          peak / 1048576.0, oldPeak / 1048576.0, gcCount() - gcCount0, gcMillis() - gcMs0);
      if (!warm) {
        measured.add(seconds);
        peaks.add(peak);
      }
      last = result;
      lastReport = report;
    }

    double[] sorted = measured.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    double best = sorted.length == 0 ? Double.NaN : sorted[0];
    long maxPeak = peaks.stream().mapToLong(Long::longValue).max().orElse(0);
    if (sorted.length > 0) {
      System.out.printf(Locale.ROOT, "%nmeasured runs %d: best %.3f s, median %.3f s = %.0f rows/s; peak heap %.1f MB of %.0f MB max%n",
          sorted.length, best, median, expectedRows / median, maxPeak / 1048576.0, rt.maxMemory() / 1048576.0);
      if (expectedRows == 1_000_000) {
        System.out.printf(Locale.ROOT, "target   < %.1f s for 1,000,000 rows on one core with -Xmx256m: %s (median)%n%n",
            TARGET_SECONDS, median < TARGET_SECONDS ? "MET" : "MISSED");
      } else {
        System.out.println("target   (set for 1,000,000 rows)");
        System.out.println();
      }
    } else {
      System.out.println();
    }

    if (o.dump != null) dump(o.dump, last, lastReport);
    int failures = printChecks(last, lastReport, registry, expectedRows, expectedBad, expectedWarnings);
    if (failures > 0) {
      System.out.println("FAILED: " + failures + " check(s) above");
      System.exit(1);
    }
  }

  // ---- results and checks --------------------------------------------------------------------

  private static int printChecks(
      Map<String, DossierCounts> result,
      ValidationReport report,
      UnitRegistry registry,
      long expectedRows,
      long expectedBad,
      long expectedWarnings) {
    System.out.println("per-unit figures of the last run (Biểu 06 columns):");
    System.out.printf("%-8s %8s %8s %8s %8s %9s %8s %8s %8s %9s %8s %8s %9s%n", "unit", "carried", "online", "direct",
        "postal", "received", "early", "on-due", "late", "resolved", "pend-ok", "pend-lt", "pending");
    long[] sum = new long[12];
    int failures = 0;
    for (Unit unit : registry.units()) {
      DossierCounts c = result.get(unit.code());
      if (c == null) {
        System.out.printf("%-8s (no dossiers)%n", unit.code());
        continue;
      }
      long[] v = {c.carried(), c.receivedOnline(), c.receivedDirect(), c.receivedPostal(), c.received(), c.early(),
          c.onDueDate(), c.late(), c.resolved(), c.pendingInTime(), c.pendingLate(), c.pending()};
      for (int i = 0; i < v.length; i++) sum[i] += v[i];
      System.out.printf("%-8s %8d %8d %8d %8d %9d %8d %8d %8d %9d %8d %8d %9d%n", unit.code(), v[0], v[1], v[2], v[3], v[4],
          v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
      if (c.received() != c.resolved() + c.pending()) {
        System.out.printf("  ✗ %s: received %d ≠ resolved %d + pending %d%n", unit.code(), c.received(), c.resolved(), c.pending());
        failures++;
      }
    }
    System.out.printf("%-8s %8d %8d %8d %8d %9d %8d %8d %8d %9d %8d %8d %9d%n%n", "total", sum[0], sum[1], sum[2], sum[3],
        sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], sum[10], sum[11]);
    if (result.size() != registry.units().size()) {
      System.out.printf("  ✗ %d units in the result, %d in the registry%n", result.size(), registry.units().size());
      failures++;
    }

    FileTally t = report.tallies().isEmpty() ? null : report.tallies().get(0);
    if (t == null || t.failed()) {
      System.out.println("  ✗ the file failed: " + (t == null ? "no tally" : t.fileProblem().describe()));
      return failures + 1;
    }
    Map<String, Integer> byCode = new TreeMap<>();
    for (Problem p : report.problems()) byCode.merge(p.severity() + " " + p.code(), 1, Integer::sum);
    System.out.println("reconciliation of the last run:");
    System.out.printf("  rows read %,d = used %,d + rejected %,d : %s%n", t.read(), t.used(), t.rejected(),
        t.balanced() ? "balanced" : "NOT BALANCED");
    System.out.printf("  used %,d = counted in the window %,d + outside it (resolved before / received after) %,d%n",
        t.used(), sum[4], t.used() - sum[4]);
    System.out.printf("  problems %s%n", byCode);
    System.out.println("  first problems:");
    report.problems().stream().limit(3).forEach(p -> System.out.println("    " + p.describe()));
    if (t.read() != expectedRows) {
      System.out.printf("  ✗ rows read %,d ≠ %,d generated%n", t.read(), expectedRows);
      failures++;
    }
    if (!t.balanced()) {
      System.out.println("  ✗ rows read ≠ used + rejected");
      failures++;
    }
    if (t.rejected() != expectedBad) {
      System.out.printf("  ✗ rejected %,d ≠ %,d rows planted bad%n", t.rejected(), expectedBad);
      failures++;
    }
    if (report.errorCount() != expectedBad) {
      System.out.printf("  ✗ %d errors ≠ %d rows planted bad (one error each)%n", report.errorCount(), expectedBad);
      failures++;
    }
    if (report.warningCount() != expectedWarnings) {
      System.out.printf("  ✗ %d warnings ≠ %d rows planted with an unknown channel%n", report.warningCount(), expectedWarnings);
      failures++;
    }
    if (sum[4] > t.used() || sum[4] == 0) {
      System.out.printf("  ✗ counted %,d does not fit used %,d%n", sum[4], t.used());
      failures++;
    }
    if (failures == 0) {
      System.out.printf("  ✓ %,d rows read, reconciliation balanced, %,d rejected = rows planted bad, %,d warnings = odd channels planted%n",
          t.read(), expectedBad, expectedWarnings);
    }
    return failures;
  }

  /** Every figure and problem of the last run, one a line, to compare two builds with diff. */
  private static void dump(Path path, Map<String, DossierCounts> result, ValidationReport report) throws IOException {
    try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      for (DossierCounts c : result.values()) w.write(c + "\n");
      for (FileTally t : report.tallies()) {
        w.write(t.file() + " read=" + t.read() + " used=" + t.used() + " rejected=" + t.rejected() + "\n");
      }
      for (Problem p : report.problems()) w.write(p + "\n");
    }
    System.out.println("wrote " + path);
  }

  private static boolean isOldGen(String pool) {
    String p = pool.toLowerCase(Locale.ROOT);
    return p.contains("old") || p.contains("tenured");
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  private static String gcNames() {
    return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
  }

  // ---- the province: units and how exports write them ----------------------------------------

  /** code, name as in the registry, aliases (registry), then other ways exports write the name. */
  private static final String[][] UNITS = {
    {"STP", "Sở Tư pháp", "", "SỞ TƯ PHÁP|Sở tư pháp"},
    {"SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "Sở KH&ĐT|SỞ KẾ HOẠCH VÀ ĐẦU TƯ"},
    {"STC", "Sở Tài chính", "", "Sở Tài chính.|sở tài chính"},
    {"SXD", "Sở Xây dựng", "", "SỞ XÂY DỰNG"},
    {"SGTVT", "Sở Giao thông vận tải", "Sở GTVT", "Sở Giao thông Vận tải|Sở GTVT"},
    {"STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TN&MT|Sở Tài nguyên  và Môi trường"},
    {"SLDTBXH", "Sở Lao động – Thương binh và Xã hội", "Sở LĐTBXH",
        "Sở Lao động - Thương binh và Xã hội|Sở Lao động-Thương binh và Xã hội|SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"},
    {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "Sở Văn hoá, Thể thao và Du lịch|Sở VHTTDL"},
    {"SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT|Sở Nông nghiệp và PTNT", "Sở NN&PTNT|Sở Nông nghiệp và PTNT"},
    {"SYT", "Sở Y tế", "", "SỞ Y TẾ|Sở y tế"},
    {"SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở GD&ĐT"},
    {"SCT", "Sở Công Thương", "", "Sở Công thương|SỞ CÔNG THƯƠNG"},
    {"SNV", "Sở Nội vụ", "", "Sở nội vụ"},
    {"STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TT&TT"},
    {"SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", "Sở KH&CN|Sở Khoa học và Công Nghệ"},
    {"TPSL", "UBND thành phố Sơn La", "Ủy ban nhân dân thành phố Sơn La|UBND TP Sơn La", "Ủy ban nhân dân thành phố Sơn La|UBND TP Sơn La|UBND Thành phố Sơn La"},
    {"HMC", "UBND huyện Mộc Châu", "Ủy ban nhân dân huyện Mộc Châu", "Uỷ ban nhân dân huyện Mộc Châu|UBND Huyện Mộc Châu"},
    {"HMS", "UBND huyện Mai Sơn", "Ủy ban nhân dân huyện Mai Sơn", "Ủy ban nhân dân huyện Mai Sơn|UBND huyện Mai Sơn."},
    {"HTC", "UBND huyện Thuận Châu", "Ủy ban nhân dân huyện Thuận Châu", "UBND HUYỆN THUẬN CHÂU"},
    {"HYC", "UBND huyện Yên Châu", "Ủy ban nhân dân huyện Yên Châu", "Uỷ ban nhân dân huyện Yên Châu"},
    {"HSM", "UBND huyện Sông Mã", "Ủy ban nhân dân huyện Sông Mã", "UBND huyện Sông Mã"},
  };
  /** Share of each unit's dossiers, in tenths of a percent (sums to 1000). */
  private static final int[] UNIT_WEIGHTS = {40, 70, 25, 45, 90, 80, 55, 20, 35, 40, 15, 30, 15, 10, 10,
      120, 70, 80, 60, 45, 45};

  static UnitRegistry registry() {
    List<Unit> units = new ArrayList<>();
    for (String[] u : UNITS) units.add(new Unit(u[0], u[1], u[2].isEmpty() ? List.of() : List.of(u[2].split("\\|"))));
    List<String> departments = Arrays.stream(UNITS).map(u -> u[0]).filter(c -> c.startsWith("S")).toList();
    List<String> districts = Arrays.stream(UNITS).map(u -> u[0]).filter(c -> !c.startsWith("S")).toList();
    return new UnitRegistry(units, List.of(
        new UnitGroup("CACSO", "Các Sở, ban, ngành", List.of("Các sở"), departments),
        new UnitGroup("CACHUYEN", "UBND các huyện, thành phố", List.of("Các huyện"), districts)));
  }

  // ---- the generator -------------------------------------------------------------------------

  private static final String[] PROCEDURES = {
    "Cấp phiếu lý lịch tư pháp",
    "Đăng ký doanh nghiệp",
    "Cấp giấy phép xây dựng",
    "Cấp đổi giấy phép lái xe",
    "Cấp sổ đỏ lần đầu",
    "Thẩm định, phê duyệt ĐTM",
    "Trợ cấp thất nghiệp",
    "Cấp phép karaoke, vũ trường",
    "Cấp GCN an toàn thực phẩm",
    "Cấp chứng chỉ hành nghề y",
    "Công nhận trường chuẩn",
    "Cấp phép bán lẻ rượu",
    "Thành lập hội",
    "Cấp phép báo in",
    "Đăng ký kết quả KH&CN",
    "Đăng ký khai sinh, nhận cha, mẹ, con",
    "Chứng thực bản sao",
    "Cấp phép vận tải",
  };
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Cầm", "Quàng"};
  private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Thanh"};
  private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lan", "Long", "Mai", "Nam", "Phương",
      "Quang", "Thảo", "Tuấn", "Yến", "Xuân"};
  private static final String[] COMPANIES = {
    "Công ty TNHH Xây dựng Minh Phát, chi nhánh Sơn La",
    "Công ty Cổ phần \"Hoa Sen\" Tây Bắc",
    "Hợp tác xã Nông nghiệp Chiềng Mung",
    "Công ty TNHH Vận tải Thành Công",
  };
  private static final String[] ONLINE = {"Trực tuyến", "Trực tuyến", "Trực tuyến", "Dịch vụ công trực tuyến", "TRỰC TUYẾN"};
  private static final String[] DIRECT = {"Trực tiếp", "Trực tiếp", "Trực tiếp", "TRỰC TIẾP", "Trực tiếp tại Bộ phận Một cửa"};
  private static final String[] POSTAL = {"Bưu chính", "Qua dịch vụ bưu chính công ích"};
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DMY_SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");

  /**
   * Writes {@code rows} dossiers (UTF-8 with BOM, ',' separator, a title line above the header) and
   * returns what was planted: the row count and the rows made bad on purpose.
   */
  static Properties generate(Path file, long rows) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    SplittableRandom random = new SplittableRandom(SEED);
    String[][] unitForms = new String[UNITS.length][];
    for (int i = 0; i < UNITS.length; i++) {
      List<String> forms = new ArrayList<>();
      forms.add(UNITS[i][1]);
      forms.add(UNITS[i][1]); // the registry name is the most common form
      forms.addAll(List.of(UNITS[i][3].split("\\|")));
      unitForms[i] = forms.toArray(String[]::new);
    }
    int[] cumulative = new int[UNIT_WEIGHTS.length];
    for (int i = 0, s = 0; i < UNIT_WEIGHTS.length; i++) cumulative[i] = s += UNIT_WEIGHTS[i];
    int days = (int) (EXPORTED.toEpochDay() - FIRST_RECEIVED.toEpochDay()) + 1;
    LocalDate[] dayTable = new LocalDate[days + 120];
    String[] dmy = new String[dayTable.length];
    String[] dmyShort = new String[dayTable.length];
    for (int d = 0; d < dayTable.length; d++) {
      dayTable[d] = FIRST_RECEIVED.plusDays(d);
      dmy[d] = DMY.format(dayTable[d]);
      dmyShort[d] = DMY_SHORT.format(dayTable[d]);
    }
    long bad = 0;
    long oddChannel = 0;
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      w.write("DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH TỈNH SƠN LA NĂM 2024,,,,,,,,\r\n");
      w.write(",,,,,,,,\r\n");
      w.write("STT,Mã hồ sơ,Tên thủ tục hành chính,Người nộp,Cơ quan giải quyết,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp\r\n");
      StringBuilder line = new StringBuilder(256);
      for (long n = 1; n <= rows; n++) {
        int pick = random.nextInt(1000);
        int unit = 0;
        while (cumulative[unit] <= pick) unit++;
        String[] forms = unitForms[unit];
        String unitText = forms[random.nextInt(forms.length)];
        int received = random.nextInt(days);
        int due = received + 3 + random.nextInt(28);
        int roll = random.nextInt(100);
        int done = roll < 60 ? received + random.nextInt(due - received) // trước hạn
            : roll < 85 ? due // đúng hạn
            : due + 1 + random.nextInt(20); // quá hạn
        String doneText = done >= days ? "" : dateText(random, dmy, dmyShort, done); // after the export: pending
        String receivedText = dateText(random, dmy, dmyShort, received);
        String dueText = dateText(random, dmy, dmyShort, due);
        int ch = random.nextInt(100);
        String channel = ch < 55 ? ONLINE[random.nextInt(ONLINE.length)]
            : ch < 95 ? DIRECT[random.nextInt(DIRECT.length)] : POSTAL[random.nextInt(POSTAL.length)];
        String applicant = random.nextInt(20) == 0 ? COMPANIES[random.nextInt(COMPANIES.length)]
            : FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
        String procedure = PROCEDURES[(unit * 5 + random.nextInt(4)) % PROCEDURES.length];
        String id = String.format(Locale.ROOT, "H56-%s-%07d", dmy[received].substring(8)
            + dmy[received].substring(3, 5) + dmy[received].substring(0, 2), n);
        int mess = random.nextInt(100);
        if (mess == 0) applicant = Normalizer.normalize(applicant, Normalizer.Form.NFD); // typed on a Mac
        else if (mess == 1) unitText = " " + unitText + "  "; // stray spaces
        else if (mess == 2) applicant = applicant.replace(' ', '\u00A0'); // pasted from a web page
        else if (mess == 3) procedure = Normalizer.normalize(procedure, Normalizer.Form.NFD);

        if (n % ODD_CHANNEL_EVERY == 1) {
          channel = n % (2 * ODD_CHANNEL_EVERY) == 1 ? "Khác" : "";
          oddChannel++;
        }
        if (n % BAD_EVERY == 0) {
          bad++;
          switch ((int) (n / BAD_EVERY % 4)) {
            case 0 -> receivedText = "31/02/2024";
            case 1 -> unitText = "Phòng Tư pháp huyện Quỳnh Nhai";
            case 2 -> id = "";
            default -> {
              doneText = dmy[received];
              receivedText = dmy[received + 2];
            }
          }
        }
        line.setLength(0);
        line.append(n).append(',');
        cell(line, id).append(',');
        cell(line, procedure).append(',');
        cell(line, applicant).append(',');
        cell(line, unitText).append(',');
        line.append(receivedText).append(',').append(dueText).append(',').append(doneText).append(',');
        cell(line, channel).append("\r\n");
        w.append(line);
      }
      w.flush();
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    Properties p = new Properties();
    p.setProperty("rows", Long.toString(rows));
    p.setProperty("bad", Long.toString(bad));
    p.setProperty("oddChannel", Long.toString(oddChannel));
    p.setProperty("seed", Long.toString(SEED));
    p.setProperty("bytes", Long.toString(Files.size(file)));
    return p;
  }

  /** Mostly dd/mm/yyyy; some d/m/yyyy, some with a time after the date, as exports write them. */
  private static String dateText(SplittableRandom random, String[] dmy, String[] dmyShort, int day) {
    int r = random.nextInt(20);
    if (r == 0) return dmyShort[day];
    if (r == 1) return dmy[day] + " 08:30";
    return dmy[day];
  }

  private static StringBuilder cell(StringBuilder line, String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) return line.append(text);
    return line.append('"').append(text.replace("\"", "\"\"")).append('"');
  }

  // ---- options ---------------------------------------------------------------------------------

  private static final class Options {
    long rows = 1_000_000;
    int warmup = 1;
    int runs = 3;
    Path file;
    Path dump;
    boolean regenerate;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rows" -> o.rows = Long.parseLong(args[++i]);
          case "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
          case "--runs" -> o.runs = Integer.parseInt(args[++i]);
          case "--file" -> o.file = Path.of(args[++i]);
          case "--regenerate" -> o.regenerate = true;
          case "--dump" -> o.dump = Path.of(args[++i]);
          default -> {
            System.err.println("usage: DossierListBench [--rows N] [--warmup N] [--runs N] [--file PATH] [--regenerate] [--dump PATH]");
            System.exit(2);
          }
        }
      }
      return o;
    }
  }
}
