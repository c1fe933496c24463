package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.report.ingest.Fixtures.lines;
import static vn.cchc.report.ingest.Fixtures.utf8;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.problem.InputException;

/**
 * Issue #8 item 4: the "Excel" export of e-government systems, an HTML table named ".xls", is read
 * as a workbook whose sheets are its tables, merged cells as Excel shows them.
 */
class HtmlTableReaderTest {
  @TempDir Path dir;

  /** A sheet read to the end: its rows' cells and its merges. */
  record Sheet(String name, List<List<String>> rows, List<Integer> numbers, List<Merge> merges) {}

  private static List<Sheet> read(TableSource source) {
    List<Sheet> sheets = new ArrayList<>();
    for (Iterator<SheetData> it = source.sheets(); it.hasNext(); ) {
      SheetData sheet = it.next();
      List<List<String>> rows = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      sheet.rows().forEachRemaining(row -> {
        rows.add(row.cells());
        numbers.add(row.number());
        assertThat(row.kinds()).isNull();
      });
      sheets.add(new Sheet(sheet.name(), rows, numbers, sheet.merges().get()));
    }
    return sheets;
  }

  private List<Sheet> read(String name, byte[] bytes) throws Exception {
    Path file = Fixtures.write(dir, name, bytes);
    try (TableSource source = HtmlTableReader.open(file, name)) {
      return read(source);
    }
  }

  @Test
  void spreadsATwoLevelHeaderAsExcelShowsMergedCells() throws Exception {
    List<Sheet> sheets = read("ho-so.xls", utf8(FileTypeTest.egovExport("<meta charset=\"utf-8\">")));

    assertThat(sheets).singleElement().satisfies(sheet -> {
      assertThat(sheet.name()).isEqualTo("Bảng 1");
      assertThat(sheet.rows()).containsExactly(
          List.of("STT", "Kết quả", "", "Ghi chú"),
          List.of("", "Tình trạng", "Ngày hoàn thành", ""),
          List.of("1", "Hoàn thành", "20/9/2022", "Đã gửi Sở Nội vụ"),
          List.of("2.1", "Đang thực hiện", "", "Chờ ý kiến"));
      assertThat(sheet.numbers()).containsExactly(1, 2, 3, 4);
      assertThat(sheet.merges()).containsExactly(new Merge(1, 2, 0, 0), new Merge(1, 1, 1, 2), new Merge(1, 2, 3, 3));
    });
  }

  @Test
  void keepsARowspanTextInItsFirstRowOnly() throws Exception {
    String html = lines(
        "<table>",
        "<thead><tr><th>Đơn vị</th><th>STT</th><th>Tình trạng</th></tr></thead>",
        "<tbody>",
        "<tr><td rowspan=\"3\">Văn phòng Sở</td><td>1</td><td>Hoàn thành</td></tr>",
        "<tr><td>2.1</td><td>Đang thực hiện</td></tr>",
        "<tr><td>3</td><td>Chưa thực hiện</td></tr>",
        "<tr><td>Phòng KHTC</td><td>4</td><td colspan=0>Hoàn thành</td></tr>",
        "</tbody>",
        "<tfoot><tr><td colspan=\"2\" rowspan=\"9\">Tổng cộng</td><td>4</td></tr></tfoot>",
        "</table>");

    Sheet sheet = read("VP.xls", utf8(html)).get(0);

    assertThat(sheet.rows()).containsExactly(
        List.of("Đơn vị", "STT", "Tình trạng"),
        List.of("Văn phòng Sở", "1", "Hoàn thành"),
        List.of("", "2.1", "Đang thực hiện"),
        List.of("", "3", "Chưa thực hiện"),
        List.of("Phòng KHTC", "4", "Hoàn thành"),
        List.of("Tổng cộng", "", "4"));
    // colspan="0" is 1; a rowspan past the last row stops there.
    assertThat(sheet.merges()).containsExactly(new Merge(2, 4, 0, 0), new Merge(6, 6, 0, 1));
  }

  @Test
  void turnsLineBreaksAndBlocksIntoLinesAndCollapsesSpaces() throws Exception {
    String html = lines(
        "<table><tr>",
        "<td>Công văn số 123/SLĐTBXH-VP<br>ngày 20/9/2022</td>",
        "<td>Dòng 1<br style='mso-data-placement:same-cell'/>Dòng 2<br><br>Dòng 4</td>",
        "<td><p>Đoạn một</p><p>Đoạn   hai,\r\n      xuống dòng trong mã nguồn</p></td>",
        "<td>&nbsp;Chờ&nbsp;&nbsp;ý kiến <b>góp</b> <i>ý</i>&#8203; </td>",
        "<td><script>var x = 1;</script><style>td {}</style>Văn bản</td>",
        "</tr></table>");

    Sheet sheet = read("a.xls", utf8(html)).get(0);

    assertThat(sheet.rows()).containsExactly(List.of(
        "Công văn số 123/SLĐTBXH-VP\nngày 20/9/2022",
        "Dòng 1\nDòng 2\n\nDòng 4",
        "Đoạn một\nĐoạn hai, xuống dòng trong mã nguồn",
        "Chờ ý kiến góp ý",
        "Văn bản"));
  }

  @Test
  void readsNfdTextAsNfc() throws Exception {
    String nfd = Normalizer.normalize("<table><tr><td>Tình trạng</td><td>Đang thực hiện</td></tr></table>", Normalizer.Form.NFD);
    assertThat(nfd).contains("Ti\u0300nh");

    Sheet sheet = read("mac.xls", utf8(nfd)).get(0);

    assertThat(sheet.rows()).containsExactly(List.of("Tình trạng", "Đang thực hiện"));
    assertThat(sheet.rows().get(0)).allMatch(cell -> Normalizer.isNormalized(cell, Normalizer.Form.NFC));
  }

  @Test
  void makesEachTableASheetAndANestedTableItsOwn() throws Exception {
    String html = lines(
        "<html><body>",
        "<table><tr><td>Báo cáo tiến độ</td></tr></table>",
        "<table></table>", // no row: not a sheet
        "<table class=\"layout\"><tr><td>Trước bảng",
        "  <table><tr><th>STT</th><th>Tình trạng</th></tr><tr><td>1</td><td>Hoàn thành</td></tr></table>",
        "sau bảng</td><td>Cột 2</td></tr></table>",
        "</body></html>");

    List<Sheet> sheets = read("ho-so.xls", utf8(html));

    assertThat(sheets).extracting(Sheet::name).containsExactly("Bảng 1", "Bảng 2", "Bảng 3");
    assertThat(sheets.get(0).rows()).containsExactly(List.of("Báo cáo tiến độ"));
    assertThat(sheets.get(1).rows()).containsExactly(List.of("Trước bảng sau bảng", "Cột 2"));
    assertThat(sheets.get(2).rows()).containsExactly(List.of("STT", "Tình trạng"), List.of("1", "Hoàn thành"));
  }

  @Test
  void honoursTheDeclaredCharsetThenGuesses() throws Exception {
    String table = "<table><tr><td>Đang thực hiện</td></tr></table>";
    record Case(String label, byte[] bytes, String description) {}
    List<Case> cases = List.of(
        new Case("meta charset", Fixtures.windows1258("<html><head><meta charset=windows-1258></head><body>" + table),
            "Bảng HTML (tệp xuất từ hệ thống, đuôi .xls), windows-1258 (theo khai báo trong tệp)"),
        new Case("http-equiv", Fixtures.windows1258(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1258\"></head><body>" + table),
            "Bảng HTML (tệp xuất từ hệ thống, đuôi .xls), windows-1258 (theo khai báo trong tệp)"),
        new Case("BOM over a wrong meta", Fixtures.utf8WithBom("<meta charset=windows-1258>" + table),
            "Bảng HTML (tệp xuất từ hệ thống, đuôi .xls), UTF-8 có BOM"),
        new Case("UTF-16 with BOM", Fixtures.utf16leWithBom(table), "Bảng HTML (tệp xuất từ hệ thống, đuôi .xls), UTF-16 (LE) có BOM"),
        new Case("no declaration, UTF-8", utf8(table), "Bảng HTML (tệp xuất từ hệ thống, đuôi .xls), UTF-8"),
        new Case("no declaration, windows-1258", Fixtures.windows1258(table),
            "Bảng HTML (tệp xuất từ hệ thống, đuôi .xls), windows-1258 (Excel trên Windows tiếng Việt)"));

    for (Case c : cases) {
      Path file = Fixtures.write(dir, "bieu.xls", c.bytes());
      try (TableSource source = HtmlTableReader.open(file, "bieu.xls")) {
        assertThat(source.description()).as(c.label()).isEqualTo(c.description());
        assertThat(read(source).get(0).rows()).as(c.label()).containsExactly(List.of("Đang thực hiện"));
      }
    }
  }

  @Test
  void readsAnHtmlExportNamedXlsThroughTableReaders() throws Exception {
    Path file = Fixtures.write(dir, "bao-cao/KHTC.xls", Fixtures.windows1258(FileTypeTest.egovExport("<meta charset=windows-1258>")));

    try (TableSource source = TableReaders.open(file, "bao-cao/KHTC.xls")) {
      assertThat(source.description()).isEqualTo("Bảng HTML (tệp xuất từ hệ thống, đuôi .xls), windows-1258 (theo khai báo trong tệp)");
      assertThat(read(source).get(0).rows()).hasSize(4).contains(List.of("1", "Hoàn thành", "20/9/2022", "Đã gửi Sở Nội vụ"));
    }
    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);
    assertThat(read.report().problems()).isEmpty();
    assertThat(read.column("task")).containsExactly("1", "2.1");
    assertThat(read.column("status")).containsExactly("Hoàn thành", "Đang thực hiện");
    assertThat(read.rowNumbers()).containsExactly(3, 4);
  }

  @Test
  void refusesAPageWithoutATable() throws Exception {
    Path file = Fixtures.write(dir, "KHTC.xls", utf8("<html><body><p>Phiên đăng nhập đã hết hạn.</p></body></html>"));

    assertThatThrownBy(() -> HtmlTableReader.open(file, "KHTC.xls")).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.problem().code()).isEqualTo("EMPTY_FILE");
      assertThat(e.problem().describe()).isEqualTo("KHTC.xls: tệp là trang HTML nhưng không có bảng nào (thẻ <table>). "
          + "Hãy kiểm tra đã xuất đúng tệp từ hệ thống chưa, hoặc mở bằng Excel và lưu lại dạng .xlsx.");
    });
  }

  @Test
  void reportsAnUnreadableFile() {
    // A folder where the file should be: reading it fails.
    assertThatThrownBy(() -> HtmlTableReader.open(dir, "KHTC.xls")).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.problem().code()).isEqualTo("UNREADABLE_FILE");
      assertThat(e.problem().describe()).startsWith("KHTC.xls: không đọc được tệp (");
    });
  }
}
