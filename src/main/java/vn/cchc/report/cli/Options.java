package vn.cchc.report.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by the main command and "kiem-tra". */
final class Options {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "TỆP",
      description = "Tệp cấu hình của văn phòng (mặc định: ${DEFAULT-VALUE}).",
      defaultValue = "data/cau-hinh.yaml")
  Path config;

  @Option(
      names = {"-k", "--period"},
      paramLabel = "KỲ",
      description = "Kỳ báo cáo: 2022-Q1, 2022-H1, 2022-9T, 2022, 2022-M09 hoặc \"Quý I/2022\"… (mặc định: khóa period trong tệp cấu hình).")
  String period;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "THƯ_MỤC",
      description = "Thư mục ghi kết quả; mỗi kỳ một thư mục con (mặc định: khóa output trong tệp cấu hình).")
  Path output;

  @Option(
      names = {"--templates"},
      paramLabel = "THƯ_MỤC",
      description = "Thư mục mẫu văn bản FreeMarker của văn phòng; mỗi tệp .ftl trong đó thay cho mẫu cùng tên có sẵn trong "
          + "chương trình (mặc định: thư mục templates/ cạnh tệp cấu hình nếu có, nếu không thì chỉ dùng mẫu có sẵn).")
  Path templates;

  @Option(
      names = {"--today"},
      paramLabel = "NGÀY",
      description = "Ngày chạy dùng để kiểm tra ngày hoàn thành (dạng 2022-03-20; mặc định: hôm nay).",
      converter = DateConverter.class)
  LocalDate today;

  @Option(
      names = {"--overwrite"},
      description = "Ghi đè tệp kết quả đã có của kỳ này (tệp cũ được giữ lại với đuôi .bak).")
  boolean overwrite;

  /** Accepts 2022-03-20 or 20/3/2022. */
  static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return vn.cchc.report.ingest.CellValues.date(value)
          .orElseThrow(() -> new picocli.CommandLine.TypeConversionException("không hiểu ngày \"" + value + "\" (ghi dạng 20/3/2022)"));
    }
  }
}
