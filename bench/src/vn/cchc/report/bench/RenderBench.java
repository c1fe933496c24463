package vn.cchc.report.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.report.render.DocumentRenderer;
import vn.cchc.report.render.docx.DocxRenderer;
import vn.cchc.report.render.pdf.PdfRenderer;
import vn.cchc.report.report.doc.Block;
import vn.cchc.report.report.doc.Block.Align;
import vn.cchc.report.report.doc.Block.Cell;
import vn.cchc.report.report.doc.Block.Row;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;
import vn.cchc.report.report.doc.Styles;

/**
 * Renders a Phụ lục I of N tasks (default 5,000, about 200 landscape pages) as DOCX and as PDF, a
 * warm-up then measured runs each, and prints seconds and peak heap per format. Writes the files to
 * target/bench/ so bench/run-render can time LibreOffice converting the same DOCX.
 */
public final class RenderBench {
  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Document document = appendix(tasks);
    Path folder = Path.of("target/bench");
    Files.createDirectories(folder);
    System.out.printf("Phụ lục I with %,d tasks; %d measured runs after 1 warm-up; max heap %d MB%n", tasks, runs,
        Runtime.getRuntime().maxMemory() / (1 << 20));
    for (DocumentRenderer renderer : List.of(new DocxRenderer(), new PdfRenderer())) {
      byte[] bytes = render(renderer, document);
      double best = Double.MAX_VALUE;
      long peak = 0;
      for (int i = 0; i < runs; i++) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        bytes = render(renderer, document);
        best = Math.min(best, (System.nanoTime() - start) / 1e9);
        peak = Math.max(peak, heapPeak());
      }
      Path file = folder.resolve("appendix-" + tasks + "." + renderer.extension());
      Files.write(file, bytes);
      System.out.printf("%-4s best %.2f s, peak heap %d MB, %,d bytes → %s%n", renderer.extension(), best, peak / (1 << 20),
          bytes.length, file);
    }
  }

  private static byte[] render(DocumentRenderer renderer, Document document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(document, out);
    return out.toByteArray();
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  static Document appendix(int tasks) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(List.of(Cell.of("STT", Align.CENTER), Cell.of("Nội dung công việc", Align.CENTER),
        Cell.of("Đơn vị chủ trì", Align.CENTER), Cell.of("Thời hạn", Align.CENTER), Cell.of("Kết quả thực hiện", Align.CENTER),
        Cell.of("Tình trạng", Align.CENTER), Cell.of("Ghi chú", Align.CENTER)), true));
    for (int i = 1; i <= tasks; i++) {
      String id = (i / 10 + 1) + "." + (i % 10 + 1);
      String content = i % 3 == 0
          ? "Rà soát, cập nhật, công khai thủ tục hành chính thuộc thẩm quyền giải quyết trên Cổng dịch vụ công của tỉnh"
          : "Triển khai nhiệm vụ cải cách hành chính số " + i;
      rows.add(new Row(List.of(Cell.of(id, Align.CENTER), Cell.of(content, Align.LEFT), Cell.of("Văn phòng Sở", Align.LEFT),
          Cell.of("31/3/2022", Align.CENTER), Cell.of(i % 2 == 0 ? "Công văn số " + i + "/SLĐTBXH-VP ngày 20/9/2021" : "", Align.LEFT),
          Cell.of(i % 4 == 0 ? "Chưa hoàn thành, quá hạn" : "Hoàn thành sớm hạn", Align.LEFT), Cell.of("", Align.LEFT)), false));
    }
    List<Block> blocks = List.of(
        new Block.Paragraph(List.of(Block.Run.bold("Phụ lục I")), Styles.APPENDIX_TITLE),
        new Block.Paragraph(List.of(Block.Run.bold("KẾT QUẢ THỰC HIỆN NHIỆM VỤ")), Styles.APPENDIX_TITLE),
        new Block.Table(List.of(1.1, 6.2, 3.2, 2.5, 6.4, 3.2, 3.4), 1, rows, 11),
        new Block.Paragraph(List.of(Block.Run.plain("Tổng số: " + tasks + " nhiệm vụ.")), Styles.BODY));
    return new Document("Phụ lục I", "cchc-report", LocalDate.of(2022, 3, 20),
        List.of(new Section(true, Section.Margins.DEFAULT, blocks)));
  }
}
