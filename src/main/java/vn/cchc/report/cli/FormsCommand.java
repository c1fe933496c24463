package vn.cchc.report.cli;

import picocli.CommandLine.Command;

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
final class FormsCommand extends ModeCommand {
  @Override
  Job.Mode mode() {
    return Job.Mode.FORMS;
  }
}
