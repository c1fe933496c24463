package vn.cchc.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.report.config.ConfigLoader;
import vn.cchc.report.config.OfficeConfig;
import vn.cchc.report.domain.DataWindow;
import vn.cchc.report.domain.Period;
import vn.cchc.report.ingest.InputData;
import vn.cchc.report.ingest.InputLoader;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.ValidationReport;
import vn.cchc.report.render.json.SummaryJson;
import vn.cchc.report.rules.CutOffConvention;
import vn.cchc.report.rules.DeadlineParser;
import vn.cchc.report.rules.PlanDeadlines;
import vn.cchc.report.rules.Periods;

/**
 * Issue #8, "read whole or not at all": every input file of the sample office, cut at several byte
 * offsets. The only effect on the figures may be that file's rows disappearing (or none, when the
 * cut spared every row); every reconciliation line adds up.
 */
class CutInputFilesTest {
  private static final LocalDate TODAY = LocalDate.of(2022, 3, 20);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static Path pristine;
  private static JsonNode full;

  @BeforeAll
  static void baseline() throws Exception {
    pristine = SampleData.copyInto(temp.resolve("pristine"));
    full = figures(pristine).figures();
    assertThat(full).isNotNull();
  }

  /** The sample's input files, relative to the data folder. */
  static List<String> inputFiles() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("data"))) {
      return files.filter(Files::isRegularFile)
          .map(f -> Path.of("data").relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.endsWith(".yaml") && !f.endsWith(".md") && !f.startsWith("."))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputFiles")
  void aCutFileLosesItsRowsAndNothingElse(String file) throws Exception {
    Path without = SampleData.copyInto(temp.resolve("without-" + file.replace('/', '_')));
    Files.delete(without.resolve(file));
    Run withoutFile = figures(without);
    byte[] bytes = Files.readAllBytes(pristine.resolve(file));
    boolean setUp = file.startsWith("don-vi/") || file.startsWith("ke-hoach/");

    int spared = 0;
    for (int cut : offsets(bytes)) {
      Path data = SampleData.copyInto(temp.resolve("cut-" + file.replace('/', '_') + "-" + cut));
      Files.write(data.resolve(file), java.util.Arrays.copyOf(bytes, cut));

      Run run = figures(data);

      String what = file + " cut at byte " + cut + " of " + bytes.length;
      for (FileTally t : run.report().tallies()) {
        assertThat(t.read()).as("%s: %s read = used + rejected", what, t.file()).isEqualTo(t.used() + t.rejected());
      }
      FileTally cutTally = run.report().tally(file);
      if (setUp) {
        // Without its registry or plan the run stops: no figures, the validation report says why.
        if (run.figures() == null) {
          assertThat(cutTally.failed()).as(what).isTrue();
          assertThat(withoutFile.figures()).isNull();
        } else {
          assertThat(run.figures()).as(what).isEqualTo(full);
        }
        continue;
      }
      if (run.figures().equals(full)) { // the cut spared every row (an .xlsx's unused tail)
        spared++;
        continue;
      }
      assertThat(run.figures()).as("%s: figures as if the file were absent", what).isEqualTo(withoutFile.figures());
      assertThat(cutTally.used()).as(what).isZero();
      assertThat(cutTally.failed()).as(what).isTrue();
    }
    // Only the cut of the very last byte may leave every row whole; a text file never (its last line has no end).
    assertThat(spared).as("cuts of %s that left the figures whole", file).isLessThanOrEqualTo(file.endsWith("xlsx") || file.endsWith("xls") ? 1 : 0);
  }

  /** A few offsets through the file, away from line ends (a text cut exactly at one is a shorter, whole file). */
  private static List<Integer> offsets(byte[] bytes) {
    List<Integer> offsets = new ArrayList<>();
    for (int k : new int[] {bytes.length / 5, bytes.length / 2, bytes.length * 4 / 5, bytes.length - 1}) {
      int at = k;
      while (at > 2 && (lineEnd(bytes[at - 1]) || (bytes[at - 1] == 0 && lineEnd(bytes[at - 2])))) at--;
      if (at > 1 && !offsets.contains(at)) offsets.add(at);
    }
    return offsets;
  }

  private static boolean lineEnd(byte b) {
    return b == '\n' || b == '\r';
  }

  private record Run(JsonNode figures, ValidationReport report) {}

  /** Every figure of the run (tong-hop.json without its validation part), or null when the run stops. */
  private static Run figures(Path data) throws Exception {
    OfficeConfig config = ConfigLoader.load(data.resolve("cau-hinh.yaml"));
    Period period = Periods.parse("2022-Q1");
    DataWindow window = Periods.window(period, CutOffConvention.DECREE_09_2019);
    var inputs = config.inputs();
    var where = new InputLoader.Locations(inputs.dataRoot(), inputs.units(), inputs.plan(),
        inputs.submissions().resolve(period.id()), inputs.dossiers().resolve(period.id()));
    ValidationReport report = new ValidationReport();
    InputData input = InputLoader.load(where, new InputLoader.Dates(window.from(), window.to(), TODAY), Job.readingSettings(config, period), report);
    if (!input.usable()) return new Run(null, report);
    PlanDeadlines deadlines = PlanDeadlines.resolve(input.plan(), new DeadlineParser(), config.plan().issuedOn());
    var summary = Job.summary(config, period, CutOffConvention.DECREE_09_2019, window, TODAY, input, deadlines, data.resolve("out"), report);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummaryJson.write(summary, out);
    ObjectNode figures = (ObjectNode) JSON.readTree(out.toByteArray());
    figures.remove("validation");
    return new Run(figures, report);
  }
}
