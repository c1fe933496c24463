package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11: a second office, written by this test, built to trigger each fix of "a report the văn
 * thư sends up without edits" — proposals asking the Sở and the province (one by its "Gửi đến"
 * column), a unit's text of several dashed lines, group headings every few tasks (some fall at a
 * page's foot), a due date before the plan's issue date, postal dossiers — and checked in the DOCX
 * and in the PDF.
 */
class WordingOfficeTest {
  @TempDir static Path temp;
  private static XWPFDocument docx;
  private static PDDocument pdf;
  private static String docxText;
  private static String pdfText;

  @BeforeAll
  static void run() throws Exception {
    Path office = writeOffice(temp.resolve("van-phong"));
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    int exit = Main.run(new String[] {"--config", office.resolve("cau-hinh.yaml").toString(), "--output",
        temp.resolve("out").toString(), "--today", "2022-03-20"}, sink, sink);
    assertThat(exit).as("a clean office runs without rejected rows").isZero();
    Path folder = temp.resolve("out/2022-Q1");
    docx = new XWPFDocument(Files.newInputStream(folder.resolve("bao-cao-cchc-2022-Q1.docx")));
    pdf = Loader.loadPDF(folder.resolve("bao-cao-cchc-2022-Q1.pdf").toFile());
    docxText = DocxText.of(docx);
    StringBuilder all = new StringBuilder();
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) all.append(pdfPage(i)).append('\n');
    pdfText = all.toString();
  }

  @AfterAll
  static void close() throws IOException {
    if (docx != null) docx.close();
    if (pdf != null) pdf.close();
  }

  /** Both files' text as one line of words, so a sentence can be found whatever the line breaks. */
  private static List<String> bothFlat() {
    return List.of(flat(docxText), flat(pdfText));
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void sectionFourAsksTheProvinceAndSendsTheRestToTheAppendix() {
    for (String text : bothFlat()) {
      assertThat(text).contains("Đề nghị Ủy ban nhân dân tỉnh xem xét, chỉ đạo giải quyết các đề xuất sau của các đơn vị thuộc Sở:",
          "- Phòng Một (nhiệm vụ 1.2): “Đề nghị UBND tỉnh bổ sung kinh phí số hóa hồ sơ”;",
          "- Phòng Hai (nhiệm vụ 1.3): “Bổ sung biên chế cho bộ phận một cửa”.",
          "01 đề xuất, kiến nghị các đơn vị gửi Sở được tổng hợp tại Phụ lục V kèm theo; Sở xem xét, giải quyết theo thẩm quyền./.",
          "TỔNG HỢP ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ");
      int four = text.indexOf("IV. ĐỀ XUẤT, KIẾN NGHỊ");
      int appendix = text.indexOf("Phụ lục V");
      assertThat(text.substring(four, text.indexOf("./.", four))).as("the body does not speak with the unit's voice")
          .doesNotContain("Đề nghị Văn phòng Sở bố trí");
      assertThat(appendix).isPositive();
    }
  }

  @Test
  void aUnitsDashedLinesBecomeListItems() {
    for (String text : bothFlat()) {
      assertThat(text).contains("- Văn phòng Sở (nhiệm vụ 1.1): + Phần mềm chưa kết nối; + Công chức kiêm nhiệm nhiều việc.")
          .doesNotContain(": - Phần mềm");
    }
  }

  @Test
  void aDueDateBeforeThePlanIsMarkedWhereTheTaskIsOverdue() {
    for (String text : bothFlat()) {
      assertThat(text).contains("- Phòng Hai: nhiệm vụ 1.3 (hạn 30/6/2021, quá hạn 257 ngày) (cần xác minh thời hạn).");
    }
  }

  @Test
  void theOnlineShareIsOverThePrintedReceiptsAndPostalIsPrinted() {
    // 20 online of 20 + 70 direct + 10 postal = 100 received in the period.
    for (String text : bothFlat()) {
      assertThat(text).contains("tiếp nhận trong kỳ 100: trực tuyến 20, chiếm 20%; trực tiếp 70; qua dịch vụ bưu chính công ích 10)");
    }
  }

  @Test
  void noGroupHeadingEndsAPageOfPhuLucI() throws Exception {
    // Phụ lục I's heading rows are the plan's rows "1", "2", … above tasks "1.1", …; no page ends with one.
    int checked = 0;
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      List<String> lines = pdfPage(page).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (lines.stream().noneMatch(WordingOfficeTest::isHeading)) continue;
      checked++;
      String last = lines.get(lines.size() - 1);
      assertThat(isHeading(last)).as("the last line of page %d is a heading: %s", page, last).isFalse();
      int lastHeading = -1;
      for (int i = 0; i < lines.size(); i++) if (isHeading(lines.get(i))) lastHeading = i;
      assertThat(lines.subList(lastHeading + 1, lines.size())).as("a task under the last heading of page %d", page)
          .anyMatch(l -> l.matches("\\d+\\.\\d+ .*|\\d+\\.\\d+"));
    }
    assertThat(checked).as("pages of Phụ lục I with group headings").isGreaterThan(1);
  }

  /** A group heading row of Phụ lục I as PDFBox reads it: its number, then its text (its tasks are numbered "g.t"). */
  private static boolean isHeading(String line) {
    return line.matches("\\d+ Nhóm nhiệm vụ số .*");
  }

  @Test
  void phuLucTwoExplainsItsColumnsAndItsTwoRates() {
    for (String text : bothFlat()) {
      assertThat(text).contains("Được giao (3) = (5) + (6) + (7) + (8) + (9) + (10) + (11) + (12) + (14)",
          "Dòng Tổng cộng tính theo lượt đơn vị – nhiệm vụ");
    }
  }

  // ---- the office

  private static final int GROUPS = 9;
  private static final int TASKS_PER_GROUP = 3;

  /** Writes the office: configuration, registry, plan, three units' reports and a Biểu 06 table, all CSV. */
  static Path writeOffice(Path root) throws IOException {
    Files.createDirectories(root);
    String config = Files.readString(Path.of("data/cau-hinh.yaml"), StandardCharsets.UTF_8)
        .replace("ke-hoach/ke-hoach-56-KH-SLDTBXH.xlsx", "ke-hoach/ke-hoach.csv")
        .replace("don-vi/danh-muc-don-vi.xlsx", "don-vi/don-vi.csv")
        .replaceAll("previous_year_on_time_percent: [0-9,]+", "previous_year_on_time_percent: ")
        .replace("output: ../output", "output: out");
    write(root.resolve("cau-hinh.yaml"), config);
    write(root.resolve("don-vi/don-vi.csv"), "Mã đơn vị;Tên đơn vị\nVP;Văn phòng Sở\nP1;Phòng Một\nP2;Phòng Hai\n");
    StringBuilder plan = new StringBuilder("STT;Nội dung công việc;Đơn vị chủ trì;Thời gian hoàn thành\n");
    String[] leads = {"Văn phòng Sở", "Phòng Một", "Phòng Hai"};
    for (int g = 1; g <= GROUPS; g++) {
      plan.append(g).append(";Nhóm nhiệm vụ số ").append(g).append(" về cải cách thủ tục hành chính;;\n");
      for (int t = 1; t <= TASKS_PER_GROUP; t++) {
        String id = g + "." + t;
        String deadline = id.equals("1.3") ? "06/2021" : "31/01/2022";
        plan.append(id).append(";Rà soát, đánh giá, công bố và công khai thủ tục hành chính thuộc lĩnh vực số ").append(id)
            .append(" theo quy định, cập nhật lên Cơ sở dữ liệu quốc gia và niêm yết tại bộ phận một cửa")
            // Rows of two heights, so that without keep-with-next two headings would end a page (pages 5 and 8).
            .append((g + t) % 2 == 0 ? ", bảo đảm đúng thời hạn và chất lượng theo yêu cầu của Kế hoạch;" : ";")
            .append(leads[(t - 1) % 3]).append(";").append(deadline).append('\n');
      }
    }
    write(root.resolve("ke-hoach/ke-hoach.csv"), plan.toString());
    // Leads cycle by task number: g.1 Văn phòng Sở, g.2 Phòng Một, g.3 Phòng Hai. Task 1.1 carries dashed lines and a
    // proposal asking the Sở; 1.2 a proposal asking UBND tỉnh; 1.3 (due "06/2021") is not done and its proposal has
    // no request verb but a "Gửi đến" column naming the province.
    String header = "STT;Tình trạng;Ngày hoàn thành;Sản phẩm;Khó khăn, vướng mắc;Đề xuất, kiến nghị;Gửi đến\n";
    StringBuilder vp = new StringBuilder(header).append("1.1;Hoàn thành;20/01/2022;Báo cáo số 1;")
        .append("\"- Phần mềm chưa kết nối.\n- Công chức kiêm nhiệm nhiều việc\";Đề nghị Văn phòng Sở bố trí kinh phí tập huấn;\n");
    StringBuilder p1 = new StringBuilder(header)
        .append("1.2;Hoàn thành;25/01/2022;Công văn số 1;;Đề nghị UBND tỉnh bổ sung kinh phí số hóa hồ sơ;\n");
    StringBuilder p2 = new StringBuilder(header).append("1.3;Đang thực hiện;;;;Bổ sung biên chế cho bộ phận một cửa;UBND tỉnh\n");
    for (int g = 2; g <= GROUPS; g++) {
      vp.append(g).append(".1;Hoàn thành;20/01/2022;Báo cáo số ").append(g).append(";;;\n");
      p1.append(g).append(".2;Hoàn thành;25/01/2022;Công văn số ").append(g).append(";;;\n");
      p2.append(g).append(".3;Hoàn thành;31/01/2022;Quyết định số ").append(g).append(";;;\n");
    }
    write(root.resolve("bao-cao/2022-Q1/VP.csv"), vp.toString());
    write(root.resolve("bao-cao/2022-Q1/P1.csv"), p1.toString());
    write(root.resolve("bao-cao/2022-Q1/P2.csv"), p2.toString());
    write(root.resolve("ho-so/2022-Q1/bieu-06.csv"),
        "Đơn vị;Từ kỳ trước;Trực tuyến;Trực tiếp;Bưu chính;Trước hạn;Đúng hạn;Quá hạn;Trong hạn;Đang giải quyết quá hạn\n"
            + "Văn phòng Sở;5;20;70;10;90;5;0;10;0\n");
    return root;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String pdfPage(int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

}
