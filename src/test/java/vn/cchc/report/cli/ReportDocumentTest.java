package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.report.config.ConfigLoader;
import vn.cchc.report.config.OfficeConfig;
import vn.cchc.report.domain.DataWindow;
import vn.cchc.report.domain.Period;
import vn.cchc.report.ingest.InputData;
import vn.cchc.report.ingest.InputLoader;
import vn.cchc.report.problem.ValidationReport;
import vn.cchc.report.report.ReportBuilder;
import vn.cchc.report.report.Summary;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;
import vn.cchc.report.rules.CutOffConvention;
import vn.cchc.report.rules.DeadlineParser;
import vn.cchc.report.rules.PlanDeadlines;
import vn.cchc.report.rules.Periods;

/** The report document built from the sample office through the templates (issue 4, contents). */
class ReportDocumentTest {
  private static Summary summary;
  private static Document document;

  @BeforeAll
  static void build() throws Exception {
    OfficeConfig config = ConfigLoader.load(Path.of("data/cau-hinh.yaml"));
    Period period = Periods.parse("2022-Q1");
    DataWindow window = Periods.window(period, CutOffConvention.DECREE_09_2019);
    LocalDate today = LocalDate.of(2022, 3, 20);
    var inputs = config.inputs();
    var where = new InputLoader.Locations(inputs.dataRoot(), inputs.units(), inputs.plan(),
        inputs.submissions().resolve(period.id()), inputs.dossiers().resolve(period.id()));
    ValidationReport report = new ValidationReport();
    InputData data = InputLoader.load(where, new InputLoader.Dates(window.from(), window.to(), today), report);
    PlanDeadlines deadlines = PlanDeadlines.resolve(data.plan(), new DeadlineParser(), config.plan().issuedOn());
    summary = Job.summary(config, period, CutOffConvention.DECREE_09_2019, window, today, data, deadlines, Path.of("target/no-output"), report);
    document = new ReportBuilder(Path.of("templates")).build(summary, Job.identity(config, today), Section.Margins.DEFAULT);
  }

  private static List<String> texts(Section section) {
    List<String> texts = new ArrayList<>();
    collect(section.blocks(), texts);
    return texts;
  }

  private static void collect(List<Block> blocks, List<String> texts) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) texts.add(p.text());
      else if (block instanceof Block.Columns c) {
        collect(c.left(), texts);
        collect(c.right(), texts);
      } else if (block instanceof Block.Table t) {
        for (Block.Row row : t.rows()) texts.add(String.join(" | ", row.cells().stream().map(Block.Cell::text).toList()));
      }
    }
  }

  @Test
  void hasTheReportAndFiveLandscapeAppendices() {
    assertThat(document.sections()).extracting(Section::landscape).containsExactly(false, true, true, true, true, true);
  }

  @Test
  void theRuleUnderTheTrichYeuIsAThirdToAHalfOfItsLongestLine() {
    // NĐ 30: the rule is measured on the trích yếu's longest line, so the trích yếu is one paragraph.
    List<Block> blocks = document.sections().get(0).blocks();
    int at = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Block.Paragraph p && p.text().startsWith("Kết quả thực hiện Kế hoạch số")) at = i;
    }
    Block.Paragraph trichYeu = (Block.Paragraph) blocks.get(at);
    assertThat(trichYeu.text()).isEqualTo("Kết quả thực hiện Kế hoạch số 56/KH-SLĐTBXH ngày 01/9/2021\nquý I năm 2022");
    assertThat(blocks.get(at + 1)).isInstanceOfSatisfying(Block.Rule.class,
        r -> assertThat(r.fraction()).isBetween(1 / 3.0, 0.5));
  }

  @Test
  void aDueDateBeforeThePlansIssueDateIsMarkedWhereverTheTaskIsNamedOverdue() {
    // rules §8: task 5.2 "06/2021" in a plan of 01/9/2021; task 4.2 (28/02/2022) is overdue but plausible.
    String marked = "(cần xác minh thời hạn)";
    List<String> body = texts(document.sections().get(0));
    assertThat(body).contains("- Văn phòng Sở: nhiệm vụ 5.2 (hạn 30/6/2021, quá hạn 257 ngày) " + marked + ".",
        "- Văn phòng Sở: nhiệm vụ 4.2 (hạn 28/02/2022, quá hạn 14 ngày);");
    assertThat(body).anyMatch(t -> t.startsWith("Khẩn trương hoàn thành") && t.contains("5.2 " + marked));
    assertThat(texts(document.sections().get(1))).filteredOn(t -> t.startsWith("5.2 |")).singleElement()
        .asString().contains("30/6/2021\n(06/2021)\n" + marked);
    assertThat(texts(document.sections().get(4))).filteredOn(t -> t.contains(marked)).hasSize(1)
        .allMatch(t -> t.contains("| 5.2 |"));
    assertThat(summary.tasks()).filteredOn(Summary.TaskLine::dueDateToVerify).extracting(Summary.TaskLine::id).containsExactly("5.2");
  }

  @Test
  void theOnlineShareIsOverTheFigurePrintedBesideItAndThePostalCountIsPrinted() {
    // rules §6: 246 / 1.464 = 16,80 % (it was 246 / 1.451, without the 13 postal dossiers: 16,95 %).
    assertThat(texts(document.sections().get(0))).anyMatch(t -> t.contains(
        "tiếp nhận trong kỳ 1.464: trực tuyến 246, chiếm 16,8%; trực tiếp 1.205; qua dịch vụ bưu chính công ích 13)"));
  }

  @Test
  void sectionFourAsksTheProvinceInTheSosVoiceAndSendsTheRestToTheAppendix() {
    // report-contents.md §1.4 (IV): proposals needing the province quoted and attributed; the one asking the Sở
    // (Phòng LĐ-VL-BH: "Đề nghị Văn phòng Sở phối hợp …") only in the appendix of the units' proposals.
    List<String> body = texts(document.sections().get(0));
    int heading = body.indexOf("IV. ĐỀ XUẤT, KIẾN NGHỊ");
    List<String> four = body.subList(heading + 1, body.size());
    assertThat(four.get(0)).isEqualTo("Đề nghị Ủy ban nhân dân tỉnh xem xét, chỉ đạo giải quyết các đề xuất sau của các đơn vị thuộc Sở:");
    assertThat(four).contains("- Trung tâm Dịch vụ việc làm (nhiệm vụ 5.1): “Đề nghị Sở kiến nghị UBND tỉnh chỉ đạo kết nối, liên thông "
        + "dữ liệu giữa Hệ thống một cửa điện tử tỉnh và phần mềm quản lý bảo hiểm thất nghiệp”.");
    assertThat(String.join("\n", four)).doesNotContain("Đề nghị Văn phòng Sở phối hợp");
    assertThat(four).contains("01 đề xuất, kiến nghị các đơn vị gửi Sở được tổng hợp tại Phụ lục V kèm theo; Sở xem xét, giải quyết "
        + "theo thẩm quyền./.");
    List<String> appendix = texts(document.sections().get(5));
    assertThat(appendix).contains("Phụ lục V", "TỔNG HỢP ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ");
    assertThat(appendix).anyMatch(t -> t.contains("Đề nghị Văn phòng Sở phối hợp") && t.endsWith("| Sở"));
    assertThat(summary.proposals()).filteredOn(Summary.Remark::toProvince).hasSize(3);
  }

  @Test
  void phuLucTwosColumnsAddUpToWhatWasAssigned() {
    // Issue #11 item 6: (3) = (5) + … + (12) + (14), and (13) "chưa báo cáo" lies within (10) – (12).
    List<Summary.UnitLine> lines = new ArrayList<>(summary.units());
    lines.add(summary.unitTotal());
    for (Summary.UnitLine u : lines) {
      Summary.ClassFigures c = u.classes();
      long parts = c.early() + c.onDueDate() + c.late() + c.doneNoDueDate() + c.recurringInProgress() + c.notDoneNotOverdue()
          + c.notDoneOverdue() + c.recurringNotStarted() + c.dropped();
      assertThat(parts).as(u.name()).isEqualTo(u.assigned());
      assertThat(c.notReported()).as(u.name()).isLessThanOrEqualTo(c.notDoneNotOverdue() + c.notDoneOverdue() + c.recurringNotStarted());
    }
    assertThat(texts(document.sections().get(2))).anyMatch(t -> t.startsWith("Dòng Tổng cộng tính theo lượt đơn vị – nhiệm vụ")
        && t.contains("tỷ lệ hoàn thành " + summary.unitTotal().completion().printed())
        && t.contains("tỷ lệ hoàn thành " + summary.byTask().completion().printed()));
  }

  @Test
  void printsTheHeaderBlockAndTitle() {
    assertThat(texts(document.sections().get(0))).contains(
        "UBND TỈNH BÌNH THUẬN", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số:       /BC-SLĐTBXH", "Bình Thuận, ngày 20 tháng 3 năm 2022", "BÁO CÁO",
        "Kính gửi: Ủy ban nhân dân tỉnh Bình Thuận.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC", "Phạm Việt Công");
  }

  @Test
  void printsTheFiguresOfTheSummary() {
    String body = String.join("\n", texts(document.sections().get(0)));
    assertThat(body)
        .contains("Kế hoạch giao 16 nhiệm vụ")
        .contains("đạt tỷ lệ " + summary.byTask().completion().printed())
        .contains("Hoàn thành sớm hạn: 02 nhiệm vụ (" + summary.byTask().earlyShare().printed() + ")")
        .contains("Phòng Trẻ em - Bình đẳng giới (0%)")
        .contains("Đơn vị chưa gửi báo cáo: Phòng Trẻ em - Bình đẳng giới.")
        .contains("Tỷ lệ hồ sơ giải quyết đúng hạn: " + summary.dossiers().total().r1().printed())
        .contains("(Chi tiết tại Phụ lục I kèm theo)", "(Chi tiết tại Phụ lục II kèm theo)", "(Chi tiết tại Phụ lục III kèm theo)",
            "Phụ lục IV kèm theo");
  }

  @Test
  void endsTheBodyWithTheClosingMark() {
    List<String> texts = texts(document.sections().get(0));
    int recipients = texts.indexOf("Nơi nhận:");
    assertThat(texts.get(recipients - 1)).endsWith("./.");
  }

  @Test
  void listsEveryTaskInPlanOrderInAppendixOne() {
    List<String> rows = texts(document.sections().get(1));
    assertThat(rows).contains("Phụ lục I");
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("5.2 | Xây dựng quy trình liên thông điện tử | Văn phòng Sở | 30/6/2021\n(06/2021)"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("2 | 100% các biểu mẫu"));
  }

  @Test
  void totalsDossiersInAppendixThree() {
    List<String> rows = texts(document.sections().get(3));
    assertThat(rows).contains("Đơn vị tính: Số hồ sơ TTHC");
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Tổng cộng | 1.522 |"));
  }
}
