package vn.cchc.report.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** "lap-bieu-mau": the forms to send the units at the start of a period, one XLSX each (issue #12). */
@Command(
    name = "lap-bieu-mau",
    sortOptions = false,
    synopsisHeading = "Cách dùng: ",
    descriptionHeading = "%n",
    optionListHeading = "%nTùy chọn:%n",
    exitCodeListHeading = "%nMã thoát:%n",
    description = {
      "Lập biểu mẫu báo cáo tiến độ của kỳ cho từng đơn vị chủ trì: <output>/bieu-mau-<kỳ>/<mã đơn vị>.xlsx, chỉ gồm",
      "các nhiệm vụ của đơn vị, cột Tình trạng chọn trong danh sách, ngày hoàn thành trong kỳ, cột nhiệm vụ đã khóa."
    })
final class FormsCommand implements Callable<Integer> {
  @ParentCommand RunCommand parent;

  @Mixin Options options = new Options();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "In hướng dẫn này rồi thoát.")
  boolean help;

  @Override
  public Integer call() {
    return new Job(options, parent.out(), parent.err()).run(Job.Mode.FORMS, false).code();
  }
}
