package vn.cchc.report.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.report.report.Summary;

/**
 * {@code bang-so-lieu.xlsx}: the appendices' tables as real numbers, rates and dates, for the office
 * that pivots or pastes them — one sheet each for the tasks (Phụ lục I), the units (II), the
 * dossiers (III), the overdue list (IV) and the units' proposals. The same figures as
 * {@code tong-hop.json} and the documents.
 */
public final class FiguresXlsx {
  public static final String FILE = "bang-so-lieu.xlsx";

  private FiguresXlsx() {}

  public static void write(Summary s, LocalDate on, OutputStream out) throws IOException {
    SheetWriter book = new SheetWriter(s.header().organisation());
    tasks(book, s);
    units(book, s);
    dossiers(book, s.dossiers());
    overdue(book, s);
    proposals(book, s);
    book.writeTo(out, "Bảng số liệu " + s.header().periodName(), on);
  }

  private static void tasks(SheetWriter book, Summary s) throws IOException {
    book.sheet("Nhiệm vụ", List.of("STT", "Nội dung công việc", "Đề mục", "Đơn vị chủ trì", "Thời hạn", "Thời hạn theo Kế hoạch",
        "Cần xác minh thời hạn", "Tình trạng", "Mã phân loại", "Số đơn vị hoàn thành", "Số đơn vị chủ trì", "Ngày hoàn thành",
        "Kết quả thực hiện"), List.of(8, 60, 8, 30, 12, 20, 12, 28, 10, 12, 12, 14, 60));
    for (Summary.TaskLine x : s.tasks()) {
      book.row();
      book.text(x.id());
      book.text(x.content());
      book.text(x.heading() ? "Có" : "");
      if (x.heading()) continue;
      book.text(x.leads().stream().map(Summary.UnitName::name).collect(Collectors.joining(", ")));
      book.date(x.dueDate());
      book.text(x.deadlineText());
      book.text(x.dueDateToVerify() ? "Có" : "");
      book.text(x.status());
      book.text(x.classCode());
      book.number(x.unitsDone());
      book.number(x.unitsRequired());
      book.date(x.latestDoneOn());
      book.text(x.evidence());
    }
  }

  private static void units(SheetWriter book, Summary s) throws IOException {
    book.sheet("Đơn vị", List.of("STT", "Đơn vị", "Được giao", "Tính tỷ lệ", "Sớm hạn", "Đúng hạn", "Trễ hạn", "Không quy định hạn",
        "Thường xuyên đang thực hiện", "Chưa hoàn thành trong hạn", "Chưa hoàn thành quá hạn", "Thường xuyên chưa triển khai",
        "Trong đó chưa báo cáo", "Không thực hiện", "Tỷ lệ hoàn thành", "Đánh giá"),
        List.of(6, 36, 10, 10, 9, 9, 9, 11, 12, 12, 12, 12, 12, 11, 11, 12));
    int stt = 0;
    for (Summary.UnitLine u : s.units()) unit(book, Integer.toString(++stt), u);
    unit(book, "", s.unitTotal());
  }

  private static void unit(SheetWriter book, String stt, Summary.UnitLine u) throws IOException {
    Summary.ClassFigures c = u.classes();
    book.row();
    book.text(stt);
    book.text(u.name());
    for (long n : new long[] {u.assigned(), u.counted(), c.early(), c.onDueDate(), c.late(), c.doneNoDueDate(),
        c.recurringInProgress(), c.notDoneNotOverdue(), c.notDoneOverdue(), c.recurringNotStarted(), c.notReported(), c.dropped()}) {
      book.number(n);
    }
    book.rate(u.completion());
    book.text(u.verdict());
  }

  private static void dossiers(SheetWriter book, Summary.Dossiers d) throws IOException {
    book.sheet("Hồ sơ TTHC", List.of("Đơn vị", "Tổng số nhận giải quyết (3)", "Trực tuyến (4)", "Trực tiếp và bưu chính (5)",
        "Trong đó trực tiếp", "Trong đó bưu chính", "Từ kỳ trước (6)", "Đã giải quyết (7)", "Trước hạn (8)", "Đúng hạn (9)",
        "Quá hạn (10)", "Đang giải quyết (11)", "Trong hạn (12)", "Quá hạn (13)", "Tỷ lệ đúng hạn", "Tỷ lệ theo QĐ 766",
        "Tỷ lệ trực tuyến", "Đánh giá"), List.of(36, 12, 11, 12, 11, 11, 11, 11, 11, 11, 11, 12, 11, 11, 11, 11, 11, 12));
    for (Summary.DossierLine line : d.lines()) dossier(book, line);
    if (!d.lines().isEmpty()) dossier(book, d.total());
  }

  private static void dossier(SheetWriter book, Summary.DossierLine l) throws IOException {
    book.row();
    book.text(l.unitName());
    for (long n : new long[] {l.received(), l.online(), l.directAndPostal(), l.direct(), l.postal(), l.carried(), l.resolved(),
        l.early(), l.onDueDate(), l.late(), l.pending(), l.pendingInTime(), l.pendingLate()}) {
      book.number(n);
    }
    book.rate(l.r1());
    book.rate(l.r2());
    book.rate(l.onlineShare());
    book.text(l.verdict());
  }

  private static void overdue(SheetWriter book, Summary s) throws IOException {
    book.sheet("Quá hạn", List.of("Đơn vị", "Nhiệm vụ", "Nội dung công việc", "Thời hạn", "Số ngày quá hạn", "Đơn vị chưa báo cáo",
        "Cần xác minh thời hạn"), List.of(36, 10, 60, 12, 12, 12, 12));
    for (Summary.OverdueItem o : s.overdue()) {
      book.row();
      book.text(o.unitName());
      book.text(o.taskId());
      book.text(o.content());
      book.date(o.dueDate());
      book.number(o.daysOverdue());
      book.text(o.notReported() ? "Có" : "");
      book.text(o.dueDateToVerify() ? "Có" : "");
    }
  }

  private static void proposals(SheetWriter book, Summary s) throws IOException {
    book.sheet("Đề xuất, kiến nghị", List.of("Đơn vị", "Nhiệm vụ", "Nội dung đề xuất, kiến nghị", "Gửi đến"), List.of(36, 10, 90, 12));
    for (Summary.Remark r : s.proposals()) {
      book.row();
      book.text(r.unitName());
      book.text(r.taskId());
      book.text(r.text());
      book.text(r.toProvince() ? "UBND tỉnh" : "Sở");
    }
  }
}
