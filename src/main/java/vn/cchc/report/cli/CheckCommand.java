package vn.cchc.report.cli;

import picocli.CommandLine.Command;

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
      "ghi kiem-tra-du-lieu.csv, kiem-tra-du-lieu-doi-soat.csv và bản Excel kiem-tra-du-lieu.xlsx vào <output>/<kỳ>/.",
      "Không lập văn bản."
    })
final class CheckCommand extends ModeCommand {
  @Override
  Job.Mode mode() {
    return Job.Mode.CHECK;
  }
}
