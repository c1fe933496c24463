package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12, item 3: a công văn đôn đốc to each unit with an overdue task or no report, in the NĐ 30
 * công văn format, as DOCX and PDF, and all of them in one PDF to print.
 */
class ReminderLettersTest {
  @TempDir static Path temp;
  private static Path folder;

  @BeforeAll
  static void run() throws Exception {
    folder = SampleData.runInto(temp);
  }

  @Test
  void aLetterGoesToEachUnitWithAnOverdueTaskOrNoReport() throws Exception {
    // The sample's overdue list names TEBDG, CSCN, NCC, TTBTXH and VP; TEBDG also sent no report. The units that are up to
    // date (KHTC, LDVLBH, BTXH, GDNN, TTDVVL) get none.
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("cong-van-don-doc-")))
          .containsExactlyInAnyOrder("cong-van-don-doc-CSCN.docx", "cong-van-don-doc-CSCN.pdf", "cong-van-don-doc-NCC.docx",
              "cong-van-don-doc-NCC.pdf", "cong-van-don-doc-TEBDG.docx", "cong-van-don-doc-TEBDG.pdf", "cong-van-don-doc-TTBTXH.docx",
              "cong-van-don-doc-TTBTXH.pdf", "cong-van-don-doc-VP.docx", "cong-van-don-doc-VP.pdf");
    }
  }

  @Test
  void theLetterHasTheCongVanFormInBothFiles() throws Exception {
    String docx = docxText(folder.resolve("cong-van-don-doc-TEBDG.docx"));
    String pdf;
    try (PDDocument document = Loader.loadPDF(folder.resolve("cong-van-don-doc-TEBDG.pdf").toFile())) {
      pdf = new PDFTextStripper().getText(document);
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isLessThan(document.getPage(0).getMediaBox().getHeight());
    }
    for (String text : List.of(flat(docx), flat(pdf))) {
      assertThat(text).contains("UBND TỈNH BÌNH THUẬN", "SỞ LAO ĐỘNG - THƯƠNG BINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: /SLĐTBXH-VP", "V/v đôn đốc thực hiện nhiệm vụ theo", "Kế hoạch số 56/KH-SLĐTBXH",
          "Bình Thuận, ngày 20 tháng 3 năm 2022", "Kính gửi: Phòng Trẻ em - Bình đẳng giới.",
          "- Phòng Trẻ em - Bình đẳng giới còn 02 nhiệm vụ đã quá hạn nhưng chưa hoàn thành:",
          "+ Nhiệm vụ 2.1: Hướng dẫn cách kê khai viết thông tin vào các biểu mẫu, tờ khai, đơn của từng TTHC (hạn 25/9/2021, quá hạn "
              + "170 ngày), đơn vị chưa báo cáo;",
          "- Phòng Trẻ em - Bình đẳng giới chưa gửi báo cáo tiến độ thực hiện quý I năm 2022.",
          "trước ngày 27/3/2022./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Việt Công");
    }
    String office = flat(docxText(folder.resolve("cong-van-don-doc-VP.docx")));
    assertThat(office).contains("+ Nhiệm vụ 5.2: Xây dựng quy trình liên thông điện tử (hạn 30/6/2021, quá hạn 257 ngày) "
        + "(cần xác minh thời hạn).").doesNotContain("chưa gửi báo cáo tiến độ");
  }

  @Test
  void theLetterIsOnA4WithTheDecreesMargins() throws Exception {
    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(folder.resolve("cong-van-don-doc-NCC.docx")))) {
      var sectPr = docx.getDocument().getBody().getSectPr();
      assertThat(sectPr.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(sectPr.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
    }
  }

  @Test
  void allLettersAreInOnePdfToPrint() throws Exception {
    int pages = 0;
    for (String unit : List.of("CSCN", "NCC", "TEBDG", "TTBTXH", "VP")) {
      try (PDDocument letter = Loader.loadPDF(folder.resolve("cong-van-don-doc-" + unit + ".pdf").toFile())) {
        pages += letter.getNumberOfPages();
      }
    }
    try (PDDocument all = Loader.loadPDF(folder.resolve("in-cong-van-don-doc.pdf").toFile())) {
      assertThat(all.getNumberOfPages()).isEqualTo(pages);
      assertThat(new PDFTextStripper().getText(all)).contains("Kính gửi: Cơ sở cai nghiện ma túy.", "Kính gửi: Văn phòng Sở.");
    }
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static String docxText(Path file) throws Exception {
    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(file))) {
      return DocxText.of(docx);
    }
  }
}
