package vn.cchc.report.ingest;

import static vn.cchc.report.ingest.Fixtures.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the seed corpora of {@link ReaderFuzzTest} and {@code ConfigFuzzTest} (issue #8, item 9)
 * under {@code src/test/resources}: one small file (a few KB) per kind of input each target should
 * start from, structurally valid so that mutations explore inside the formats, and a README per
 * corpus. Deterministic: run again, the same bytes. Crash inputs found by fuzzing are added beside
 * these by Jazzer ({@code crash-…}) and kept; this generator never deletes a file.
 *
 * <pre>
 * mvn -B -ntp -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath vn.cchc.report.ingest.FuzzCorpusGenerator src/test/resources"
 * </pre>
 */
public final class FuzzCorpusGenerator {
  private static final String SUBMISSION_HEADER = "STT;Tình trạng;Ngày hoàn thành;Sản phẩm;Ghi chú";
  private static final String[] SUBMISSION_ROWS = {
    "1;Hoàn thành;20/9/2022;Báo cáo số 12/BC-VP;",
    "2.1;Đang thực hiện;;;\"Chờ ý kiến; Sở Nội vụ\"",
    "2.2;Không thực hiện;;;Không còn phù hợp",
    "3;Xong rồi;31/02/2022;;",
  };

  private final Path resources;
  private final Path data;

  private FuzzCorpusGenerator(Path resources, Path data) {
    this.resources = resources;
    this.data = data;
  }

  public static void main(String[] args) throws IOException {
    Path resources = Path.of(args.length > 0 ? args[0] : "src/test/resources");
    new FuzzCorpusGenerator(resources, Path.of("data")).writeAll();
  }

  private void writeAll() throws IOException {
    csv();
    xlsx();
    xls();
    html();
    workbookCells();
    config();
    readme(ingest().resolve("README.md"), READER_README);
    readme(resources.resolve("vn/cchc/report/config/ConfigFuzzTestInputs/README.md"), CONFIG_README);
  }

  private Path ingest() {
    return resources.resolve("vn/cchc/report/ingest/ReaderFuzzTestInputs");
  }

  private void write(String target, String name, byte[] bytes) throws IOException {
    Path dir = ingest().resolve(target);
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), bytes);
  }

  private void copy(String target, String name, Path from, int maxBytes) throws IOException {
    byte[] bytes = Files.readAllBytes(from);
    write(target, name, bytes.length > maxBytes ? cutAtLine(bytes, maxBytes) : bytes);
  }

  /** The first lines of a text file, up to about maxBytes, ending with the last whole line. */
  private static byte[] cutAtLine(byte[] bytes, int maxBytes) {
    int end = maxBytes;
    while (end > 0 && bytes[end - 1] != '\n') end--;
    return Arrays.copyOf(bytes, end);
  }

  // ---- text ----------------------------------------------------------------------------------

  private void csv() throws IOException {
    String submission = Fixtures.lines(SUBMISSION_HEADER) + Fixtures.lines(SUBMISSION_ROWS);
    write("csvFile", "submission-utf8-bom.csv", Fixtures.utf8WithBom(submission));
    write("csvFile", "submission-utf8.csv", Fixtures.utf8(submission.replace(';', ',')));
    write("csvFile", "submission-windows-1258.csv", Fixtures.windows1258(
        Fixtures.lines("STT;Tình trạng;Ngày hoàn thành", "1;Hoàn thành;20/9/2022", "2.1;Đang thực hiện;")));
    write("csvFile", "submission-utf16.txt", Fixtures.utf16leWithBom(submission.replace(';', '\t')));
    write("csvFile", "submission-nfd.csv", Fixtures.utf8Nfd(submission));
    write("csvFile", "submission-title-block.csv", Fixtures.utf8WithBom(Fixtures.lines(
        "PHÒNG KẾ HOẠCH - TÀI CHÍNH;;;", "BÁO CÁO TIẾN ĐỘ QUÝ I/2022;;;", ";;;",
        "Mã đơn vị;STT;Tình trạng;Ngày hoàn thành", "KHTC;2.2;Hoàn thành;1/3/2022", ";;;", "KHTC;\"2.1\";HT;2022-03-01")));
    write("csvFile", "submission-quoted.csv", Fixtures.utf8(Fixtures.lines(
        "STT,Tình trạng,\"Khó khăn, vướng mắc\",Ghi chú", "1,Hoàn thành,\"dòng một\r\ndòng hai\",\"có \"\"ngoặc\"\"\"")));
    write("csvFile", "legacy-tcvn3.csv", Fixtures.legacyBytes(Fixtures.lines("STT;T×nh tr¹ng", "1;Hoµn thµnh")));
    write("csvFile", "plan.csv", Fixtures.utf8WithBom(Fixtures.lines(
        "STT;Nội dung công việc;Đơn vị chủ trì;Đơn vị phối hợp;Thời gian hoàn thành;Hạn chót",
        "I;CẢI CÁCH THỂ CHẾ;;;;",
        "1;Rà soát văn bản;Văn phòng Sở;Các phòng chuyên môn;Trước 30/9/2022;",
        "2;Kiểm soát TTHC;KHTC, LDVL;;Thường xuyên;",
        "2.1;Công khai TTHC;Phòng KH-TC;;Quý I/2022;31/3/2022",
        "2.1;Trùng STT;VP;;Tháng 13/2022;")));
    write("csvFile", "units.csv", Fixtures.utf8WithBom(Fixtures.lines(
        "Mã đơn vị;Tên đơn vị;Tên gọi khác;Thành viên", "VP;Văn phòng Sở;Văn phòng;", "KHTC;Phòng Kế hoạch – Tài chính;Phòng KH-TC;",
        "CPCM;Các phòng chuyên môn;;KHTC; VP", "VP;Trùng mã;;", "NHOM;Nhóm lạ;;XYZ")));
    write("csvFile", "dossier-table.csv", Fixtures.utf8WithBom(Fixtures.lines(
        "Đơn vị;Từ kỳ trước;Trực tuyến;Trực tiếp;Bưu chính;Trước hạn;Đúng hạn;Quá hạn;Đang giải quyết trong hạn;Đang giải quyết quá hạn",
        "(1);(2);(3);(4);(5);(6);(7);(8);(9);(10)",
        "Văn phòng Sở;1;2;3;0;1;2;1;2;0",
        "KHTC;1.480;0;0;0;1,480;0;0;0;0",
        "Tổng cộng;2;2;3;0;2;2;1;2;0")));
    copy("csvFile", "dossier-list.csv", data.resolve("ho-so/2022-Q1/danh-sach-ho-so-TTDVVL.csv"), 2_000);
    for (String name : new String[] {"CSCN.csv", "KHTC.csv", "LDVLBH.csv", "NCC.csv", "TTBTXH.csv", "BTXH.txt"}) {
      copy("csvFile", "sample-" + name, data.resolve("bao-cao/2022-Q1").resolve(name), 4_000);
    }
  }

  // ---- workbooks -----------------------------------------------------------------------------

  /** The same tables as {@link #csv()}, as workbooks written by POI; {@code ext} is ".xlsx" or ".xls". */
  private void workbooks(String target, String ext) throws IOException {
    Path temp = Files.createTempDirectory("cchc-corpus-");
    try {
      put(target, Fixtures.workbook(temp, "submission" + ext,
          row("Mã đơn vị", "STT", "Tình trạng", "Ngày hoàn thành", "Ghi chú"),
          row("KHTC", 2.1, "Hoàn thành", LocalDate.of(2022, 3, 1), null),
          row("KHTC", "2.2", "Không thực hiện", null, ""),
          row(null, null, null, null, null),
          row("VP", 1, "Đang thực hiện", 44_620, "số sê-ri ngày"),
          row("VP", 3, new Fixtures.Formula("\"Hoàn\"&\" thành\""), new Fixtures.Formula("DATE(2022,2,28)"), null),
          row("KHTC", 9, "Xong", new Fixtures.Formula("1/0"), "lỗi công thức")));
      put(target, Fixtures.workbook(temp, "plan" + ext, wb -> {
        Sheet sheet = Fixtures.fill(wb.createSheet("Phụ lục"),
            row("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022"),
            row(),
            row("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
            row("(1)", "(2)", "(3)", "(4)", "(5)"),
            row("I", "CẢI CÁCH THỂ CHẾ", null, null, null),
            row(1, "Rà soát văn bản", "Văn phòng Sở", "Các phòng chuyên môn", "Trước 30/9/2022"),
            row(2, "Kiểm soát TTHC", "Phòng KH-TC", null, "Quý I/2022"),
            row(2.1, "Công khai TTHC", null, null, null),
            row(2.2, "Số hóa hồ sơ", null, null, "Tháng 6/2022"));
        Fixtures.merge(sheet, new Fixtures.Merge(0, 0, 0, 4), new Fixtures.Merge(6, 8, 2, 2));
        Fixtures.fill(wb.createSheet("Ẩn"), row("STT", "Nội dung công việc"), row(1, "x"));
        wb.setSheetHidden(1, true);
      }));
      put(target, Fixtures.workbook(temp, "units" + ext,
          row("Mã đơn vị", "Tên đơn vị", "Tên gọi khác", "Thành viên"),
          row("VP", "Văn phòng Sở", "Văn phòng", null),
          row("KHTC", "Phòng Kế hoạch – Tài chính", "Phòng KH-TC", null),
          row("CPCM", "Các phòng chuyên môn", null, "KHTC;VP"),
          row("VP", "Trùng mã", null, null)));
      put(target, Fixtures.workbook(temp, "bieu-06" + ext, wb -> {
        Sheet sheet = Fixtures.fill(wb.createSheet("Biểu 06"),
            row("Đơn vị", "Số hồ sơ nhận giải quyết", null, null, null, "Kết quả giải quyết", null, null, null, null),
            row(null, "Tổng số", "Từ kỳ trước", "Trực tuyến", "Trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn",
                "Đang giải quyết trong hạn", "Đang giải quyết quá hạn"),
            row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"),
            row("Văn phòng Sở", new Fixtures.Formula("C4+D4+E4"), 1, 2, 3, 1, 2, 1, 2, 0),
            row("Phòng KH-TC", 10, 1, 2, 3, 1, 2, 1, 2, 0),
            row("Tổng cộng", new Fixtures.Formula("SUM(B4:B5)"), 2, 4, 6, 2, 4, 2, 4, 0));
        Fixtures.merge(sheet, new Fixtures.Merge(0, 1, 0, 0), new Fixtures.Merge(0, 0, 1, 4), new Fixtures.Merge(0, 0, 5, 9));
      }));
      put(target, Fixtures.workbook(temp, "dossier-list" + ext,
          row("Mã hồ sơ", "Cơ quan giải quyết", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Hình thức nộp"),
          row("HS-1", "Trung tâm Dịch vụ việc làm", LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 7), "Trực tuyến"),
          row("HS-2", "Văn phòng Sở", "05/01/2022", "12/01/2022", null, "Trực tiếp"),
          row("HS-2", "VP", "05/01/2022", "12/01/2022", "04/01/2022", "Khác")));
    } finally {
      ReaderFuzzTest.deleteTree(temp);
    }
  }

  private void put(String target, Path file) throws IOException {
    String name = file.getFileName().toString();
    byte[] bytes = Files.readAllBytes(file);
    write(target, name, name.endsWith(".xlsx") ? rezip(bytes, false) : bytes);
  }

  private void xlsx() throws IOException {
    workbooks("xlsxFile", ".xlsx");
    // The same packages with every entry stored, not deflated: byte mutations then land in the XML itself.
    for (String name : new String[] {"submission.xlsx", "bieu-06.xlsx"}) {
      byte[] deflated = Files.readAllBytes(ingest().resolve("xlsxFile").resolve(name));
      write("xlsxFile", name.replace(".xlsx", "-stored.xlsx"), rezip(deflated, true));
    }
    copy("xlsxFile", "sample-TTDVVL.xlsx", data.resolve("bao-cao/2022-Q1/TTDVVL.xlsx"), Integer.MAX_VALUE);
    copy("xlsxFile", "sample-VP.xlsx", data.resolve("bao-cao/2022-Q1/VP.xlsx"), Integer.MAX_VALUE);
    copy("xlsxFile", "sample-bieu-06.xlsx", data.resolve("ho-so/2022-Q1/bieu-06-tong-hop.xlsx"), Integer.MAX_VALUE);
  }

  private void xls() throws IOException {
    workbooks("xlsFile", ".xls");
    copy("xlsFile", "sample-GDNN.xls", data.resolve("bao-cao/2022-Q1/GDNN.xls"), Integer.MAX_VALUE);
  }

  /**
   * The package re-zipped, every entry stored (CRC and sizes in the local headers) or deflated, with
   * fixed entry times and a fixed creation date in docProps/core.xml, so that a second run of the
   * generator writes the same bytes.
   */
  static byte[] rezip(byte[] zip, boolean stored) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("docProps/core.xml")) {
          content = new String(content, StandardCharsets.UTF_8)
              .replaceAll("(<dcterms:created[^>]*>)[^<]*", "$12022-01-01T00:00:00Z").getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        if (stored) {
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(content.length);
          copy.setCompressedSize(content.length);
          CRC32 crc = new CRC32();
          crc.update(content);
          copy.setCrc(crc.getValue());
        }
        copy.setTimeLocal(java.time.LocalDateTime.of(2022, 1, 1, 0, 0));
        z.putNextEntry(copy);
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  // ---- HTML ----------------------------------------------------------------------------------

  private void html() throws IOException {
    write("htmlFile", "submission.xls", Fixtures.utf8("""
        <html><head><meta charset="utf-8"><title>Báo cáo</title></head><body>
        <table border="1">
        <tr><th>STT</th><th>Tình trạng</th><th>Ngày hoàn thành</th><th>Ghi chú</th></tr>
        <tr><td>1</td><td>Hoàn thành</td><td>20/9/2022</td><td>Đã xong<br>dòng hai</td></tr>
        <tr><td>2.1</td><td>Đang&nbsp;thực hiện</td><td></td><td>&lt;chờ&gt; &amp; xem</td></tr>
        <tr><td>2.2</td><td>Không thực hiện</td><td></td><td><p>Không</p><p>còn phù hợp</p></td></tr>
        </table></body></html>
        """));
    write("htmlFile", "bieu-06-spans.xls", Fixtures.utf8("""
        <!DOCTYPE html><html><body><table>
        <tr><td rowspan="2">Đơn vị</td><td colspan="4">Số hồ sơ nhận giải quyết</td><td colspan="5">Kết quả giải quyết</td></tr>
        <tr><td>Từ kỳ trước</td><td>Trực tuyến</td><td>Trực tiếp</td><td>Bưu chính</td><td>Trước hạn</td><td>Đúng hạn</td>
        <td>Quá hạn</td><td>Đang giải quyết trong hạn</td><td>Đang giải quyết quá hạn</td></tr>
        <tr><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td><td>(5)</td><td>(6)</td><td>(7)</td><td>(8)</td><td>(9)</td><td>(10)</td></tr>
        <tr><td>Văn phòng Sở</td><td>1</td><td>2</td><td>3</td><td>0</td><td>1</td><td>2</td><td>1</td><td>2</td><td>0</td></tr>
        <tr><td rowspan="2">KHTC</td><td>1.480</td><td>0</td><td>0</td><td>0</td><td>1,480</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td>x</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        </table></body></html>
        """));
    write("htmlFile", "dossier-list-windows-1258.xls", Fixtures.windows1258("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>
        <table><tr><td>Mã hồ sơ</td><td>Cơ quan giải quyết</td><td>Ngày tiếp nhận</td><td>Ngày hẹn trả</td><td>Ngày có kết quả</td><td>Hình thức nộp</td></tr>
        <tr><td>HS-1</td><td>Trung tâm Dịch vụ việc làm</td><td>03/01/2022</td><td>10/01/2022</td><td>07/01/2022</td><td>Trực tuyến</td></tr>
        <tr><td>HS-2</td><td>Văn phòng Sở</td><td>05/01/2022</td><td>12/01/2022</td><td></td><td>Trực tiếp</td></tr>
        </table></body></html>
        """));
    write("htmlFile", "nested-layout.xls", Fixtures.utf8("""
        <?xml version="1.0" encoding="utf-8"?>
        <html xmlns:x="urn:schemas-microsoft-com:office:excel"><body>
        <table><tr><td>SỞ LAO ĐỘNG</td></tr><tr><td>
          <table><tr><td>Mã đơn vị</td><td>Tên đơn vị</td><td>Thành viên</td></tr>
          <tr><td>VP</td><td>Văn phòng Sở</td><td></td></tr>
          <tr><td>CPCM</td><td>Các phòng chuyên môn</td><td>VP; KHTC</td></tr></table>
        </td></tr></table>
        <table><tr><td>STT</td><td>Nội dung công việc</td><td>Đơn vị chủ trì</td><td>Thời gian hoàn thành</td></tr>
        <tr><td>1</td><td>Rà soát</td><td>VP</td><td>Quý I/2022</td></tr></table>
        </body></html>
        """));
    write("htmlFile", "fragment-utf16.xls", Fixtures.utf16leWithBom(
        "<table><tr><td>STT</td><td>Tình trạng</td></tr><tr><td>1</td><td>Xong</td></tr></table>"));
  }

  /** Raw seeds for the FuzzedDataProvider target: any bytes are a workbook description; a fixed seed keeps them stable. */
  private void workbookCells() throws IOException {
    Random random = new Random(20_221_201L);
    for (int i = 0; i < 6; i++) {
      byte[] bytes = new byte[200 + 150 * i];
      random.nextBytes(bytes);
      write("workbookCells", "random-" + i, bytes);
    }
  }

  // ---- configuration -------------------------------------------------------------------------

  private void config() throws IOException {
    Path dir = resources.resolve("vn/cchc/report/config/ConfigFuzzTestInputs/configFile");
    Files.createDirectories(dir);
    Files.copy(data.resolve("cau-hinh.yaml"), dir.resolve("sample.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String minimal = """
        organisation:
          name: SỞ NỘI VỤ
          short_name: Sở Nội vụ
          abbreviation: SNV
          place: Bình Thuận
        plan:
          number: "12"
          symbol: KH-SNV
          issued_on: 15/1/2022
          title: cải cách hành chính năm 2022
        signer:
          head_title: GIÁM ĐỐC
          name: Nguyễn Văn A
        inputs:
          units: don-vi/danh-muc.xlsx
          plan: ke-hoach/ke-hoach.xlsx
          submissions: bao-cao
          dossiers: ho-so
        """;
    Files.writeString(dir.resolve("minimal.yaml"), minimal, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("full.yaml"), minimal + """
        period: "Quý I/2022"
        output: ../output
        report: {number: "", date: 20/3/2022, kinh_gui: [UBND tỉnh], recipients: [Sở Nội vụ, Lưu], archive: VT}
        thresholds:
          unit_completion_percent: 90
          dossier_on_time_percent: 98,5
          dossier_rate: r2
          previous_year_on_time_percent: 99.2
        rules:
          before_means_day_before: yes
          periods: lich
        document:
          margin_top_mm: 20
          margin_bottom_mm: 25
          margin_left_mm: 30
          margin_right_mm: 15
          times_font_folder: fonts
        columns:
          bao-cao:
            task: "Số TT"
            status: [Tình trạng, "Kết quả"]
          ke-hoach:
            content: Nội dung
        """.replace("signer:\n  head_title", "signer:\n  authority: KT.\n  title: PHÓ GIÁM ĐỐC\n  head_title"),
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("anchors.yaml"), minimal + """
        base: &b {number: "1"}
        report: *b
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("tabs-and-typos.yaml"), minimal.replace("  place", "\tplace").replace("symbol", "symbl"),
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("utf16-bom.yaml"), Fixtures.utf16leWithBom(minimal));
    Files.write(dir.resolve("windows-1258.yaml"), Fixtures.windows1258(minimal));
    Files.writeString(dir.resolve("bad-columns.yaml"), minimal + """
        columns:
          bao-cao:
            statsu: Tình trạng
            task: ""
          ke-hoch: {id: STT}
        """, StandardCharsets.UTF_8);
  }

  private static void readme(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static final String GENERATE = """
      mvn -B -ntp -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \\
          -Dexec.args="-cp %classpath vn.cchc.report.ingest.FuzzCorpusGenerator src/test/resources"
      """;

  private static final String READER_README = """
      # Seed corpus of `ReaderFuzzTest`

      Jazzer's JUnit layout: `<target>/` holds the inputs of the `@FuzzTest` method of that name. In
      `mvn verify` (no `JAZZER_FUZZ`) each target runs once on the empty input and on every file of its
      folder; `bench/fuzz` fuzzes from them. Files at this level (this README) are given to every
      target too: as text they are one more harmless input.

      | folder | target reads the bytes as | seeds |
      |---|---|---|
      | `csvFile/` | `KHTC.csv` | status reports in UTF-8 (BOM or not, `,` or `;`), windows-1258, UTF-16 "Unicode Text", NFD, a title block, quoted cells, TCVN3; a plan, a unit list, a Biểu 06 table and a dossier list as CSV; the sample office's CSV files (`sample-*`, from `data/`, the dossier list cut to its first 2 KB) |
      | `xlsxFile/` | `KHTC.xlsx` | the same five kinds written by POI (formulas, merged headers, a hidden sheet, date cells), two of them re-zipped with stored (not deflated) entries so that byte mutations land in the XML, and three sample workbooks from `data/` |
      | `xlsFile/` | `KHTC.xls` | the same five kinds written by POI's HSSF, and `data/bao-cao/2022-Q1/GDNN.xls` |
      | `htmlFile/` | `KHTC.xls` | HTML tables as e-government systems export them: `colspan`/`rowspan`, a windows-1258 declaration, a layout table around the data table, an XML declaration, a UTF-16 fragment |
      | `workbookCells/` | a `FuzzedDataProvider` describing sheets, cells and merges, written by POI | random bytes (fixed seed) |

      Generated by `src/test/java/vn/cchc/report/ingest/FuzzCorpusGenerator.java` (deterministic; it
      never deletes a file):

      ```
      %s```

      Not written by the generator: files named `crash-…` (or `timeout-…`) were found by fuzzing, and
      files named `finding-…` were written by hand to break an invariant (bench/README.md, "Fuzzing");
      both are kept as regression inputs. Inputs of findings that are not fixed yet would go to
      `../ReaderFuzzTestFindings/<target>/`, which no build runs.
      """.formatted(GENERATE);

  private static final String CONFIG_README = """
      # Seed corpus of `ConfigFuzzTest`

      `configFile/` holds the inputs of `ConfigFuzzTest.configFile`, each written as `cau-hinh.yaml` in a
      folder that has `don-vi/`, `ke-hoach/`, `bao-cao/`, `ho-so/` and an empty `fonts/`. In `mvn verify`
      the target runs once on the empty input and on every file there (and on this README, which Jazzer
      gives every target of the class). Seeds: the sample `data/cau-hinh.yaml`, a minimal and a full
      configuration (every section, `columns:`, flow style), YAML anchors, a tab and a misspelt key,
      UTF-16 with BOM, windows-1258, and a `columns:` section with wrong codes.

      Generated by `src/test/java/vn/cchc/report/ingest/FuzzCorpusGenerator.java`:

      ```
      %s```

      Not written by the generator: files named `crash-…` (or `timeout-…`) were found by fuzzing and
      are kept as regression inputs.
      """.formatted(GENERATE);
}
