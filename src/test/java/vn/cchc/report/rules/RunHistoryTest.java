package vn.cchc.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.report.domain.Period;
import vn.cchc.report.domain.RunRecord;

/** Which earlier runs' records a run uses (issue #13, item 2): same office, same plan, earlier periods of its kind. */
class RunHistoryTest {
  private static final String OFFICE = "Sở Lao động - Thương binh và Xã hội";
  private static final String PLAN = "56/KH-SLĐTBXH";

  private static RunRecord record(String period, String office, String plan) {
    return new RunRecord(Periods.parse(period), period + "/tong-hop.json", office, plan, BigDecimal.TEN, BigDecimal.ONE, null);
  }

  private static RunRecord own(String period) {
    return record(period, OFFICE, PLAN);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // run, records found, periods used (oldest first), periods set aside
        Arguments.of("2022-Q1", List.of(own("2021-Q4"), own("2021-Q1"), own("2021-Q3")), "2021-Q1 2021-Q3 2021-Q4", ""),
        Arguments.of("2022-Q1", List.of(own("2022-Q2"), own("2022-Q1")), "", ""), // later and the same period: not earlier
        Arguments.of("2022-Q1", List.of(own("2021-M12"), own("2021"), own("2021-H2")), "", ""), // other kinds
        Arguments.of("2022-Q1", List.of(record("2021-Q4", "Sở Nội vụ", PLAN)), "", "2021-Q4:OTHER_OFFICE"),
        Arguments.of("2022-Q1", List.of(record("2021-Q4", OFFICE, "12/KH-UBND"), own("2021-Q3")), "2021-Q3", "2021-Q4:OTHER_PLAN"),
        // another office's record of another kind is not in the way, so not warned of
        Arguments.of("2022-Q1", List.of(record("2021-M12", "Sở Nội vụ", PLAN)), "", ""),
        Arguments.of("2022-M03", List.of(own("2022-M02"), own("2022-M01")), "2022-M01 2022-M02", ""),
        Arguments.of("2022", List.of(own("2021"), own("2020")), "2020 2021", ""),
        // twelve quarters back reach 2019-Q1, not 2018-Q4; another office's record out of reach is not warned of either
        Arguments.of("2022-Q1", List.of(own("2018-Q4"), own("2019-Q1"), record("2018-Q3", "Sở Nội vụ", PLAN)), "2019-Q1", ""));
  }

  @ParameterizedTest(name = "{0}: {2} / {3}")
  @MethodSource("cases")
  void selects(String run, List<RunRecord> found, String used, String setAside) {
    RunHistory.Selection s = RunHistory.select(Periods.parse(run), OFFICE, PLAN, found);
    assertThat(String.join(" ", s.earlier().stream().map(r -> r.period().id()).toList())).isEqualTo(used);
    assertThat(String.join(" ", s.setAside().stream().map(a -> a.record().period().id() + ":" + a.reason()).toList())).isEqualTo(setAside);
  }

  @Test
  void looksTwelvePeriodsBackAndStillReachesLastYear() {
    List<RunRecord> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) months.add(own(String.format("2020-M%02d", m)));
    for (int m = 1; m <= 12; m++) months.add(own(String.format("2021-M%02d", m)));
    RunHistory.Selection s = RunHistory.select(Periods.parse("2022-M01"), OFFICE, PLAN, months);
    assertThat(s.earlier()).hasSize(RunHistory.MOST_EARLIER_PERIODS);
    assertThat(s.earlier().get(0).period().id()).isEqualTo("2021-M01");
    assertThat(s.sameTimeLastYear(Periods.parse("2022-M01"))).map(r -> r.period().id()).contains("2021-M01");
  }

  @Test
  void noRecordOfLastYearGivesNone() {
    RunHistory.Selection s = RunHistory.select(Periods.parse("2022-Q1"), OFFICE, PLAN, List.of(own("2021-Q4")));
    assertThat(s.sameTimeLastYear(Periods.parse("2022-Q1"))).isEmpty();
  }
}
