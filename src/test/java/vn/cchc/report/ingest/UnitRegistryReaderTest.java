package vn.cchc.report.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.report.ingest.Fixtures.row;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.domain.Unit;
import vn.cchc.report.domain.UnitGroup;
import vn.cchc.report.domain.UnitRegistry;
import vn.cchc.report.problem.ValidationReport;

/** data-contract.md §1: the Danh mục đơn vị, with its groups and its mistakes. */
class UnitRegistryReaderTest {
  private static final String FILE = "don-vi/don-vi.xlsx";
  private static final String AT = FILE + ", trang tính \"Sheet1\", ";

  @TempDir Path dir;

  @Test
  void readsUnitsAndGroupsAndReportsEveryBadRow() throws Exception {
    Path file = Fixtures.workbook(dir, FILE,
        row("DANH MỤC ĐƠN VỊ THUỘC SỞ"),
        row(),
        row("Mã đơn vị", "Tên đơn vị", "Tên gọi khác", "Thành viên"),
        row("VP", "Văn phòng Sở", "Văn phòng; VP Sở", null),
        row("KHTC", "Phòng Kế hoạch – Tài chính", "Phòng KH-TC", null),
        row("LDVL", "Phòng Lao động - Việc làm", null, null),
        // A group may name members that come after it; TCCB is nobody.
        row("CPCM", "Các phòng chuyên môn", "Phòng chuyên môn", "KHTC; LDVL; BTXH; TCCB"),
        row("BTXH", "Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội", null, null),
        row("vp", "Văn phòng Sở (trùng)", null, null),
        row(null, "Phòng chưa có mã", null, null),
        row("DVTT", "Đơn vị trực thuộc", "ĐVTT", "Trung tâm DVVL"),
        row("TTDVVL", "Trung tâm Dịch vụ việc làm", "Trung tâm DVVL", null),
        row("TTRA", null, null, null));
    ValidationReport report = new ValidationReport();

    UnitRegistry registry = UnitRegistryReader.read(file, FILE, report);

    assertThat(registry.units()).containsExactly(
        new Unit("VP", "Văn phòng Sở", List.of("Văn phòng", "VP Sở")),
        new Unit("KHTC", "Phòng Kế hoạch – Tài chính", List.of("Phòng KH-TC")),
        new Unit("LDVL", "Phòng Lao động - Việc làm", List.of()),
        new Unit("BTXH", "Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội", List.of()),
        new Unit("TTDVVL", "Trung tâm Dịch vụ việc làm", List.of("Trung tâm DVVL")));
    assertThat(registry.groups()).containsExactly(
        new UnitGroup("CPCM", "Các phòng chuyên môn", List.of("Phòng chuyên môn"), List.of("KHTC", "LDVL", "BTXH")),
        new UnitGroup("DVTT", "Đơn vị trực thuộc", List.of("ĐVTT"), List.of("TTDVVL")));
    assertThat(Fixtures.described(report)).containsExactly(
        AT + "dòng 9, cột A (Mã đơn vị): mã đơn vị \"vp\" đã có ở " + AT + "dòng 4, cột A (Mã đơn vị). "
            + "Mỗi đơn vị một mã riêng: hãy đổi mã hoặc xóa dòng trùng.",
        AT + "dòng 10, cột A (Mã đơn vị): thiếu mã đơn vị. Hãy điền giá trị vào ô này.",
        AT + "dòng 13, cột B (Tên đơn vị): thiếu tên đơn vị. Hãy điền giá trị vào ô này.",
        AT + "dòng 7, cột D (Thành viên): nhóm có thành viên \"TCCB\" không có trong danh mục đơn vị "
            + "(gần nhất: \"Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội (BTXH)\", "
            + "\"Phòng Kế hoạch – Tài chính (KHTC)\", \"Phòng Lao động - Việc làm (LDVL)\"). "
            + "Hãy ghi đúng mã đơn vị, cách nhau bằng dấu ;.");
    assertThat(Fixtures.codes(report)).containsExactly("DUPLICATE_UNIT", "REQUIRED_VALUE", "REQUIRED_VALUE", "UNKNOWN_MEMBER");
    Fixtures.assertTally(report, FILE, 10, 7, 3);
  }

  @Test
  void findsRegistryUnitsHoweverThePlanWritesThem() throws Exception {
    Path file = Fixtures.write(dir, "don-vi.csv", Fixtures.utf8(Fixtures.lines(
        "Mã,Tên đơn vị,Tên gọi khác,Gồm các đơn vị",
        "LDVL,Phòng Lao động - Việc làm,,",
        "VP,Văn phòng Sở,\"Văn phòng; VP Sở\",",
        "HUYEN,\"UBND các huyện, thị xã, thành phố\",UBND cấp huyện,")));
    ValidationReport report = new ValidationReport();

    UnitResolver units = new UnitResolver(UnitRegistryReader.read(file, "don-vi.csv", report));

    assertThat(units.resolve("PHÒNG LAO ĐỘNG – VIỆC LÀM")).contains(new UnitResolver.Ref("LDVL", false));
    assertThat(units.resolve("VP  Sở")).contains(new UnitResolver.Ref("VP", false));
    assertThat(units.resolve("UBND các huyện, thị xã, thành phố")).contains(new UnitResolver.Ref("HUYEN", false));
    assertThat(units.resolveList("Văn phòng Sở, UBND các huyện, thị xã, thành phố").unitCodes()).containsExactly("VP", "HUYEN");
    assertThat(report.problems()).isEmpty();
    Fixtures.assertBalanced(report);
  }

  @Test
  void warnsWhenTwoUnitsAnswerToOneName() throws Exception {
    Path file = Fixtures.workbook(dir, FILE,
        row("Mã", "Tên đơn vị", "Tên viết tắt"),
        row("VP", "Văn phòng Sở", "VP Sở"),
        row("TTRA", "Thanh tra Sở", "VP SỞ"));
    ValidationReport report = new ValidationReport();

    UnitResolver units = new UnitResolver(UnitRegistryReader.read(file, FILE, report));

    assertThat(Fixtures.described(report)).containsExactly(FILE + ": tên \"VP SỞ\" đã dùng cho VP nên không dùng được cho TTRA. "
        + "Hãy đổi tên gọi khác để mỗi tên chỉ một đơn vị.");
    assertThat(report.hasErrors()).isFalse();
    assertThat(units.resolve("vp sở")).contains(new UnitResolver.Ref("VP", false));
  }
}
