package vn.cchc.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.report.domain.Channel;
import vn.cchc.report.domain.DossierCounts;
import vn.cchc.report.domain.DossierRecord;
import vn.cchc.report.problem.SourceLocation;

/** Rules §6: a dossier list tallied into Biểu 06 figures for the data window 15/12/2021–14/3/2022. */
class DossierTallyTest {
  private static final LocalDate FROM = LocalDate.of(2021, 12, 15);
  private static final LocalDate TO = LocalDate.of(2022, 3, 14);
  private static final SourceLocation ROW = new SourceLocation("ho-so/2022-Q1/ds.csv", null, 2, null);

  private static DossierCounts tallyOne(String received, String due, String done, Channel channel) {
    DossierTally tally = new DossierTally(FROM, TO);
    tally.add(new DossierRecord("HS1", "NCC", LocalDate.parse(received), LocalDate.parse(due),
        done.isEmpty() ? null : LocalDate.parse(done), channel), ROW);
    return tally.result().get("NCC");
  }

  @ParameterizedTest(name = "received {0}, due {1}, done {2} → {3}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-01-10 | 2022-01-20 | 2022-01-19 | early
      2022-01-10 | 2022-01-20 | 2022-01-20 | onDueDate
      2022-01-10 | 2022-01-20 | 2022-01-21 | late
      2022-01-10 | 2022-03-14 |            | pendingInTime
      2022-01-10 | 2022-03-20 |            | pendingInTime
      2022-01-10 | 2022-03-13 |            | pendingLate
      2022-01-10 | 2022-03-20 | 2022-03-15 | pendingInTime
      """)
  void classifiesADossierByItsAppointmentDate(String received, String due, String done, String bucket) {
    DossierCounts c = tallyOne(received, due, done == null ? "" : done, Channel.DIRECT);
    Map<String, Long> buckets = Map.of("early", c.early(), "onDueDate", c.onDueDate(), "late", c.late(),
        "pendingInTime", c.pendingInTime(), "pendingLate", c.pendingLate());
    assertThat(buckets).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(name.equals(bucket) ? 1 : 0));
    assertThat(c.received()).isEqualTo(c.resolved() + c.pending());
  }

  @Test
  void countsADossierReceivedBeforeTheWindowAndStillOpenAsCarriedOver() {
    DossierCounts c = tallyOne("2021-12-01", "2021-12-20", "2021-12-18", Channel.ONLINE);
    assertThat(c.carried()).isEqualTo(1);
    assertThat(c.receivedOnline()).isZero();
    assertThat(c.early()).isEqualTo(1);
  }

  @Test
  void leavesOutDossiersOfOtherPeriods() {
    DossierTally tally = new DossierTally(FROM, TO);
    assertThat(tally.add(new DossierRecord("A", "NCC", LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 10),
        LocalDate.of(2021, 12, 14), Channel.DIRECT), ROW)).isEqualTo(DossierTally.Placement.RESOLVED_BEFORE_WINDOW);
    assertThat(tally.add(new DossierRecord("B", "NCC", LocalDate.of(2022, 3, 15), LocalDate.of(2022, 3, 20), null,
        Channel.DIRECT), ROW)).isEqualTo(DossierTally.Placement.RECEIVED_AFTER_WINDOW);
    assertThat(tally.result()).isEmpty();
  }

  @Test
  void countsEachChannel() {
    DossierTally tally = new DossierTally(FROM, TO);
    Channel[] channels = {Channel.ONLINE, Channel.ONLINE, Channel.DIRECT, Channel.POSTAL, null};
    for (int i = 0; i < channels.length; i++) {
      tally.add(new DossierRecord("HS" + i, "NCC", LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 20), LocalDate.of(2022, 1, 5),
          channels[i]), ROW);
    }
    DossierCounts c = tally.result().get("NCC");
    assertThat(c.receivedOnline()).isEqualTo(2);
    assertThat(c.receivedDirect()).isEqualTo(2);
    assertThat(c.receivedPostal()).isEqualTo(1);
    assertThat(DossierFigures.of(c).onlineShare()).isEqualTo(new Rate(2, 5));
  }

  // Seed 003: "tiếp nhận 1.480 hồ sơ, 1.463 giải quyết trước hạn, 17 đang giải quyết, không có hồ sơ trễ hạn" → 100%.
  @Test
  void reproducesTheSeed003DossierRate() {
    var counts = new DossierCounts("SLDTBXH", 0, 0, 1480, 0, 1463, 0, 0, 17, 0, -1, ROW);
    DossierFigures figures = DossierFigures.of(counts);
    assertThat(counts.received()).isEqualTo(counts.resolved() + counts.pending());
    assertThat(figures.r1().percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100"));
    assertThat(Rates.targetVerdict(figures, Thresholds.DEFAULTS)).isEqualTo(TargetVerdict.MET);
  }

  @Test
  void refusesAWindowThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> new DossierTally(TO, FROM)).isInstanceOf(IllegalArgumentException.class);
  }
}
