package vn.cchc.report.report.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.report.report.doc.Block.Align;
import vn.cchc.report.report.doc.Block.Cell;
import vn.cchc.report.report.doc.Block.Columns;
import vn.cchc.report.report.doc.Block.Paragraph;
import vn.cchc.report.report.doc.Block.Row;
import vn.cchc.report.report.doc.Block.Rule;
import vn.cchc.report.report.doc.Block.Run;
import vn.cchc.report.report.doc.Block.Table;

/** A hand-made document with every kind of block, for renderer tests and for looking at pages. */
public final class SampleDocument {
  private SampleDocument() {}

  public static Document create(int appendixRows) {
    return new Document("Báo cáo kết quả thực hiện Kế hoạch số 56/KH-SLĐTBXH", "Sở Lao động - Thương binh và Xã hội",
        LocalDate.of(2022, 3, 20), List.of(report(), appendix(appendixRows)));
  }

  private static Paragraph p(Block.Style style, Run... runs) {
    return new Paragraph(List.of(runs), style);
  }

  private static Section report() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Columns(0.42,
        List.of(p(Styles.HEADER_LINE.withSize(12), Run.plain("UBND TỈNH BÌNH THUẬN")),
            p(Styles.HEADER_LINE.withSize(12), Run.bold("SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI")), new Rule(0.4, 6),
            p(Styles.HEADER_LINE, Run.plain("Số:       /BC-SLĐTBXH"))),
        List.of(p(Styles.HEADER_LINE.withSize(12), Run.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
            p(Styles.HEADER_LINE, Run.bold("Độc lập - Tự do - Hạnh phúc")), new Rule(1.0, 6),
            p(Styles.HEADER_LINE, Run.italic("Bình Thuận, ngày 20 tháng 3 năm 2022")))));
    blocks.add(p(Styles.TITLE.withSpace(18, 0), Run.bold("BÁO CÁO")));
    blocks.add(p(Styles.TITLE, Run.bold("Kết quả thực hiện Kế hoạch số 56/KH-SLĐTBXH ngày 01/9/2021\nquý I năm 2022")));
    blocks.add(new Rule(0.35, 6));
    blocks.add(p(Styles.KINH_GUI.withAlign(Align.CENTER), Run.plain("Kính gửi: Ủy ban nhân dân tỉnh Bình Thuận.")));
    blocks.add(p(Styles.HEADING, Run.bold("I. KẾT QUẢ THỰC HIỆN")));
    for (int i = 0; i < 40; i++) {
      blocks.add(p(Styles.BODY, Run.plain("Đoạn văn " + (i + 1) + ": Sở được giao 16 nhiệm vụ; đã hoàn thành 07 nhiệm vụ, trong đó 02 nhiệm vụ "
          + "hoàn thành sớm hạn (18,18%), 02 nhiệm vụ đúng hạn (18,18%) và 03 nhiệm vụ trễ hạn (27,27%) — Ủy ban, Độc lập, ữ ỹ ỵ ẫ ậ. "),
          Run.bold("Sở Khoa học & Công nghệ <test> \"quoted\" ${x}")));
    }
    blocks.add(p(Styles.BODY, Run.plain("(chi tiết tại Phụ lục I kèm theo)./.")));
    blocks.add(new Columns(0.5,
        List.of(p(Styles.RECIPIENTS.withSize(12), new Run("Nơi nhận:", true, true, 12)),
            p(Styles.RECIPIENTS, Run.plain("- Như trên;\n- Sở Nội vụ;\n- Lưu: VT, VP."))),
        List.of(p(Styles.SIGNATURE, Run.bold("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")), p(Styles.SIGNATURE.withSpace(72, 0), Run.bold("Phạm Việt Công")))));
    return new Section(false, Section.Margins.DEFAULT, blocks);
  }

  private static Section appendix(int rows) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(p(Styles.APPENDIX_TITLE, Run.bold("Phụ lục I")));
    blocks.add(p(Styles.APPENDIX_TITLE, Run.bold("KẾT QUẢ THỰC HIỆN NHIỆM VỤ")));
    blocks.add(p(Styles.APPENDIX_TITLE, Run.italic("(Kèm theo Báo cáo số       /BC-SLĐTBXH ngày 20 tháng 3 năm 2022 của Sở Lao động - Thương binh và Xã hội)")));
    blocks.add(p(Styles.UNIT_LINE, Run.italic("Đơn vị tính: Số hồ sơ TTHC")));
    List<Row> table = new ArrayList<>();
    table.add(new Row(List.of(new Cell("STT", Align.CENTER, 1, 2, false), new Cell("Nội dung công việc", Align.CENTER, 1, 2, false),
        new Cell("Kết quả", Align.CENTER, 3, 1, false), new Cell("Ghi chú", Align.CENTER, 1, 2, false)), true));
    table.add(new Row(List.of(Cell.of("Sớm hạn", Align.CENTER), Cell.of("Đúng hạn", Align.CENTER), Cell.of("Trễ hạn", Align.CENTER)), true));
    table.add(new Row(List.of(Cell.of("(1)", Align.CENTER), Cell.of("(2)", Align.CENTER), Cell.of("(3)", Align.CENTER),
        Cell.of("(4)", Align.CENTER), Cell.of("(5)", Align.CENTER), Cell.of("(6)", Align.CENTER)), false));
    for (int i = 1; i <= rows; i++) {
      String content = "Nhiệm vụ số " + i + (i % 7 == 0 ? ": một nội dung dài hơn để dòng có nhiều hàng chữ, gồm rà soát, cập nhật, "
          + "công khai thủ tục hành chính trên Cổng dịch vụ công và Hệ thống thông tin giải quyết TTHC của tỉnh" : "");
      table.add(new Row(List.of(Cell.of(Integer.toString(i), Align.CENTER), Cell.of(content, Align.LEFT), Cell.of("1", Align.RIGHT),
          Cell.of("0", Align.RIGHT), Cell.of("1.480", Align.RIGHT), Cell.of(i % 5 == 0 ? "Quá hạn 14 ngày" : "", Align.LEFT)), false));
    }
    table.add(new Row(List.of(new Cell("Tổng cộng", Align.CENTER, 2, 1, false), Cell.of("12", Align.RIGHT), Cell.of("26", Align.RIGHT),
        Cell.of("1", Align.RIGHT), Cell.of("", Align.LEFT)), true));
    blocks.add(new Table(List.of(1.0, 8.0, 2.0, 2.0, 2.0, 3.0), 3, table, 12));
    blocks.add(p(Styles.BODY, Run.plain("Ghi chú: số liệu tính đến ngày chốt.")));
    return new Section(true, Section.Margins.DEFAULT, blocks);
  }
}
