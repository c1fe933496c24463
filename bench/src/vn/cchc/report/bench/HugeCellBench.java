package vn.cchc.report.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Issue #8, item 6: "a 2 MB cell adds well under a second". Times whole runs of {@code kiem-tra}
 * (a cold JVM each, as an office runs it) on the sample office as it is, and on copies where a
 * unit's CSV, a unit's workbook and the plan's title block each hold a cell of the given size.
 * Prints min / median / max wall seconds per case and the median's difference from the sample's.
 *
 * <p>Usage: {@code HugeCellBench JAR [RUNS] [CELL_CHARS]}
 */
public final class HugeCellBench {
  private HugeCellBench() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 2_000_000;
    Path work = Files.createTempDirectory("huge-cell-bench");
    String cell = words(size);

    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"mẫu (không đổi)", copy(work.resolve("sample")).toString()});
    Path csv = copy(work.resolve("csv"));
    Path file = csv.resolve("bao-cao/2022-Q1/CSCN.csv");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text + "8.2,\"" + cell + "\",,,\r\n" + "5.1,Đang thực hiện,,,\"" + cell + "\"\r\n", StandardCharsets.UTF_8);
    cases.add(new String[] {"CSV: 2 ô lớn (Tình trạng, Ghi chú)", csv.toString()});
    Path xlsx = copy(work.resolve("xlsx"));
    addRow(xlsx.resolve("bao-cao/2022-Q1/TTDVVL.xlsx"), 0, cell);
    cases.add(new String[] {"XLSX: 1 ô lớn trong bảng", xlsx.toString()});
    Path plan = copy(work.resolve("plan"));
    setCell(plan.resolve("ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx"), 0, 7, cell);
    cases.add(new String[] {"Kế hoạch: 1 ô lớn trong khối tiêu đề", plan.toString()});

    System.out.printf("cchc-report kiem-tra, %d lần mỗi trường hợp (JVM mới mỗi lần), ô %,d ký tự%n", runs, size);
    double base = Double.NaN;
    for (String[] c : cases) {
      double[] seconds = new double[runs];
      for (int i = 0; i < runs; i++) seconds[i] = run(jar, Path.of(c[1]), work.resolve("out"));
      Arrays.sort(seconds);
      double median = seconds[runs / 2];
      if (Double.isNaN(base)) base = median;
      System.out.printf("  %-40s min %.2f  median %.2f  max %.2f  s   (median − mẫu: %+.2f s)%n", c[0], seconds[0], median,
          seconds[runs - 1], median - base);
    }
  }

  /** Vietnamese words in a pseudo-random order (fixed seed): text that compresses like real text, not a zip bomb. */
  private static String words(int size) {
    String[] words = {"rà", "soát", "thủ", "tục", "hành", "chính", "công", "khai", "đơn", "vị", "kế", "hoạch", "năm", "báo", "cáo",
        "tiếp", "nhận", "hồ", "sơ", "giải", "quyết", "đúng", "hạn", "trực", "tuyến", "bưu", "chính", "Sở", "phòng", "tỉnh"};
    java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
    StringBuilder text = new StringBuilder(size + 16);
    while (text.length() < size) text.append(words[random.nextInt(words.length)]).append(random.nextInt(7) == 0 ? ", " : " ");
    return text.substring(0, size);
  }

  private static double run(Path jar, Path data, Path out) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder("java", "-jar", jar.toString(), "kiem-tra", "--config", data.resolve("cau-hinh.yaml").toString(),
        "--output", out.toString(), "--overwrite", "--today", "2022-03-20")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 1) throw new IllegalStateException("exit " + exit + " for " + data + " (the sample exits 1: planted errors)");
    return seconds;
  }

  private static Path copy(Path target) throws IOException {
    Path source = Path.of("data");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path t = target.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(t);
        else Files.copy(f, t);
      }
    }
    return target;
  }

  private static void addRow(Path workbook, int sheetIndex, String text) throws IOException {
    try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(sheetIndex);
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      row.createCell(0).setCellValue("5.1");
      row.createCell(1).setCellValue(PLACEHOLDER);
      pending = text;
      save(wb, workbook);
    }
  }

  private static void setCell(Path workbook, int rowIndex, int column, String text) throws IOException {
    try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
      row.createCell(column).setCellValue(PLACEHOLDER);
      pending = text;
      save(wb, workbook);
    }
  }

  /** Saves with the placeholder, then puts the long text into the shared strings (POI refuses more than Excel's 32,767). */
  private static void save(XSSFWorkbook wb, Path file) throws IOException {
    Path plain = Files.createTempFile("huge", ".xlsx");
    try (OutputStream out = Files.newOutputStream(plain)) {
      wb.write(out);
    }
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals("xl/sharedStrings.xml")) {
          bytes = new String(bytes, StandardCharsets.UTF_8).replace(PLACEHOLDER, pending).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }

  private static final String PLACEHOLDER = "@@HUGE-CELL@@";
  private static String pending = "";
}
