package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/** Issue #9, item 7: the progress bar's byte count, with the dossier figures read on a thread of their own. */
class InputProgressTest {
  @Test
  void countsEveryFileWholeWhenTwoAreReadAtOnce() throws Exception {
    InputProgress.reset();
    // The plan's workbook (counted when done) is being read while the other thread streams a CSV list.
    InputProgress.startFile("ke-hoach/ke-hoach.xlsx");
    FutureTask<Long> dossiers = new FutureTask<>(() -> {
      InputProgress.startFile("ho-so/danh-sach.csv");
      try (InputStream in = InputProgress.counting(new ByteArrayInputStream(new byte[1000]))) {
        in.readNBytes(600); // a reader may stop before the end: the rest is counted when the file is done
      }
      long whileStreaming = InputProgress.bytes();
      InputProgress.finishFile(1000);
      return whileStreaming;
    });
    new Thread(dossiers).start();
    assertThat(dossiers.get()).isEqualTo(600);
    InputProgress.finishFile(300);

    assertThat(InputProgress.bytes()).isEqualTo(1300);
  }
}
