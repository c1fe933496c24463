package vn.cchc.report.cli;

import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;

/**
 * The program's commands: the main one (check, then produce the period's files) and its two
 * subcommands, each with its options as Commons CLI declares them and its Vietnamese help.
 */
enum Command {
  RUN("cchc-report", Job.Mode.REPORT, "", List.of(
      "Lập báo cáo kết quả thực hiện Kế hoạch cải cách hành chính của một kỳ: đọc danh mục đơn vị, kế hoạch,",
      "báo cáo tiến độ của các đơn vị và số liệu hồ sơ TTHC; kiểm tra dữ liệu; ghi kết quả vào <output>/<kỳ>/.",
      "Không ghi lệnh con: kiểm tra rồi lập báo cáo. Lệnh kiem-tra: chỉ kiểm tra dữ liệu. Lệnh lap-bieu-mau: lập biểu mẫu",
      "báo cáo tiến độ gửi từng đơn vị đầu kỳ.")),
  CHECK("kiem-tra", Job.Mode.CHECK, "chỉ kiểm tra dữ liệu đầu vào, ghi báo cáo kiểm tra; không lập văn bản", List.of(
      "Chỉ kiểm tra dữ liệu đầu vào của kỳ: in bảng đối soát (dòng đọc = dòng dùng + dòng loại) và các lỗi,",
      "ghi kiem-tra-du-lieu.csv, kiem-tra-du-lieu-doi-soat.csv và bản Excel kiem-tra-du-lieu.xlsx vào <output>/<kỳ>/.",
      "Không lập văn bản.")),
  FORMS("lap-bieu-mau", Job.Mode.FORMS, "lập biểu mẫu báo cáo tiến độ gửi từng đơn vị đầu kỳ", List.of(
      "Lập biểu mẫu báo cáo tiến độ của kỳ cho từng đơn vị chủ trì: <output>/bieu-mau-<kỳ>/<mã đơn vị>.xlsx, chỉ gồm",
      "các nhiệm vụ của đơn vị, cột Tình trạng chọn trong danh sách, ngày hoàn thành trong kỳ, cột nhiệm vụ đã khóa."));

  static final String VERSION = "cchc-report 0.1.0";
  static final String DEFAULT_CONFIG = "data/cau-hinh.yaml";

  private final String name;
  private final Job.Mode mode;
  /** One line for the main command's list of subcommands. */
  private final String summary;
  private final List<String> description;

  Command(String name, Job.Mode mode, String summary, List<String> description) {
    this.name = name;
    this.mode = mode;
    this.summary = summary;
    this.description = description;
  }

  Job.Mode mode() {
    return mode;
  }

  /** The subcommand that a first argument names, or RUN. */
  static Command of(String[] args) {
    Command named = args.length > 0 ? named(args[0]) : null;
    return named != null ? named : RUN;
  }

  /** The subcommand of that name, or null. */
  static Command named(String word) {
    for (Command c : values()) if (c != RUN && c.name.equals(word)) return c;
    return null;
  }

  /** How the user calls it: "cchc-report" or "cchc-report kiem-tra". */
  String qualifiedName() {
    return this == RUN ? name : RUN.name + " " + name;
  }

  /** The options of this command, in the order --help lists them. */
  org.apache.commons.cli.Options options() {
    var options = new org.apache.commons.cli.Options();
    options.addOption(Option.builder("c").longOpt("config").hasArg().argName("TỆP")
        .desc("Tệp cấu hình của văn phòng (mặc định: " + DEFAULT_CONFIG + ").").get());
    options.addOption(Option.builder("k").longOpt("period").hasArg().argName("KỲ")
        .desc("Kỳ báo cáo: 2022-Q1, 2022-H1, 2022-9T, 2022, 2022-M09 hoặc \"Quý I/2022\"… (mặc định: khóa period trong tệp cấu hình).")
        .get());
    options.addOption(Option.builder("o").longOpt("output").hasArg().argName("THƯ_MỤC")
        .desc("Thư mục ghi kết quả; mỗi kỳ một thư mục con (mặc định: khóa output trong tệp cấu hình).").get());
    options.addOption(Option.builder().longOpt("templates").hasArg().argName("THƯ_MỤC")
        .desc("Thư mục mẫu văn bản FreeMarker của văn phòng; mỗi tệp .ftl (.ftlh) trong đó thay cho mẫu cùng tên có sẵn trong "
            + "chương trình (mặc định: thư mục templates/ cạnh tệp cấu hình nếu có, nếu không thì chỉ dùng mẫu có sẵn).").get());
    options.addOption(Option.builder().longOpt("today").hasArg().argName("NGÀY")
        .desc("Ngày chạy dùng để kiểm tra ngày hoàn thành (dạng 2022-03-20; mặc định: hôm nay).").get());
    options.addOption(Option.builder().longOpt("overwrite")
        .desc("Ghi đè tệp kết quả đã có của kỳ này (bộ kết quả cũ được giữ trong thư mục <kỳ>.bak).").get());
    if (this == RUN) {
      options.addOption(Option.builder().longOpt("strict").desc("Chế độ nghiêm ngặt: còn lỗi dữ liệu thì không lập văn bản.").get());
    }
    options.addOption(Option.builder("h").longOpt("help").desc("In hướng dẫn này rồi thoát.").get());
    if (this == RUN) options.addOption(Option.builder("V").longOpt("version").desc("In phiên bản rồi thoát.").get());
    return options;
  }

  /** The help: how to call, what it does, the options, the subcommands (of the main command) and the exit codes. */
  void printHelp(PrintWriter out) {
    StringBuilder header = new StringBuilder("\n");
    description.forEach(line -> header.append(line).append('\n'));
    header.append("\nTùy chọn:");
    StringBuilder footer = new StringBuilder();
    if (this == RUN) {
      footer.append("\nLệnh:\n");
      for (Command c : values()) if (c != RUN) footer.append(String.format("  %-14s %s%n", c.name, c.summary));
    }
    footer.append("\nMã thoát:\n");
    for (ExitCode code : ExitCode.values()) footer.append(String.format("  %3d  %s%n", code.code(), code.meaning()));
    HelpFormatter formatter = HelpFormatter.builder().setShowDeprecated(false).get();
    formatter.setSyntaxPrefix("Cách dùng: ");
    formatter.setOptionComparator(null);
    formatter.setLongOptSeparator("=");
    formatter.printHelp(out, 120, qualifiedName() + (this == RUN ? " [kiem-tra | lap-bieu-mau]" : ""), header.toString(), options(),
        2, 3, footer.toString(), true);
    out.flush();
  }
}
