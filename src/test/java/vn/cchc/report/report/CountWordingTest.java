package vn.cchc.report.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.report.domain.DataWindow;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.Period;
import vn.cchc.report.domain.Plan;
import vn.cchc.report.domain.Status;
import vn.cchc.report.domain.StatusReport;
import vn.cchc.report.domain.Task;
import vn.cchc.report.domain.TaskId;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.SourceLocation;
import vn.cchc.report.problem.ValidationReport;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;
import vn.cchc.report.rules.CutOffConvention;
import vn.cchc.report.rules.DeadlineParser;
import vn.cchc.report.rules.PlanDeadlines;
import vn.cchc.report.rules.Periods;
import vn.cchc.report.rules.Thresholds;

/**
 * Issue #11, item 7: every sentence that carries a count reads naturally for 0, 1 and many. Two
 * offices built in memory and put through the real templates: one where every count is zero, one
 * where every count is one.
 */
class CountWordingTest {
  private static final Period PERIOD = Periods.parse("2022-Q1");
  private static final DataWindow WINDOW = Periods.window(PERIOD, CutOffConvention.DECREE_09_2019);
  private static final LocalDate TODAY = LocalDate.of(2022, 3, 20);
  private static final LocalDate ISSUED = LocalDate.of(2021, 9, 1);
  private static final SourceLocation AT = SourceLocation.ofFile("ke-hoach.xlsx");

  /** Words that only a count of zero put in the wrong place produces. */
  private static final List<String> ZERO_MISREAD = List.of("có không có", "giao không có", "Có không có", "thành không có",
      "hoàn thành không có", "đạt tỷ lệ —", "Còn không có", "những không có");

  @Test
  void anOfficeWhereEveryCountIsZero() throws Exception {
    // One unit, one task due after the cut-off (nothing counted yet), no report, no dossier.
    List<Task> tasks = List.of(task("1", "Tháng 12/2022"));
    List<String> body = body(tasks, List.of(), Map.of());
    assertThat(body).as("sentences with a zero count").noneMatch(t -> ZERO_MISREAD.stream().anyMatch(t::contains));
    assertThat(body).contains(
        "Kế hoạch giao 01 nhiệm vụ. Tính đến ngày chốt số liệu 14/3/2022, chưa có nhiệm vụ nào đến hạn hoặc thực hiện "
            + "thường xuyên nên chưa tính tỷ lệ hoàn thành.");
  }

  @Test
  void anOfficeWhereEveryCountIsOne() throws Exception {
    // Each class once: done early, done on the due date, done late, recurring in progress, overdue, not yet due, dropped.
    List<Task> tasks = List.of(task("1", "31/01/2022"), task("2", "31/01/2022"), task("3", "31/01/2022"),
        task("4", "Thường xuyên"), task("5", "28/02/2022"), task("6", "Tháng 12/2022"), task("7", "31/01/2022"));
    List<StatusReport> reports = List.of(
        report("1", Status.DONE, LocalDate.of(2022, 1, 20)), report("2", Status.DONE, LocalDate.of(2022, 1, 31)),
        report("3", Status.DONE, LocalDate.of(2022, 2, 10)), report("4", Status.IN_PROGRESS, null),
        report("5", Status.IN_PROGRESS, null), report("6", Status.NOT_STARTED, null), report("7", Status.DROPPED, null));
    List<String> body = body(tasks, reports, Map.of("VP", dossiers()));
    assertThat(body).noneMatch(t -> ZERO_MISREAD.stream().anyMatch(t::contains));
    assertThat(body).contains("- Hoàn thành sớm hạn: 01 nhiệm vụ (20%); hoàn thành đúng hạn: 01 nhiệm vụ (20%); hoàn thành trễ hạn: "
        + "01 nhiệm vụ (20%); hoàn thành nhiệm vụ không quy định thời hạn: không có nhiệm vụ. Tỷ lệ hoàn thành đúng hạn (sớm hạn "
        + "và đúng hạn trên số nhiệm vụ đã hoàn thành có thời hạn): 66,67%.");
    assertThat(body).anyMatch(t -> t.startsWith("01 đơn vị hoàn thành dưới 90%: Văn phòng (80%). Theo Kế hoạch, đơn vị này "));
    assertThat(body).contains("Còn 01 lượt nhiệm vụ của các đơn vị đã quá hạn nhưng chưa hoàn thành:");
  }

  @Test
  void anOfficeWhereNothingCountedIsDone() throws Exception {
    List<String> body = body(List.of(task("1", "28/02/2022")), List.of(report("1", Status.NOT_STARTED, null)), Map.of());
    assertThat(body).noneMatch(t -> ZERO_MISREAD.stream().anyMatch(t::contains));
    assertThat(body).contains("Kế hoạch giao 01 nhiệm vụ. Tính đến ngày chốt số liệu 14/3/2022, có 01 nhiệm vụ đã đến hạn hoặc "
        + "thực hiện thường xuyên (được tính tỷ lệ) nhưng chưa nhiệm vụ nào hoàn thành, tỷ lệ hoàn thành 0%.");
    assertThat(body).noneMatch(t -> t.startsWith("- Hoàn thành sớm hạn"));
  }

  private static DossierCounts dossiers() {
    return new DossierCounts("VP", 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, AT);
  }

  private static Task task(String id, String deadline) {
    return new Task(new TaskId(id), "Nhiệm vụ " + id, false, "Văn phòng", List.of("VP"), "", List.of(), "", deadline, null, "", "",
        AT);
  }

  private static StatusReport report(String task, Status status, LocalDate doneOn) {
    return new StatusReport("VP", new TaskId(task), status, doneOn, status == Status.DONE ? "Đã xong" : "",
        task.equals("5") ? "Thiếu người" : "", task.equals("5") ? "Đề nghị bổ sung biên chế" : "",
        status == Status.DROPPED ? "Không còn phù hợp" : "", AT);
  }

  private static List<String> body(List<Task> tasks, List<StatusReport> reports, Map<String, DossierCounts> dossiers)
      throws Exception {
    UnitRegistry registry = new UnitRegistry(List.of(new Unit("VP", "Văn phòng", List.of())), List.of());
    Plan plan = new Plan(tasks);
    PlanDeadlines deadlines = PlanDeadlines.resolve(plan, new DeadlineParser(), ISSUED);
    Set<String> withFiles = new HashSet<>();
    reports.forEach(r -> withFiles.add(r.unitCode()));
    var inputs = new SummaryBuilder.Inputs(registry, plan, deadlines.deadlines(), reports, withFiles, new HashMap<>(dossiers));
    Period next = Periods.next(PERIOD);
    var settings = SummaryBuilderSettingsBuilder.builder().organisation("Sở Thử").planNumber("01").planSymbol("KH-ST")
        .planIssuedOn(ISSUED).planTitle("cải cách hành chính năm 2022").period(PERIOD).window(WINDOW)
        .cutOffConvention(CutOffConvention.DECREE_09_2019.name()).nextPeriod(next)
        .nextWindow(Periods.window(next, CutOffConvention.DECREE_09_2019)).runDate(TODAY).thresholds(Thresholds.DEFAULTS)
        .lastYearOnTime(Optional.empty()).build();
    Summary summary = SummaryBuilder.build(inputs, settings, new ValidationReport());
    var identity = ReportBuilderIdentityBuilder.builder().parentAgency("UBND TỈNH THỬ").agency("SỞ THỬ").agencyShortName("Sở Thử")
        .abbreviation("ST").place("Thử").reportNumber("").reportDate(TODAY).kinhGui(List.of("Ủy ban nhân dân tỉnh Thử"))
        .recipients(List.of()).archive("VT").signerAuthority("").signerHeadTitle("GIÁM ĐỐC").signerTitle("").signerName("Nguyễn Văn A")
        .build();
    Document document = new ReportBuilder(Path.of("templates")).build(summary, identity, Section.Margins.DEFAULT);
    List<String> texts = new ArrayList<>();
    for (Block block : document.sections().get(0).blocks()) if (block instanceof Block.Paragraph p) texts.add(p.text());
    return texts;
  }
}
