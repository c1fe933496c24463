package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.lines;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * File-level failures (examples.md "two channels"): one problem for the file, recorded once, its
 * tally marked failed, and never an exception out of {@link TableParser#read}.
 */
class FileProblemTest {
  @TempDir Path dir;
  /** Good workbooks the broken ones are made from. */
  @TempDir static Path seeds;

  @Test
  void namesTheMissingColumnAndTheHeadersFound() throws Exception {
    Path file = Fixtures.write(dir, "KHTC.csv", Fixtures.utf8(lines(
        "BÁO CÁO TIẾN ĐỘ;;;",
        "STT;Nội dung công việc;Ngày hoàn thành;Ghi chú",
        "1;Rà soát TTHC;20/9/2022;",
        "2;Báo cáo quý;;")));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly(
        "KHTC.csv: không phải Báo cáo tiến độ của đơn vị hợp lệ: thiếu cột bắt buộc \"Tình trạng\" "
            + "(các cột tìm thấy: \"STT\", \"Nội dung công việc\", \"Ngày hoàn thành\", \"Ghi chú\"). "
            + "Hãy thêm cột với đúng tên tiêu đề (xem README, mục Tệp đầu vào), hoặc ghi tên tiêu đề của văn phòng vào mục "
            + "columns: của tệp cấu hình.");
    assertThat(read.report().problems().get(0).code()).isEqualTo("MISSING_COLUMN");
    assertThat(read.report().problems().get(0).value()).isEqualTo("Tình trạng");
    assertThat(read.tally().failed()).isTrue();
    Fixtures.assertTally(read.report(), "KHTC.csv", 0, 0, 0);
  }

  @Test
  void namesEveryMissingColumnOfAPlanAndTheHeadersInSheetOrder() throws Exception {
    Path file = Fixtures.workbook(dir, "ke-hoach.xlsx",
        row("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022"),
        row(),
        row("Số hiệu", "Công việc cần làm", "Sản phẩm", "Ghi chú", "Lĩnh vực", "Phối hợp thực hiện"),
        row(1, "Ban hành kế hoạch", "Kế hoạch", null, "1", "VP"));

    Fixtures.Read read = Fixtures.parse(file, InputKind.PLAN);

    assertThat(Fixtures.described(read.report())).containsExactly(
        "ke-hoach.xlsx: không phải Danh mục nhiệm vụ hợp lệ: thiếu cột bắt buộc \"STT\", \"Nội dung công việc\" "
            + "(các cột tìm thấy: \"Số hiệu\", \"Công việc cần làm\", \"Sản phẩm\", \"Ghi chú\", \"Lĩnh vực\", \"Phối hợp thực hiện\"). "
            + "Hãy thêm cột với đúng tên tiêu đề (xem README, mục Tệp đầu vào), hoặc ghi tên tiêu đề của văn phòng vào mục "
            + "columns: của tệp cấu hình; chỉ 30 dòng đầu được tìm: nếu tiêu đề nằm dưới dòng 30, hãy xóa bớt các dòng trống hoặc "
            + "dòng tiêu đề phụ phía trên nó.");
  }

  @Test
  void saysWhenNoRowLooksLikeAHeader() throws Exception {
    Path file = Fixtures.write(dir, "VP.csv", Fixtures.utf8(lines("Kính gửi: Văn phòng Sở", "Nội dung báo cáo như sau")));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly(
        "VP.csv: không phải Báo cáo tiến độ của đơn vị hợp lệ: thiếu cột bắt buộc \"STT\", \"Tình trạng\" "
            + "(không thấy dòng tiêu đề nào trong 30 dòng đầu của trang tính). Hãy thêm dòng tiêu đề với đúng tên cột (xem README, "
            + "mục Tệp đầu vào); nếu tiêu đề nằm dưới dòng 30, hãy xóa bớt các dòng trống hoặc dòng tiêu đề phụ phía trên nó.");
  }

  static Stream<Arguments> emptyTexts() {
    return Stream.of(
        Arguments.of("no bytes at all", ""),
        Arguments.of("only blank lines", "\r\n\r\n\r\n"),
        Arguments.of("only separators", ";;;\r\n;;;\r\n"),
        Arguments.of("only spaces and tabs", "   \r\n\t\t\r\n"),
        Arguments.of("only a BOM", "\uFEFF"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyTexts")
  void reportsAnEmptyCsvOnce(String label, String text) throws Exception {
    Path file = Fixtures.write(dir, "TTRA.csv", Fixtures.utf8(text));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly("TTRA.csv: tệp không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp chưa.");
    assertThat(read.report().problems().get(0).code()).isEqualTo("EMPTY_FILE");
    Fixtures.assertTally(read.report(), "TTRA.csv", 0, 0, 0);
  }

  @Test
  void reportsAWorkbookWithOnlyEmptySheetsAsEmpty() throws Exception {
    Path file = Fixtures.workbook(dir, "TTRA.xlsx", wb -> {
      wb.createSheet("Sheet1");
      wb.createSheet("Sheet2").createRow(5).createCell(2).setCellValue("   ");
    });

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly("TTRA.xlsx: tệp không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp chưa.");
  }

  @Test
  void acceptsAFileWithOnlyItsHeader() throws Exception {
    Path file = Fixtures.write(dir, "VP.csv", Fixtures.utf8(lines("STT;Tình trạng", "", "")));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.kinds()).containsExactly(InputKind.SUBMISSION);
    Fixtures.assertTally(read.report(), "VP.csv", 0, 0, 0);
  }

  static Stream<Arguments> brokenWorkbooks() throws Exception {
    byte[] xls = java.nio.file.Files.readAllBytes(Fixtures.workbook(
        seeds, "real.xls", row("STT", "Tình trạng"), row(1, "Hoàn thành")));
    // Files named for another type, renamed by hand or exported as HTML, are read by their content
    // (FileTypeTest); random bytes and empty files are refused before POI sees them (below).
    return Stream.of(
        Arguments.of("an xls cut after its directory", "KHTC.xls", java.util.Arrays.copyOf(xls, xls.length * 3 / 4), "Block 5 not found"));
  }

  @Test
  void saysAnXlsxCutInHalfIsDamaged() throws Exception {
    byte[] xlsx = java.nio.file.Files.readAllBytes(Fixtures.workbook(seeds, "whole.xlsx", row("STT", "Tình trạng"), row(1, "Hoàn thành")));
    Path file = Fixtures.write(dir, "KHTC.xlsx", java.util.Arrays.copyOf(xlsx, xlsx.length / 2));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly("KHTC.xlsx: sổ tính Excel bị hỏng hoặc bị cắt cụt (chưa tải về hay "
        + "chép hết): zip END header not found. Không dòng nào của tệp được dùng. Hãy xin đơn vị gửi lại tệp; hoặc mở tệp bằng Excel "
        + "(Excel sẽ đề nghị sửa tệp), lưu lại dạng .xlsx rồi chạy lại.");
    assertThat(read.tally().failed()).isTrue();
  }

  static Stream<Arguments> filesThatAreNotWorkbooks() {
    byte[] noise = new byte[4096];
    new Random(20220914).nextBytes(noise);
    String binary = "tệp có đuôi .%s nhưng nội dung là dữ liệu nhị phân không rõ loại, không phải bảng tính hay văn bản mà chương trình "
        + "đọc được. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chạy lại; nếu Excel cũng không mở được, hãy xin đơn vị gửi lại tệp.";
    return Stream.of(
        Arguments.of("random bytes named .xlsx", "KHTC.xlsx", noise, "BINARY_FILE", binary.formatted("xlsx")),
        Arguments.of("random bytes named .xls", "KHTC.xls", noise, "BINARY_FILE", binary.formatted("xls")),
        Arguments.of("an empty .xlsx", "KHTC.xlsx", new byte[0], "EMPTY_FILE", "tệp không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp chưa."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filesThatAreNotWorkbooks")
  void refusesAFileThatIsNotAWorkbookByItsContent(String label, String name, byte[] bytes, String code, String message) throws Exception {
    Path file = Fixtures.write(dir, name, bytes);

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly(name + ": " + message);
    assertThat(read.report().problems().get(0).code()).isEqualTo(code);
    assertThat(read.tally().failed()).isTrue();
    Fixtures.assertTally(read.report(), name, 0, 0, 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenWorkbooks")
  void reportsAnUnreadableWorkbookOnceWithTheReason(String label, String name, byte[] bytes, String reason) throws Exception {
    Path file = Fixtures.write(dir, name, bytes);

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly(name + ": không đọc được sổ tính Excel (" + reason + "). "
        + "Không dòng nào của tệp được dùng. Hãy mở tệp bằng Excel (tệp có thể bị hỏng hoặc chép chưa hết), lưu lại dạng .xlsx "
        + "rồi chạy lại.");
    assertThat(read.report().problems().get(0).code()).isEqualTo("UNREADABLE_WORKBOOK");
    assertThat(read.report().problems().get(0).value()).isEqualTo(reason);
    assertThat(read.tally().failed()).isTrue();
    Fixtures.assertTally(read.report(), name, 0, 0, 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"KHTC.pdf", "KHTC.docx", "KHTC.ods", "KHTC"})
  void readsATextFileWhateverItsName(String name) throws Exception {
    // The content decides (issue #8): a CSV is read under any name; a real PDF, DOCX or ODS is refused (FileTypeTest).
    Path file = Fixtures.write(dir, name, Fixtures.utf8("STT;Tình trạng\r\n1;Hoàn thành\r\n"));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.column("status")).containsExactly("Hoàn thành");
  }

  @Test
  void reportsAMissingFile() {
    Fixtures.Read read = Fixtures.parse(dir.resolve("KHTC.xlsx"), InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly(
        "KHTC.xlsx: không tìm thấy tệp. Hãy kiểm tra đường dẫn trong tệp cấu hình hoặc đặt tệp vào đúng thư mục.");
  }

  @Test
  void failsTheFileAtBadBytesAndUsesNoneOfItsRows() throws Exception {
    // UTF-8 for the whole first 64 KiB, then a windows-1258 byte: detected as UTF-8, broken further down.
    StringBuilder text = new StringBuilder("STT;Tình trạng;Ghi chú\r\n");
    int rows = 0;
    while (text.length() < 70_000) text.append(++rows).append(";Hoàn thành;").append("x".repeat(60)).append("\r\n");
    byte[] bytes = Fixtures.concat(Fixtures.utf8(text.toString()), new byte[] {'9', ';', 'H', 'o', 'a', (byte) 0xCC, 'n', '\r', '\n'});
    Path file = Fixtures.write(dir, "VP.csv", bytes);

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(Fixtures.described(read.report())).containsExactly("VP.csv, dòng " + (rows + 2)
        + ": tệp được nhận là UTF-8 nhưng từ dòng này có byte không hợp lệ theo bảng mã đó. Không dòng nào của tệp được dùng. "
        + "Hãy mở tệp bằng Excel và lưu lại dạng \"CSV UTF-8 (Comma delimited)\".");
    assertThat(read.tally().failed()).isTrue();
    // Issue #8: the rows read before the bad byte are not used either.
    Fixtures.assertTally(read.report(), "VP.csv", read.tally().read(), 0, read.tally().read());
    assertThat(read.tally().read()).isGreaterThan(900);
  }
}
