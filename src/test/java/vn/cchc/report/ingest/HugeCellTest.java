package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.problem.Problem;

/**
 * Issue #8, item 6: a cell longer than Excel allows is a row error; messages quote about 100
 * characters of a value; the header is found whatever huge cells stand around it. (How long such
 * files take is measured by bench/huge-cells, not here.)
 */
class HugeCellTest {
  @TempDir Path dir;

  @Test
  void rejectsARowWithACellLongerThanExcelAllows() throws Exception {
    String huge = "Hoàn thành ".repeat(4_000); // 44,000 characters
    Path file = Fixtures.write(dir, "KHTC.csv", Fixtures.utf8(Fixtures.lines(
        "STT;Tình trạng;Ghi chú", "1;" + huge + ";", "2;Hoàn thành;")));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.rowNumbers()).containsExactly(3);
    Problem problem = read.report().problems().get(0);
    assertThat(problem.code()).isEqualTo("CELL_TOO_LONG");
    assertThat(problem.describe()).isEqualTo("KHTC.csv, dòng 2, cột B (Tình trạng): ô dài 43.999 ký tự, quá giới hạn 32.767 ký tự "
        + "của một ô Excel: có lẽ dữ liệu bị dán nhầm vào ô. Hãy kiểm tra lại ô này.");
    assertThat(problem.value()).hasSizeLessThan(130).endsWith("… (43.999 ký tự)");
    Fixtures.assertTally(read.report(), "KHTC.csv", 2, 1, 1);
  }

  @Test
  void quotesAboutAHundredCharactersOfALongValue() {
    String value = "Đang thực hiện rà soát ".repeat(250);

    Problem problem = vn.cchc.report.problem.Messages.unknownStatus(vn.cchc.report.problem.SourceLocation.ofFile("KHTC.csv"), value);

    assertThat(problem.message()).hasSizeLessThan(300).contains("… (" + String.format("%,d", value.length()).replace(',', '.') + " ký tự)");
    assertThat(problem.value()).hasSizeLessThan(130);
  }

  @Test
  void findsTheHeaderAmongHugeCells() throws Exception {
    String huge = "x".repeat(2_000_000);
    Path file = Fixtures.write(dir, "KHTC.csv", Fixtures.utf8(Fixtures.lines(
        "BÁO CÁO TIẾN ĐỘ " + huge + ";;;",
        "STT;Tình trạng;Ngày hoàn thành;" + huge,
        "1;Hoàn thành;2/9/2022;")));

    Fixtures.Read read = Fixtures.parse(file, InputKind.SUBMISSION);

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.column("status")).containsExactly("Hoàn thành");
  }
}
