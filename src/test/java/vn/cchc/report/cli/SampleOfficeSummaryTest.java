package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * tong-hop.json of the sample office (issue 3). Expectations written by hand from the input files,
 * as data/README.md §3 tells the story at the cut-off 14/3/2022.
 */
class SampleOfficeSummaryTest {
  @TempDir static Path temp;
  private static JsonNode summary;

  @BeforeAll
  static void runOnTheSampleOffice() throws IOException {
    Path data = SampleData.copyInto(temp);
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    int exit = Main.run(new String[] {"--config", data.resolve("cau-hinh.yaml").toString(), "--output", temp.resolve("out").toString(),
        "--today", "2026-11-22"}, sink, sink);
    assertThat(exit).isEqualTo(ExitCode.DATA_ERRORS.code());
    summary = new ObjectMapper().readTree(temp.resolve("out/2022-Q1/tong-hop.json").toFile());
  }

  private JsonNode unit(String code) {
    for (JsonNode unit : summary.path("units")) if (unit.path("code").asText().equals(code)) return unit;
    throw new AssertionError("no unit " + code);
  }

  @ParameterizedTest(name = "{0}: {1} assigned, {2} counted, {3}")
  @CsvSource(delimiter = '|', textBlock = """
      VP     | 12 | 9 | 77,78% | Không đạt | 0
      KHTC   |  4 | 2 | 100%   | Đạt       | 0
      NCC    |  4 | 3 | 66,67% | Không đạt | 1
      TEBDG  |  4 | 2 | 0%     | Không đạt | 4
      CSCN   |  4 | 2 | 50%    | Không đạt | 3
      TTBTXH |  4 | 3 | 66,67% | Không đạt | 1
      """)
  void computesEachUnitsCompletionFromItsRows(String code, long assigned, long counted, String rate, String verdict, long notReported) {
    JsonNode unit = unit(code);
    assertThat(unit.path("assigned").asLong()).isEqualTo(assigned);
    assertThat(unit.path("counted").asLong()).isEqualTo(counted);
    assertThat(unit.path("completion").path("printed").asText()).isEqualTo(rate);
    assertThat(unit.path("verdict").asText()).isEqualTo(verdict);
    assertThat(unit.path("classes").path("notReported").asLong()).isEqualTo(notReported);
  }

  @Test
  void vpHasTwoEarlyTwoOnTheDueDateTwoLateAndTwoOverdue() {
    JsonNode classes = unit("VP").path("classes");
    assertThat(classes.path("early").asLong()).isEqualTo(2);
    assertThat(classes.path("onDueDate").asLong()).isEqualTo(2);
    assertThat(classes.path("late").asLong()).isEqualTo(2);
    assertThat(classes.path("doneNoDueDate").asLong()).isEqualTo(1);
    assertThat(classes.path("notDoneOverdue").asLong()).isEqualTo(2);
    assertThat(classes.path("notDoneNotOverdue").asLong()).isEqualTo(3);
  }

  @Test
  void kHTCsDroppedTasksAreOutsideTheRate() {
    assertThat(unit("KHTC").path("classes").path("dropped").asLong()).isEqualTo(2);
  }

  @Test
  void judgesTasksOverTheirLeadUnits() {
    JsonNode byTask = summary.path("byTask");
    assertThat(byTask.path("assigned").asLong()).isEqualTo(16);
    assertThat(byTask.path("counted").asLong()).isEqualTo(11);
    assertThat(byTask.path("completion").path("printed").asText()).isEqualTo("63,64%");
    assertThat(byTask.path("onTime").path("printed").asText()).isEqualTo("57,14%");
  }

  @Test
  void namesTheUnitThatSentNothing() {
    assertThat(summary.path("unitsNotReporting").findValuesAsText("code")).containsExactly("TEBDG");
  }

  @Test
  void conflictingDuplicatesLeaveTheUnitNotReportingThatTask() {
    JsonNode task = null;
    for (JsonNode t : summary.path("tasks")) if (t.path("id").asText().equals("3.2")) task = t;
    assertThat(task.path("notReported").findValuesAsText("code")).contains("TTBTXH", "NCC", "TEBDG");
    assertThat(task.path("status").asText()).isEqualTo("Chưa hoàn thành, quá hạn (6/9 đơn vị hoàn thành)");
  }

  @Test
  void tallysTheDossierListForTheWindow() {
    JsonNode ttdvvl = null;
    for (JsonNode line : summary.path("dossiers").path("lines")) if (line.path("unitCode").asText().equals("TTDVVL")) ttdvvl = line;
    assertThat(ttdvvl.path("carried").asLong()).isEqualTo(35);
    assertThat(ttdvvl.path("received").asLong()).isEqualTo(296);
    assertThat(ttdvvl.path("resolved").asLong()).isEqualTo(256);
    assertThat(ttdvvl.path("early").asLong()).isEqualTo(246);
    assertThat(ttdvvl.path("onDueDate").asLong()).isEqualTo(7);
    assertThat(ttdvvl.path("late").asLong()).isEqualTo(3);
    assertThat(ttdvvl.path("pending").asLong()).isEqualTo(40);
    assertThat(ttdvvl.path("pendingLate").asLong()).isEqualTo(3);
    assertThat(ttdvvl.path("r1").path("printed").asText()).isEqualTo("98,83%");
  }

  @Test
  void leavesTheMismatchedDossierRowOut() {
    assertThat(summary.path("dossiers").path("lines").findValuesAsText("unitCode")).doesNotContain("BTXH");
  }

  @Test
  void printsTheWindowAndCutOff() {
    JsonNode header = summary.path("header");
    assertThat(header.path("windowFrom").asText()).isEqualTo("2021-12-15");
    assertThat(header.path("cutOff").asText()).isEqualTo("2022-03-14");
    assertThat(header.path("periodName").asText()).isEqualTo("Quý I/2022");
  }
}
