package vn.cchc.report.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The main command: check the inputs, then produce the period's files. */
@Command(
    name = "cchc-report",
    version = "cchc-report 0.1.0",
    sortOptions = false,
    synopsisHeading = "Cách dùng: ",
    descriptionHeading = "%n",
    optionListHeading = "%nTùy chọn:%n",
    commandListHeading = "%nLệnh:%n",
    exitCodeListHeading = "%nMã thoát:%n",
    description = {
      "Lập báo cáo kết quả thực hiện Kế hoạch cải cách hành chính của một kỳ: đọc danh mục đơn vị, kế hoạch,",
      "báo cáo tiến độ của các đơn vị và số liệu hồ sơ TTHC; kiểm tra dữ liệu; ghi kết quả vào <output>/<kỳ>/.",
      "Không ghi lệnh con: kiểm tra rồi lập báo cáo. Lệnh kiem-tra: chỉ kiểm tra dữ liệu. Lệnh lap-bieu-mau: lập biểu mẫu",
      "báo cáo tiến độ gửi từng đơn vị đầu kỳ."
    },
    subcommands = {CheckCommand.class, FormsCommand.class})
final class RunCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  @Mixin Options options = new Options();

  @Option(
      names = {"--strict"},
      description = "Chế độ nghiêm ngặt: còn lỗi dữ liệu thì không lập văn bản.")
  boolean strict;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "In hướng dẫn này rồi thoát.")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "In phiên bản rồi thoát.")
  boolean version;

  RunCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  @Override
  public Integer call() {
    return new Job(options, out, err).run(Job.Mode.REPORT, strict).code();
  }
}
