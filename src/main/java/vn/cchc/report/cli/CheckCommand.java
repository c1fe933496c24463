package vn.cchc.report.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** "kiem-tra": read and check every input, print the reconciliation, write the validation report. */
@Command(
    name = "kiem-tra",
    sortOptions = false,
    synopsisHeading = "Cách dùng: ",
    descriptionHeading = "%n",
    optionListHeading = "%nTùy chọn:%n",
    exitCodeListHeading = "%nMã thoát:%n",
    description = {
      "Chỉ kiểm tra dữ liệu đầu vào của kỳ: in bảng đối soát (dòng đọc = dòng dùng + dòng loại) và các lỗi,",
      "ghi kiem-tra-du-lieu.csv và kiem-tra-du-lieu-doi-soat.csv vào <output>/<kỳ>/. Không lập văn bản."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand RunCommand parent;

  @Mixin Options options = new Options();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "In hướng dẫn này rồi thoát.")
  boolean help;

  @Override
  public Integer call() {
    return new Job(options, parent.out(), parent.err()).run(Job.Mode.CHECK, false).code();
  }
}
