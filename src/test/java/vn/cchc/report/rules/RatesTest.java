package vn.cchc.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.report.VietnameseFormat;

/** Rules §4: rates, thresholds and targets; the dossier rates of §6. */
class RatesTest {

  private static final Thresholds DEFAULTS = Thresholds.DEFAULTS;

  @Test
  void reproducesTheTaskFiguresOfSeed003() {
    // seed 003: "39 nhiệm vụ … 12 văn bản giải quyết sớm hạn (30,77%), 26 đúng hạn (66,67%) và 01 trễ hạn (2,56%)"
    ClassCounts counts = ClassCounts.of(Stream.of(
            Collections.nCopies(12, TaskClass.DONE_EARLY),
            Collections.nCopies(26, TaskClass.DONE_ON_DUE_DATE),
            Collections.nCopies(1, TaskClass.DONE_LATE))
        .flatMap(List::stream).toList());

    assertThat(counts.assigned()).isEqualTo(39);
    assertThat(counts.counted()).isEqualTo(39);
    assertThat(printed(counts.shareOfCounted(TaskClass.DONE_EARLY))).isEqualTo("30,77%");
    assertThat(printed(counts.shareOfCounted(TaskClass.DONE_ON_DUE_DATE))).isEqualTo("66,67%");
    assertThat(printed(counts.shareOfCounted(TaskClass.DONE_LATE))).isEqualTo("2,56%");
    assertThat(printed(counts.onTimeRate())).isEqualTo("97,44%");
    assertThat(printed(counts.completionRate())).isEqualTo("100%");
    assertThat(counts.onTimeRate().percent()).contains(new BigDecimal("97.44"));
  }

  @Test
  void reproducesTheDossierFiguresOfSeed003() {
    // seed 003: "tiếp nhận 1.480 hồ sơ, 1.463 … trước hạn, 17 hồ sơ đang giải quyết, không có hồ sơ trễ hạn"
    DossierFigures dossiers = new DossierFigures(1480, 1463, 0, 0, 17, 0, 0, 0, 0);

    assertThat(printed(dossiers.r1())).isEqualTo("100%");
    assertThat(printed(dossiers.r2())).isEqualTo("100%");
    assertThat(printed(dossiers.onlineShare())).isEqualTo("—");
    assertThat(Rates.targetVerdict(dossiers, DEFAULTS)).isEqualTo(TargetVerdict.MET);
  }

  @ParameterizedTest(name = "{0}/{1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      12    | 39    | 30.77
      1     | 39    | 2.56
      38    | 39    | 97.44
      1     | 3     | 33.33
      2     | 3     | 66.67
      1     | 8     | 12.50
      1     | 200   | 0.50
      1     | 1000  | 0.10
      1     | 20000 | 0.01
      1     | 40000 | 0.00
      1     | 1     | 100.00
      0     | 5     | 0.00
      """)
  void roundsHalfUpToTwoDecimals(long numerator, long denominator, BigDecimal percent) {
    assertThat(new Rate(numerator, denominator).percent()).contains(percent);
  }

  @Test
  void rateHasNoPercentWhenTheDenominatorIsZero() {
    // rules §4: "—", never 0% or 100%
    assertThat(new Rate(0, 0).percent()).isEmpty();
    assertThat(new Rate(0, 0).isApplicable()).isFalse();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource(delimiter = '|', textBlock = """
      -1 | 5
      6  | 5
      1  | 0
      """)
  void refusesARateThatIsNotAShare(long numerator, long denominator) {
    assertThatThrownBy(() -> new Rate(numerator, denominator))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a share: " + numerator + "/" + denominator);
  }

  // rules §4: counted = A + B + C2 + C3; C1 and E are not counted
  @ParameterizedTest(name = "A1 {0} A2 {1} A3 {2} A4 {3} B {4} C1 {5} C2 {6} C3 {7} E {8} → {11}, on time {12}")
  @CsvSource(delimiter = '|', textBlock = """
      12 | 26 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 39 | 39 | 100%   | 97,44%
      2  | 3  | 1 | 1 | 2 | 4 | 2 | 1 | 3 | 19 | 12 | 75%    | 83,33%
      0  | 0  | 0 | 2 | 1 | 0 | 0 | 0 | 0 | 3  | 3  | 100%   | —
      0  | 0  | 0 | 0 | 0 | 5 | 0 | 0 | 2 | 7  | 0  | —      | —
      0  | 0  | 0 | 0 | 0 | 0 | 3 | 1 | 0 | 4  | 4  | 0%     | —
      9  | 0  | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 10 | 10 | 90%    | 100%
      """)
  void countsAssignedCountedAndRates(
      long early, long onDue, long late, long doneNoDue, long recurring, long notOverdue, long overdue,
      long notStarted, long dropped, long assigned, long counted, String completion, String onTime) {
    ClassCounts counts =
        new ClassCounts(early, onDue, late, doneNoDue, recurring, notOverdue, overdue, notStarted, dropped);

    assertThat(counts.assigned()).isEqualTo(assigned);
    assertThat(counts.counted()).isEqualTo(counted);
    assertThat(printed(counts.completionRate())).isEqualTo(completion);
    assertThat(printed(counts.onTimeRate())).isEqualTo(onTime);
  }

  @Test
  void tallyMatchesTheClassesOfItsAssignments() {
    List<TaskClass> classes = List.of(TaskClass.values());
    ClassCounts counts = ClassCounts.of(classes);

    assertThat(classes).allSatisfy(c -> assertThat(counts.count(c)).isEqualTo(1));
    assertThat(counts.counted()).isEqualTo(classes.stream().filter(TaskClass::isCounted).count()).isEqualTo(7);
    assertThat(counts.plus(counts).assigned()).isEqualTo(18);
  }

  @Test
  void refusesTheShareOfAClassThatIsNotCounted() {
    assertThatThrownBy(() -> ClassCounts.EMPTY.shareOfCounted(TaskClass.NOT_DONE_NOT_OVERDUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("C1 is not counted in rates (rules §4)");
  }

  // rules §4: the threshold is compared on the rounded value that is printed; exactly 90% passes
  @ParameterizedTest(name = "{0}/{1} → {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      9     | 10    | 90%     | MEETS_THRESHOLD
      17999 | 20000 | 90%     | MEETS_THRESHOLD
      35    | 39    | 89,74%  | BELOW_THRESHOLD
      17998 | 20000 | 89,99%  | BELOW_THRESHOLD
      39    | 39    | 100%    | MEETS_THRESHOLD
      0     | 0     | —       | NOT_APPLICABLE
      """)
  void judgesAUnitAgainstTheNinetyPercentThreshold(long done, long counted, String printed, CompletionVerdict verdict) {
    Rate completion = new Rate(done, counted);

    assertThat(printed(completion)).isEqualTo(printed);
    assertThat(Rates.completionVerdict(completion, DEFAULTS)).isEqualTo(verdict);
  }

  @Test
  void namesTheConsequenceForAUnitBelowTheThreshold() {
    // seed 000, A.III.5
    assertThat(Rates.completionVerdict(new Rate(8, 10), DEFAULTS).consequence())
        .isEqualTo("Không đủ điều kiện xếp loại Hoàn thành tốt nhiệm vụ trở lên");
    assertThat(Rates.completionVerdict(new Rate(9, 10), DEFAULTS).consequence()).isEmpty();
  }

  @Test
  void printsDashForAUnitWithNothingDue() {
    // only C1 (not due yet) and E: nothing is counted, so neither a rate nor a verdict
    ClassCounts counts = ClassCounts.of(List.of(TaskClass.NOT_DONE_NOT_OVERDUE, TaskClass.DROPPED));

    assertThat(printed(counts.completionRate())).isEqualTo("—");
    assertThat(Rates.completionVerdict(counts.completionRate(), DEFAULTS).label()).isEqualTo("—");
  }

  // rules §4: 97,996% prints 98% and is Đạt
  @ParameterizedTest(name = "{0}/{1} → {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      24499 | 25000 | 98%     | Đạt
      49    | 50    | 98%     | Đạt
      1463  | 1463  | 100%    | Đạt
      97995 | 100000| 98%     | Đạt
      97994 | 100000| 97,99%  | Chưa đạt
      9     | 10    | 90%     | Chưa đạt
      0     | 0     | —       | —
      """)
  void judgesTheDossierRateAgainstTheNinetyEightPercentTarget(long onTime, long resolved, String printed, String verdict) {
    Rate rate = new Rate(onTime, resolved);

    assertThat(printed(rate)).isEqualTo(printed);
    assertThat(Rates.targetVerdict(rate, DEFAULTS).label()).isEqualTo(verdict);
  }

  @Test
  void appliesTheTargetToR2WhenTheSettingsSaySo() {
    // R1 = 90/100 = 90%; R2 = (90 + 20 in time) / 120 = 91,67%
    DossierFigures dossiers = new DossierFigures(120, 80, 10, 10, 20, 0, 0, 0, 0);
    Thresholds onR2 = new Thresholds(new BigDecimal("90"), new BigDecimal("91"), Thresholds.DossierRate.R2);
    Thresholds onR1 = new Thresholds(new BigDecimal("90"), new BigDecimal("91"), Thresholds.DossierRate.R1);

    assertThat(Rates.targetVerdict(dossiers, onR2)).isEqualTo(TargetVerdict.MET);
    assertThat(Rates.targetVerdict(dossiers, onR1)).isEqualTo(TargetVerdict.NOT_MET);
  }

  @ParameterizedTest(name = "R1 {0}, R2 {1}, online {2}")
  @CsvSource(delimiter = '|', textBlock = """
      1480 | 1463 | 0  | 0 | 17 | 0 | 300 | 1180 | 0  | 100%   | 100%   | 20,27%
      120  | 80   | 10 | 10| 20 | 0 | 0   | 120  | 0  | 90%    | 91,67% | 0%
      10   | 0    | 0  | 0 | 6  | 4 | 10  | 0    | 0  | —      | 60%    | 100%
      0    | 0    | 0  | 0 | 0  | 0 | 0   | 0    | 0  | —      | —      | —
      1464 | 1400 | 0  | 0 | 64 | 0 | 246 | 1200 | 18 | 100%   | 100%   | 16,8%
      """)
  void computesTheDossierRates(
      long received, long early, long onDue, long late, long pendingInTime, long pendingLate, long online,
      long direct, long postal, String r1, String r2, String onlineShare) {
    // The online share is over everything received in the period, postal included: the figure printed beside it (§6).
    DossierFigures dossiers = new DossierFigures(received, early, onDue, late, pendingInTime, pendingLate, online, direct, postal);

    assertThat(printed(dossiers.r1())).isEqualTo(r1);
    assertThat(printed(dossiers.r2())).isEqualTo(r2);
    assertThat(printed(dossiers.onlineShare())).isEqualTo(onlineShare);
  }

  @Test
  void refusesDossierFiguresThatDoNotAddUp() {
    assertThatThrownBy(() -> new DossierFigures(10, 8, 0, 0, 3, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("received 10 < resolved + pending 11");
  }

  // rules §4: "năm sau phải cao hơn năm trước"; equal or lower is flagged, unknown is not;
  // rules §8: 100% both years is "duy trì 100%", not flagged
  @ParameterizedTest(name = "{0}/{1} against {2} → {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      99   | 100  | 98.5   | HIGHER
      98   | 100  | 98     | NOT_HIGHER
      98   | 100  | 98.00  | NOT_HIGHER
      97   | 100  | 98     | NOT_HIGHER
      49   | 50   | 97.996 | NOT_HIGHER
      1463 | 1463 | 100    | MAINTAINED_AT_100
      1463 | 1463 | 99.999 | MAINTAINED_AT_100
      1462 | 1463 | 100    | NOT_HIGHER
      98   | 100  | -      | NOT_KNOWN
      0    | 0    | 98     | NOT_KNOWN
      """)
  void comparesWithTheSamePeriodLastYear(long onTime, long resolved, BigDecimal lastYear, LastYearComparison expected) {
    LastYearComparison result = Rates.compareWithLastYear(new Rate(onTime, resolved), Optional.ofNullable(lastYear));

    assertThat(result).isEqualTo(expected);
    assertThat(result.flag()).isEqualTo(expected == LastYearComparison.NOT_HIGHER ? "Chưa cao hơn năm trước" : "");
    assertThat(result.words()).isEqualTo(switch (expected) {
      case HIGHER -> "cao hơn năm trước";
      case MAINTAINED_AT_100 -> "duy trì 100%";
      case NOT_HIGHER -> "Chưa cao hơn năm trước";
      case NOT_KNOWN -> "";
    });
  }

  @Test
  void defaultsAreNinetyAndNinetyEightOnR1() {
    assertThat(DEFAULTS.unitCompletion()).isEqualByComparingTo("90");
    assertThat(DEFAULTS.dossierOnTimeTarget()).isEqualByComparingTo("98");
    assertThat(DEFAULTS.targetRate()).isEqualTo(Thresholds.DossierRate.R1);
  }

  @Test
  void refusesAThresholdOutsideZeroToHundred() {
    assertThatThrownBy(() -> new Thresholds(new BigDecimal("190"), BigDecimal.TEN, Thresholds.DossierRate.R1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitCompletion must be a percent from 0 to 100, not 190");
  }

  private static String printed(Rate rate) {
    return VietnameseFormat.percent(rate);
  }
}
