package vn.cchc.report.render.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;

/**
 * The validation report as CSV for Excel: UTF-8 with a BOM (so Excel shows Vietnamese), ';' would
 * depend on the reader's locale, so ',' with quotes; a cell starting with =, +, -, @ (or a tab or
 * carriage return) is prefixed with an apostrophe so Excel never runs it as a formula.
 */
public final class ValidationCsv {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ValidationCsv() {}

  /** kiem-tra-du-lieu.csv: one line per problem. */
  public static void writeProblems(ValidationReport report, OutputStream out) throws IOException {
    write(out, List.of("Mức độ", "Mã", "Tệp", "Trang tính", "Dòng", "Cột", "Giá trị", "Nội dung cần sửa"), printer -> {
      for (Problem p : report.problems()) {
        printer.printRecord(safe(p.severity().label()), safe(p.code()), safe(p.where().file()),
            safe(p.where().sheet() == null ? "" : p.where().sheet()), p.where().row() == 0 ? "" : Integer.toString(p.where().row()),
            safe(p.where().column() == null ? "" : p.where().column()), safe(p.value()), safe(p.message()));
      }
    });
  }

  /** kiem-tra-du-lieu-doi-soat.csv: rows read = used + rejected, per file. */
  public static void writeReconciliation(ValidationReport report, OutputStream out) throws IOException {
    write(out, List.of("Tệp", "Loại", "Số dòng đọc", "Dòng được dùng", "Dòng bị loại", "Khớp", "Lỗi cả tệp", "Tình trạng tệp",
        "Dòng dùng nhưng có lỗi"), printer -> {
      for (FileTally t : report.tallies()) {
        printer.printRecord(safe(t.file()), safe(t.kind()), t.read(), t.used(), t.rejected(), t.balanced() ? "Có" : "Không",
            safe(t.fileProblem() != null ? t.fileProblem().message() : ""), t.outcome().label(), t.usedWithErrors());
      }
    });
  }

  private interface Body {
    void print(CSVPrinter printer) throws IOException;
  }

  private static void write(OutputStream out, List<String> header, Body body) throws IOException {
    out.write(BOM);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
    printer.printRecord(header);
    body.print(printer);
    printer.flush();
  }

  /** Neutralises text Excel would take for a formula (CSV injection). */
  static String safe(String text) {
    if (text.isEmpty()) return text;
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
  }
}
