package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.report.ingest.Fixtures.concat;
import static vn.cchc.report.ingest.Fixtures.lines;
import static vn.cchc.report.ingest.Fixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Problem;

/**
 * Issue #8 items 4 and 7: the type of a file comes from its bytes, never its name, and every file
 * that is not a table says what it is. Every input here is generated: workbooks by POI, the rest
 * byte by byte.
 */
class FileTypeTest {
  @TempDir Path dir;

  /** The CSV every text case encodes: a unit's report with all five tones. */
  private static final String REPORT = lines(
      "STT;Tình trạng;Ngày hoàn thành;Ghi chú",
      "1;Hoàn thành;20/9/2022;Đã gửi Sở Nội vụ",
      "2.1;Đang thực hiện;;Chờ ý kiến góp ý",
      "3;Không còn phù hợp;;Ưu tiên nhiệm vụ khác, hủy bỏ");

  /** The "Excel" export of an e-government system: HTML with Excel's namespace, a two-level header. */
  static String egovExport(String meta) {
    return lines(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\"",
        "xmlns=\"http://www.w3.org/TR/REC-html40\">",
        "<head>" + meta + "<style>td {mso-number-format:\"\\@\";}</style></head>",
        "<body>",
        "<table border=1>",
        "<tr><th rowspan=2>STT</th><th colspan=2>Kết quả</th><th rowspan=2>Ghi chú</th></tr>",
        "<tr><th>Tình trạng</th><th>Ngày hoàn thành</th></tr>",
        "<tr><td>1</td><td>Hoàn thành</td><td>20/9/2022</td><td>Đã gửi Sở Nội vụ</td></tr>",
        "<tr><td>2.1</td><td>Đang thực hiện</td><td></td><td>Chờ ý kiến</td></tr>",
        "</table>",
        "</body>",
        "</html>");
  }

  static Stream<Arguments> files() throws IOException {
    byte[] xlsx = xlsx();
    Stream<Arguments> cutXlsx = IntStream.of(400, xlsx.length / 4, xlsx.length / 2, xlsx.length * 3 / 4, xlsx.length - 1)
        .mapToObj(cut -> Arguments.of("xlsx cut at byte " + cut + " of " + xlsx.length + " (no central directory)",
            Arrays.copyOf(xlsx, cut), FileType.XLSX));
    Stream<Arguments> random = IntStream.of(16, 63, 64, 100, 1000, 4096, 65_536, 200_000)
        .mapToObj(size -> Arguments.of(size + " random bytes", random(size), FileType.BINARY));
    Charset windows1258 = Fixtures.WINDOWS_1258;
    Stream<Arguments> cases = Stream.of(
        // Read.
        Arguments.of("xlsx written by POI", xlsx, FileType.XLSX),
        Arguments.of("xls written by POI", xls(), FileType.XLS),
        Arguments.of("xls encrypted with Excel's built-in password (POI and Excel open it)", encryptedXls("VelvetSweatshop"), FileType.XLS),
        Arguments.of("CSV, windows-1258 with combining tones", Fixtures.windows1258(REPORT), FileType.TEXT),
        Arguments.of("CSV UTF-8 with BOM", Fixtures.utf8WithBom(REPORT), FileType.TEXT),
        Arguments.of("CSV UTF-8", utf8(REPORT), FileType.TEXT),
        Arguments.of("CSV UTF-8, NFD (Mac)", Fixtures.utf8Nfd(REPORT), FileType.TEXT),
        Arguments.of("Unicode Text: UTF-16LE with BOM", Fixtures.utf16leWithBom(REPORT.replace(';', '\t')), FileType.TEXT),
        Arguments.of("UTF-16BE with BOM", concat(bytes(0xFE, 0xFF), REPORT.getBytes(StandardCharsets.UTF_16BE)), FileType.TEXT),
        Arguments.of("UTF-16LE without BOM", REPORT.getBytes(StandardCharsets.UTF_16LE), FileType.TEXT),
        Arguments.of("UTF-16BE without BOM", REPORT.getBytes(StandardCharsets.UTF_16BE), FileType.TEXT),
        Arguments.of("TCVN3 bytes (.VnTime)", Fixtures.legacyBytes("STT;T×nh tr¹ng\r\n1;Hoµn thµnh\r\n2;§ang thùc hiÖn\r\n"), FileType.TEXT),
        Arguments.of("VNI bytes", Fixtures.legacyBytes("STT;Tình traïng\r\n1;Hoaøn thaønh\r\n2;Ñang thöïc hieän\r\n"), FileType.TEXT),
        Arguments.of("TCVN3 glyphs saved as UTF-8", Fixtures.utf8WithBom("STT;T×nh tr¹ng\r\n1;Hoµn thµnh\r\n"), FileType.TEXT),
        Arguments.of("CSV of 100,000 bytes, windows-1258", Fixtures.windows1258(REPORT.repeat(600)), FileType.TEXT),
        Arguments.of("a DOS text ending in Ctrl-Z", concat(Fixtures.windows1258(REPORT), bytes(0x1A)), FileType.TEXT),
        Arguments.of("only blank lines", utf8("\r\n\r\n\r\n"), FileType.TEXT),
        Arguments.of("only separators", utf8(";;;\r\n;;;\r\n"), FileType.TEXT),
        Arguments.of("only a BOM", bytes(0xEF, 0xBB, 0xBF), FileType.TEXT),
        Arguments.of("only a UTF-16 BOM", bytes(0xFF, 0xFE), FileType.TEXT),
        Arguments.of("one short line", utf8("STT"), FileType.TEXT),
        Arguments.of("a CSV starting \"BM\" (form number, not a bitmap)", utf8("BM-01;Tình trạng\r\n1;Hoàn thành\r\n"), FileType.TEXT),
        Arguments.of("a CSV starting with a non-HTML tag", utf8("<STT>;Tình trạng\r\n1;Hoàn thành\r\n"), FileType.TEXT),
        Arguments.of("e-government HTML export, UTF-8", utf8(egovExport("<meta charset=\"utf-8\">")), FileType.HTML),
        Arguments.of("e-government HTML export, windows-1258 per <meta charset>",
            Fixtures.windows1258(egovExport("<meta charset=windows-1258>")), FileType.HTML),
        Arguments.of("HTML with BOM, blank lines and DOCTYPE",
            Fixtures.utf8WithBom("\r\n  <!DOCTYPE html>\r\n<html><body><table><tr><td>1</td></tr></table></body></html>"), FileType.HTML),
        Arguments.of("XHTML with an XML declaration and a comment",
            utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- xuất từ hệ thống -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><table><tr><td>1</td></tr></table></body></html>"), FileType.HTML),
        Arguments.of("a bare <table> fragment", utf8("<table><tr><td>STT</td><td>Tình trạng</td></tr></table>"), FileType.HTML),
        Arguments.of("a page starting with <div> that holds a table", utf8("<div class=\"bc\"><h3>Báo cáo</h3><table><tr><td>1</td></tr></table></div>"),
            FileType.HTML),
        Arguments.of("HTML in UTF-16LE with BOM", Fixtures.utf16leWithBom(egovExport("")), FileType.HTML),
        // Refused.
        Arguments.of("empty file", new byte[0], FileType.EMPTY),
        Arguments.of("xlsx encrypted with a password, agile (Excel 2010+)", encryptedXlsx(xlsx, EncryptionMode.agile), FileType.ENCRYPTED),
        Arguments.of("xlsx encrypted with a password, standard (Excel 2007)", encryptedXlsx(xlsx, EncryptionMode.standard), FileType.ENCRYPTED),
        Arguments.of("xls encrypted with a password (FILEPASS)", encryptedXls("matkhau"), FileType.ENCRYPTED),
        Arguments.of("xls cut before its directory", Arrays.copyOf(xls(), 1024), FileType.DAMAGED),
        Arguments.of("xlsx cut inside its first entry's name", Arrays.copyOf(xlsx, 40), FileType.DAMAGED),
        Arguments.of("xlsx cut before its content types say what it is", Arrays.copyOf(xlsx, 200), FileType.DAMAGED),
        Arguments.of("ODS: a ZIP whose mimetype is an OpenDocument spreadsheet",
            zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<office:document-content/>"), FileType.ODS),
        Arguments.of("ODT", zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>"),
            FileType.ODT),
        Arguments.of("docx-like ZIP", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"), FileType.DOCX),
        Arguments.of("xlsb-like ZIP", zip("[Content_Types].xml", "<Types/>", "xl/workbook.bin", "\u0083\u0001"), FileType.XLSB),
        Arguments.of("a ZIP of CSV files", zip("KHTC.csv", REPORT, "VP.csv", REPORT), FileType.ARCHIVE),
        Arguments.of("a ZIP made by Windows: names in windows-1258, not UTF-8",
            zip(windows1258, "Báo cáo.csv", REPORT, "Đơn.xlsx", "x"), FileType.ARCHIVE),
        Arguments.of("the same ZIP cut short", cut(zip(windows1258, "Báo cáo.csv", REPORT.repeat(50), "Đơn.xlsx", "x"), 300),
            FileType.ARCHIVE),
        Arguments.of("RAR", concat(bytes('R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00), random(100)), FileType.ARCHIVE),
        Arguments.of("7z", concat(bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), random(100)), FileType.ARCHIVE),
        Arguments.of("%PDF-1.4", utf8("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), FileType.PDF),
        Arguments.of("PNG", concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D), utf8("IHDR"), random(100)), FileType.IMAGE),
        Arguments.of("JPEG", concat(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10), utf8("JFIF"), random(100)), FileType.IMAGE),
        Arguments.of("BMP", concat(bytes('B', 'M', 0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0), new byte[64]), FileType.IMAGE),
        Arguments.of("Windows shortcut (.lnk)", concat(bytes(0x4C, 0, 0, 0, 0x01, 0x14, 0x02, 0x00, 0, 0, 0, 0, 0xC0, 0, 0, 0, 0, 0, 0, 0x46),
            new byte[56]), FileType.SHORTCUT),
        Arguments.of("Word 97–2003: OLE2 with a WordDocument stream", ole2("WordDocument"), FileType.DOC),
        Arguments.of("RTF (Word's other .doc)", utf8("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} Báo cáo}"), FileType.DOC),
        Arguments.of("another OLE2 file", ole2("PowerPoint Document"), FileType.BINARY),
        Arguments.of("XML Spreadsheet 2003", utf8(lines(
            "<?xml version=\"1.0\"?>",
            "<?mso-application progid=\"Excel.Sheet\"?>",
            "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">",
            " <Worksheet ss:Name=\"Sheet1\"><Table><Row><Cell><Data ss:Type=\"String\">STT</Data></Cell></Row></Table></Worksheet>",
            "</Workbook>")), FileType.XML_SPREADSHEET_2003),
        Arguments.of("4096 NUL bytes", new byte[4096], FileType.BINARY),
        Arguments.of("little-endian integers (NUL-heavy, not UTF-16)", littleEndianIntegers(1000), FileType.BINARY),
        Arguments.of("a text with NULs in it", concat(utf8(REPORT), new byte[50], utf8(REPORT)), FileType.BINARY));
    return Stream.of(cases, cutXlsx, random).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0} → {2}")
  @MethodSource("files")
  void detectsTheTypeFromTheBytes(String label, byte[] bytes, FileType expected) throws IOException {
    Path file = Fixtures.write(dir, "tep-khong-duoi", bytes);

    assertThat(FileType.detect(file)).isEqualTo(expected);
  }

  @Test
  void neverTakesRandomBytesForText() throws IOException {
    // Issue #8 item 7: random bytes reached the CSV reader, which diagnosed them as TCVN3.
    SplittableRandom seeds = new SplittableRandom(20220914);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[64 + seeds.nextInt(8192)];
      new SplittableRandom(seeds.nextLong()).nextBytes(bytes);
      Path file = Fixtures.write(dir, "random-" + i + ".xls", bytes);
      assertThat(FileType.detect(file)).as("%d random bytes, case %d", bytes.length, i).isNotIn(FileType.TEXT, FileType.HTML);
    }
  }

  static Stream<Arguments> refusals() throws IOException {
    return Stream.of(
        Arguments.of("KHTC.xlsx", encryptedXlsx(xlsx(), EncryptionMode.agile), "ENCRYPTED_FILE",
            "tệp là tệp Office (thường là sổ tính Excel .xlsx) được đặt mật khẩu để mở, chương trình không đọc được khi không có mật khẩu. "
                + "Hãy mở tệp bằng Excel (nhập mật khẩu), chọn File › Info › Protect Workbook › Encrypt with Password, "
                + "xóa mật khẩu, bấm OK, lưu lại rồi chạy lại."),
        Arguments.of("KHTC.xls", encryptedXls("matkhau"), "ENCRYPTED_FILE",
            "tệp là sổ tính Excel 97–2003 (.xls) được đặt mật khẩu để mở, chương trình không đọc được khi không có mật khẩu. "
                + "Hãy mở tệp bằng Excel (nhập mật khẩu), chọn File › Info › Protect Workbook › Encrypt with Password, "
                + "xóa mật khẩu, bấm OK, lưu lại rồi chạy lại."),
        Arguments.of("KHTC.xls", random(4096), "BINARY_FILE",
            "tệp có đuôi .xls nhưng nội dung là dữ liệu nhị phân không rõ loại, không phải bảng tính hay văn bản mà chương trình đọc được. "
                + "Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chạy lại; nếu Excel cũng không mở được, hãy xin đơn vị gửi lại tệp."),
        Arguments.of("KHTC.xlsx", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "UNSUPPORTED_FILE",
            "tệp có đuôi .xlsx nhưng nội dung là bảng tính OpenDocument (.ods), chương trình chưa đọc được dạng này. "
                + "Hãy mở bằng LibreOffice Calc hoặc Excel rồi lưu thành .xlsx và chạy lại."),
        Arguments.of("KHTC.ods", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "UNSUPPORTED_FILE",
            "tệp là bảng tính OpenDocument (.ods), chương trình chưa đọc được dạng này. "
                + "Hãy mở bằng LibreOffice Calc hoặc Excel rồi lưu thành .xlsx và chạy lại."),
        Arguments.of("KHTC.xls", ole2("WordDocument"), "UNSUPPORTED_FILE",
            "tệp có đuôi .xls nhưng nội dung là văn bản Word 97–2003 (.doc), không phải bảng tính. "
                + "Hãy chép bảng sang Excel và lưu .xlsx rồi chạy lại."),
        Arguments.of("KHTC.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"), "UNSUPPORTED_FILE",
            "tệp là văn bản Word (.docx), không phải bảng tính. Hãy chép bảng sang Excel và lưu .xlsx rồi chạy lại."),
        Arguments.of("KHTC.pdf", utf8("%PDF-1.7\n"), "UNSUPPORTED_FILE",
            "tệp là tài liệu PDF, chương trình không đọc được số liệu trong PDF. Hãy xin đơn vị gửi bản Excel (.xlsx) hoặc CSV của bảng; "
                + "nếu chỉ có PDF, hãy chép bảng sang Excel và lưu .xlsx rồi chạy lại."),
        Arguments.of("KHTC.xls", utf8("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>"),
            "UNSUPPORTED_FILE",
            "tệp có đuôi .xls nhưng nội dung là bảng tính XML của Excel 2003 (XML Spreadsheet 2003), chương trình chưa đọc được dạng này. "
                + "Hãy mở bằng Excel rồi lưu thành .xlsx (Excel Workbook) và chạy lại."),
        Arguments.of("KHTC.xlsx", concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), random(64)), "UNSUPPORTED_FILE",
            "tệp có đuôi .xlsx nhưng nội dung là ảnh PNG, không phải bảng số liệu. "
                + "Hãy gửi bảng dạng Excel (.xlsx) hoặc CSV thay cho ảnh chụp, ảnh quét."),
        Arguments.of("bao-cao-quy-1.zip", zip("KHTC.csv", REPORT), "UNSUPPORTED_FILE",
            "tệp là tệp nén ZIP, chứa các tệp khác bên trong. Hãy giải nén rồi đặt từng tệp vào thư mục."),
        Arguments.of("KHTC.xlsx", zip("KHTC.csv", REPORT), "UNSUPPORTED_FILE",
            "tệp có đuôi .xlsx nhưng nội dung là tệp nén ZIP, chứa các tệp khác bên trong. Hãy giải nén rồi đặt từng tệp vào thư mục."),
        Arguments.of("KHTC.xlsx.lnk", concat(bytes(0x4C, 0, 0, 0, 0x01, 0x14, 0x02, 0x00), new byte[68]), "UNSUPPORTED_FILE",
            "tệp là lối tắt (shortcut) của Windows, chỉ trỏ tới tệp thật ở nơi khác, không chứa dữ liệu. "
                + "Hãy chép chính tệp báo cáo (không phải lối tắt) vào thư mục."),
        Arguments.of("KHTC.xls", Arrays.copyOf(xls(), 1024), "DAMAGED_FILE",
            "tệp là một tệp Office 97–2003 (như .xls, .doc) bị hỏng hoặc bị cắt cụt (chưa tải về hay chép hết), "
                + "chương trình không đọc được (Block 1 not found). "
                + "Hãy xin đơn vị gửi lại tệp; hoặc mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp), lưu lại dạng .xlsx rồi chạy lại."),
        Arguments.of("KHTC.xlsx", new byte[0], "EMPTY_FILE", "tệp không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp chưa."));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("refusals")
  void refusesWhatIsNotATableSayingWhatItIsAndWhatToDo(String name, byte[] bytes, String code, String message) throws IOException {
    Path file = Fixtures.write(dir, name, bytes);

    Problem problem = FileType.inspect(file).refusal("bao-cao/" + name);

    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.describe()).isEqualTo("bao-cao/" + name + ": " + message);
  }

  @Test
  void tableReadersRefusesWithWhatTheFileIs() throws IOException {
    Path png = Fixtures.write(dir, "KHTC.xlsx", concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), random(64)));
    Path encrypted = Fixtures.write(dir, "VP.xlsx", encryptedXlsx(xlsx(), EncryptionMode.agile));

    for (Path file : List.of(png, encrypted)) {
      String name = file.getFileName().toString();
      Problem expected = FileType.inspect(file).refusal(name);
      assertThatThrownBy(() -> TableReaders.open(file, name))
          .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem()).isEqualTo(expected));
    }
  }

  @Test
  void readsWorkbooksWhateverTheirNames() throws Exception {
    // Renamed by hand: an .xlsx called .xls, an .xls called .xlsx, a CSV called .xls, a workbook without extension.
    Object[][] rows = {Fixtures.row("STT", "Tình trạng"), Fixtures.row(1, "Hoàn thành")};
    Path xlsx = Fixtures.workbook(dir, "real.xlsx", rows);
    Path xls = Fixtures.workbook(dir, "real.xls", rows);
    List<Path> renamed = List.of(
        Files.copy(xlsx, dir.resolve("KHTC.xls")),
        Files.copy(xls, dir.resolve("VP.xlsx")),
        Files.copy(xlsx, dir.resolve("NCC")),
        Fixtures.write(dir, "LDVL.xls", Fixtures.windows1258("STT;Tình trạng\r\n1;Hoàn thành\r\n")),
        Fixtures.write(dir, "BTXH.xls", encryptedXls("VelvetSweatshop")));

    for (Path file : renamed) {
      Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);
      assertThat(read.report().problems()).as(file.getFileName().toString()).isEmpty();
      assertThat(read.column("status")).as(file.getFileName().toString()).isNotEmpty().containsOnly("Hoàn thành");
    }
  }

  @Test
  void describesEachTypeInVietnamese() {
    for (FileType type : FileType.values()) {
      assertThat(type.description()).as(type.name()).isNotBlank();
      if (!type.readable()) assertThat(type.advice()).as(type.name()).startsWith("Hãy ");
    }
  }

  // ---- generators --------------------------------------------------------------------------

  private static byte[] xlsx() throws IOException {
    return write(new XSSFWorkbook());
  }

  private static byte[] xls() throws IOException {
    return write(new HSSFWorkbook());
  }

  /** A report of 200 rows, so that the package has entries to cut between. */
  private static byte[] write(Workbook workbook) throws IOException {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Object[][] rows = new Object[201][];
      rows[0] = Fixtures.row("STT", "Tình trạng", "Ngày hoàn thành", "Ghi chú");
      for (int r = 1; r <= 200; r++) rows[r] = Fixtures.row(r, "Hoàn thành", "20/9/2022", "Đã gửi Sở Nội vụ, dòng " + r);
      Fixtures.fill(workbook.createSheet("Sheet1"), rows);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** What Excel writes for File › Info › Protect Workbook › Encrypt with Password: the package inside an OLE2 file. */
  private static byte[] encryptedXlsx(byte[] xlsx, EncryptionMode mode) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Encryptor encryptor = new EncryptionInfo(mode).getEncryptor();
      encryptor.confirmPassword("matkhau");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(xlsx);
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** An .xls with a FILEPASS record (RC4 CryptoAPI); {@link Decryptor#DEFAULT_PASSWORD} is one Excel opens silently. */
  private static byte[] encryptedXls(String password) throws IOException {
    Biff8EncryptionKey.setCurrentUserPassword(password);
    try {
      return xls();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /** An OLE2 compound file with one stream of that name. */
  private static byte[] ole2(String stream) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), stream);
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /**
   * A ZIP of (name, content) pairs, in order; "mimetype" stored uncompressed first, as
   * OpenDocument requires.
   */
  private static byte[] zip(String... namesAndContents) throws IOException {
    return zip(StandardCharsets.UTF_8, namesAndContents);
  }

  /** A ZIP whose names are in {@code names}; the "language encoding" flag is set only for UTF-8. */
  private static byte[] zip(Charset names, String... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(namesAndContents[i]);
        if (namesAndContents[i].equals("mimetype")) {
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] cut(byte[] bytes, int length) {
    return Arrays.copyOf(bytes, length);
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new SplittableRandom(size * 7919L).nextBytes(bytes);
    return bytes;
  }

  /** Counters as a program stores them: mostly zero bytes, in even and odd positions alike. */
  private static byte[] littleEndianIntegers(int count) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(4 * count).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) buffer.putInt(i * 37 % 1000);
    return buffer.array();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
    return bytes;
  }
}
