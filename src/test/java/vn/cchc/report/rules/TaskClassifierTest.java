package vn.cchc.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.domain.Deadline;
import vn.cchc.report.domain.Status;
import vn.cchc.report.domain.StatusReport;
import vn.cchc.report.domain.TaskId;

/** Rules §3: one unit's status on one task at the cut-off C, and a task judged over its lead units. */
class TaskClassifierTest {

  // Quý III/2022 under NĐ 09/2019: window 15/6–14/9/2022, so C = 14/9/2022 (rules §5)
  private static final LocalDate CUT_OFF = LocalDate.of(2022, 9, 14);

  // one row per line of the table of rules §3 (and the spec's variants of each)
  @ParameterizedTest(name = "{0} {1}, {2} on {3} → {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      DATED      | 2022-09-10 | DONE        | 2022-09-05 | A1
      DATED      | 2022-09-10 | DONE        | 2022-09-10 | A2
      DATED      | 2022-09-10 | DONE        | 2022-09-12 | A3
      RECURRING  | -          | DONE        | 2022-08-01 | A4
      OPEN       | -          | DONE        | 2022-08-01 | A4
      UNRESOLVED | -          | DONE        | 2022-08-01 | A4
      RECURRING  | -          | IN_PROGRESS | -          | B
      DATED      | 2022-09-30 | IN_PROGRESS | -          | C1
      DATED      | 2022-09-30 | NOT_STARTED | -          | C1
      DATED      | 2022-09-14 | NOT_STARTED | -          | C1
      OPEN       | -          | IN_PROGRESS | -          | C1
      OPEN       | -          | NOT_STARTED | -          | C1
      UNRESOLVED | -          | IN_PROGRESS | -          | C1
      DATED      | 2022-09-13 | IN_PROGRESS | -          | C2
      DATED      | 2021-09-25 | NOT_STARTED | -          | C2
      RECURRING  | -          | NOT_STARTED | -          | C3
      DATED      | 2022-09-10 | DROPPED     | -          | E
      RECURRING  | -          | DROPPED     | -          | E
      OPEN       | -          | DROPPED     | -          | E
      """)
  void classifiesEachRowOfTheTable(String kind, LocalDate due, Status status, LocalDate doneOn, String code) {
    UnitClassification result =
        TaskClassifier.classify(deadline(kind, due), Optional.of(report("VP", status, doneOn)), CUT_OFF);

    assertThat(result.taskClass().code()).isEqualTo(code);
    assertThat(result.notReported()).isFalse();
  }

  // rules §3 row D: no row from a lead → C1, C2 or C3 as if NOT_STARTED, and flagged
  @ParameterizedTest(name = "{0} {1}, not reported → {2} and flagged")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      DATED      | 2022-09-30 | C1
      DATED      | 2022-09-14 | C1
      DATED      | 2022-09-13 | C2
      RECURRING  | -          | C3
      OPEN       | -          | C1
      UNRESOLVED | -          | C1
      """)
  void classifiesAUnitThatDidNotReportAsNotStartedAndFlagsIt(String kind, LocalDate due, String code) {
    UnitClassification result = TaskClassifier.classify(deadline(kind, due), Optional.empty(), CUT_OFF);

    assertThat(result.taskClass().code()).isEqualTo(code);
    assertThat(result.notReported()).isTrue();
  }

  // rules §3: d ≤ C is allowed, so a task finished on the cut-off day itself is judged by d against h
  @ParameterizedTest(name = "due {0}, done on the cut-off day → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-09-30 | A1
      2022-09-14 | A2
      2022-09-01 | A3
      """)
  void classifiesATaskCompletedOnTheCutOffDay(LocalDate due, String code) {
    UnitClassification result =
        TaskClassifier.classify(deadline("DATED", due), Optional.of(report("VP", Status.DONE, CUT_OFF)), CUT_OFF);

    assertThat(result.taskClass().code()).isEqualTo(code);
  }

  @Test
  void printsTheLabelsOfTheTable() {
    assertThat(Arrays.stream(TaskClass.values()).map(c -> c.code() + " " + c.label())).containsExactly(
        "A1 Hoàn thành sớm hạn",
        "A2 Hoàn thành đúng hạn",
        "A3 Hoàn thành trễ hạn",
        "A4 Hoàn thành",
        "B Đang thực hiện thường xuyên",
        "C1 Chưa hoàn thành, trong hạn",
        "C2 Chưa hoàn thành, quá hạn",
        "C3 Chưa triển khai (nhiệm vụ thường xuyên)",
        "E Không thực hiện");
    assertThat(UnitClassification.NOT_REPORTED_CODE + " " + UnitClassification.NOT_REPORTED_LABEL)
        .isEqualTo("D Đơn vị chưa báo cáo");
  }

  /*
   * Rules §3, several lead units. Leads are U1, U2 … in the order of the "leads" cell, each written
   * DONE:<date>, IN_PROGRESS, NOT_STARTED, DROPPED, or NONE for a lead that sent no row.
   */
  @ParameterizedTest(name = "{0} {1}, leads {2} → {3} {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      DATED      | 2022-09-10 | DONE:2022-09-01 DONE:2022-09-08                  | A1 | 2/2 | -     | -  | 2022-09-08
      DATED      | 2022-09-10 | DONE:2022-09-01 DONE:2022-09-10                  | A2 | 2/2 | -     | -  | 2022-09-10
      DATED      | 2022-09-10 | DONE:2022-09-12 DONE:2022-09-01                  | A3 | 2/2 | -     | -  | 2022-09-12
      DATED      | 2022-09-10 | DONE:2022-09-01 DROPPED DONE:2022-09-09          | A1 | 2/2 | -     | -  | 2022-09-09
      RECURRING  | -          | DONE:2022-06-30 DONE:2022-09-01                  | A4 | 2/2 | -     | -  | 2022-09-01
      OPEN       | -          | DONE:2022-06-30 DONE:2022-09-01 DROPPED          | A4 | 2/2 | -     | -  | 2022-09-01
      RECURRING  | -          | DONE:2022-06-30 IN_PROGRESS IN_PROGRESS          | B  | 1/3 | U2 U3 | -  | -
      RECURRING  | -          | IN_PROGRESS DROPPED                              | B  | 0/1 | U1    | -  | -
      RECURRING  | -          | DONE:2022-06-30 IN_PROGRESS NOT_STARTED          | C3 | 1/3 | U2 U3 | -  | -
      RECURRING  | -          | IN_PROGRESS NONE                                 | C3 | 0/2 | U1 U2 | U2 | -
      DATED      | 2022-09-13 | DONE:2022-09-01 IN_PROGRESS                      | C2 | 1/2 | U2    | -  | -
      DATED      | 2022-09-13 | DONE:2022-09-01 NONE                             | C2 | 1/2 | U2    | U2 | -
      DATED      | 2022-09-14 | DONE:2022-09-01 NOT_STARTED                      | C1 | 1/2 | U2    | -  | -
      DATED      | 2022-12-15 | IN_PROGRESS NONE NONE                            | C1 | 0/3 | U1 U2 U3 | U2 U3 | -
      OPEN       | -          | DONE:2022-09-01 IN_PROGRESS                      | C1 | 1/2 | U2    | -  | -
      UNRESOLVED | -          | NONE DONE:2022-09-01                             | C1 | 1/2 | U1    | U1 | -
      DATED      | 2022-09-10 | DROPPED DROPPED                                  | E  | 0/0 | -     | -  | -
      RECURRING  | -          | DROPPED DROPPED DROPPED                          | E  | 0/0 | -     | -  | -
      """)
  void judgesATaskWithSeveralLeadUnits(
      String kind, LocalDate due, String leads, String code, String doneOfRequired,
      String notDone, String notReported, LocalDate latestDoneOn) {
    Map<String, StatusReport> reports = new LinkedHashMap<>();
    List<String> leadUnits = leads(leads, reports);

    TaskJudgement judgement = TaskClassifier.judge(deadline(kind, due), leadUnits, reports, CUT_OFF);

    assertThat(judgement.taskClass().code()).isEqualTo(code);
    assertThat(judgement.unitsDone() + "/" + judgement.unitsRequired()).isEqualTo(doneOfRequired);
    assertThat(judgement.notDone()).isEqualTo(units(notDone));
    assertThat(judgement.notReported()).isEqualTo(units(notReported));
    assertThat(judgement.latestDoneOn()).isEqualTo(latestDoneOn);
    assertThat(judgement.isShared()).isTrue();
  }

  @Test
  void listsDroppedLeadsApartFromTheUnitsNotDone() {
    Map<String, StatusReport> reports = new LinkedHashMap<>();
    List<String> leadUnits = leads("DROPPED NOT_STARTED DROPPED", reports);

    TaskJudgement judgement = TaskClassifier.judge(deadline("RECURRING", null), leadUnits, reports, CUT_OFF);

    assertThat(judgement.dropped()).containsExactly("U1", "U3");
    assertThat(judgement.notDone()).containsExactly("U2");
  }

  // a single lead is judged exactly as classify() classifies it
  @ParameterizedTest(name = "{0} {1}, lead {2} → {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      DATED     | 2022-09-10 | DONE:2022-09-10 | A2
      DATED     | 2022-09-13 | NONE            | C2
      RECURRING | -          | IN_PROGRESS     | B
      RECURRING | -          | NONE            | C3
      OPEN      | -          | DROPPED         | E
      """)
  void judgesASingleLeadAsItsOwnClassification(String kind, LocalDate due, String lead, String code) {
    Map<String, StatusReport> reports = new LinkedHashMap<>();
    List<String> leadUnits = leads(lead, reports);
    Deadline deadline = deadline(kind, due);

    TaskJudgement judgement = TaskClassifier.judge(deadline, leadUnits, reports, CUT_OFF);
    UnitClassification alone = TaskClassifier.classify(deadline, Optional.ofNullable(reports.get("U1")), CUT_OFF);

    assertThat(judgement.taskClass().code()).isEqualTo(code);
    assertThat(alone.taskClass()).isEqualTo(judgement.taskClass());
    assertThat(judgement.isShared()).isFalse();
  }

  @Test
  void countsALeadNamedTwiceOnce() {
    // a unit can be named itself and through its group ("Văn phòng; Các phòng chuyên môn")
    Map<String, StatusReport> reports = Map.of("VP", report("VP", Status.DONE, LocalDate.of(2022, 9, 1)));

    TaskJudgement judgement =
        TaskClassifier.judge(deadline("OPEN", null), List.of("VP", "KHTC", "VP"), reports, CUT_OFF);

    assertThat(judgement.unitsDone() + "/" + judgement.unitsRequired()).isEqualTo("1/2");
    assertThat(judgement.notReported()).containsExactly("KHTC");
  }

  @Test
  void ignoresAnswersOfUnitsThatAreNotLeads() {
    // rules §7: a unit reporting on a task it does not lead is a row error, rejected before this
    Map<String, StatusReport> reports = Map.of(
        "VP", report("VP", Status.DONE, LocalDate.of(2022, 9, 1)),
        "TTr", report("TTr", Status.NOT_STARTED, null));

    TaskJudgement judgement = TaskClassifier.judge(deadline("OPEN", null), List.of("VP"), reports, CUT_OFF);

    assertThat(judgement.taskClass()).isEqualTo(TaskClass.DONE_NO_DUE_DATE);
  }

  @Test
  void refusesATaskWithoutLeadUnits() {
    assertThatThrownBy(() -> TaskClassifier.judge(deadline("OPEN", null), List.of(), Map.of(), CUT_OFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a task needs at least one lead unit");
  }

  @Test
  void refusesDoneWithoutACompletionDate() {
    // rules §3: DONE needs d; ingest rejects such a row, so this is a bug, not a user error
    Optional<StatusReport> report = Optional.of(report("VP", Status.DONE, null));

    assertThatThrownBy(() -> TaskClassifier.classify(deadline("OPEN", null), report, CUT_OFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DONE without a completion date: unit VP, task 2.1");
  }

  @Test
  void refusesAReportFiledUnderAnotherUnit() {
    Map<String, StatusReport> reports = Map.of("KHTC", report("VP", Status.IN_PROGRESS, null));

    assertThatThrownBy(() -> TaskClassifier.judge(deadline("OPEN", null), List.of("KHTC"), reports, CUT_OFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report of unit VP filed under KHTC");
  }

  private static Deadline deadline(String kind, LocalDate due) {
    return switch (kind) {
      case "DATED" -> new Deadline.Dated(due, "");
      case "RECURRING" -> new Deadline.Recurring(null, "Thường xuyên");
      case "OPEN" -> new Deadline.Open("Theo kế hoạch");
      case "UNRESOLVED" -> new Deadline.Unresolved("Sớm");
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static StatusReport report(String unit, Status status, LocalDate doneOn) {
    return new StatusReport(unit, new TaskId("2.1"), status, doneOn, "", "", "", "", null);
  }

  /** Leads U1, U2 … from "DONE:2022-09-01 NONE …"; fills {@code reports} with those that reported. */
  private static List<String> leads(String cell, Map<String, StatusReport> reports) {
    List<String> units = new ArrayList<>();
    for (String answer : cell.trim().split("\\s+")) {
      String unit = "U" + (units.size() + 1);
      units.add(unit);
      if (answer.equals("NONE")) continue;
      String[] parts = answer.split(":");
      LocalDate doneOn = parts.length > 1 ? LocalDate.parse(parts[1]) : null;
      reports.put(unit, report(unit, Status.valueOf(parts[0]), doneOn));
    }
    return units;
  }

  private static List<String> units(String cell) {
    return cell == null ? List.of() : List.of(cell.trim().split("\\s+"));
  }
}
