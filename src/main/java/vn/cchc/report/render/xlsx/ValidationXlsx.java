package vn.cchc.report.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;

/**
 * {@code kiem-tra-du-lieu.xlsx}: the validation report as a workbook, the CSV's twin. Excel opens a
 * comma CSV as one column on a Windows whose list separator is ";" (Vietnamese regional settings);
 * a workbook opens the same everywhere. One sheet of problems, one of the reconciliation.
 */
public final class ValidationXlsx {
  public static final String FILE = "kiem-tra-du-lieu.xlsx";

  private ValidationXlsx() {}

  /** @param on the run's date: the workbook's dates, so the same run gives the same bytes */
  public static void write(ValidationReport report, LocalDate on, OutputStream out) throws IOException {
    SheetWriter book = new SheetWriter("cchc-report");
    book.sheet("Lỗi và cảnh báo", List.of("Mức độ", "Mã", "Tệp", "Trang tính", "Dòng", "Cột", "Giá trị", "Nội dung cần sửa"),
        List.of(10, 24, 36, 14, 8, 22, 30, 90));
    for (Problem p : report.problems()) {
      book.row();
      book.text(p.severity().label());
      book.text(p.code());
      book.text(p.where().file());
      book.text(p.where().sheet());
      if (p.where().row() == 0) book.text("");
      else book.number(p.where().row());
      book.text(p.where().column());
      book.text(p.value());
      book.text(p.message());
    }
    book.sheet("Đối soát", List.of("Tệp", "Loại", "Số dòng đọc", "Dòng được dùng", "Dòng bị loại", "Khớp", "Lỗi cả tệp",
        "Tình trạng tệp", "Dòng dùng nhưng có lỗi"), List.of(40, 24, 12, 12, 12, 8, 60, 22, 14));
    for (FileTally t : report.tallies()) {
      book.row();
      book.text(t.file());
      book.text(t.kind());
      book.number(t.read());
      book.number(t.used());
      book.number(t.rejected());
      book.text(t.balanced() ? "Có" : "Không");
      book.text(t.fileProblem() != null ? t.fileProblem().message() : "");
      book.text(t.outcome().label());
      book.number(t.usedWithErrors());
    }
    book.writeTo(out, "Kiểm tra dữ liệu đầu vào", on);
  }
}
