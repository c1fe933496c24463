package vn.cchc.report.ingest;

import java.util.List;

/** The input tables of data-contract.md, each with its id (the folder name) and its columns. */
public enum InputKind {
  UNITS(
      "don-vi",
      "Danh mục đơn vị",
      List.of(
          Column.required("code", "Mã đơn vị", "Mã", "Mã ĐV"),
          Column.required("name", "Tên đơn vị", "Đơn vị", "Tên"),
          Column.optional("aliases", "Tên gọi khác", "Tên viết tắt", "Bí danh"),
          Column.optional("members", "Thành viên", "Gồm các đơn vị"))),
  PLAN(
      "ke-hoach",
      "Danh mục nhiệm vụ",
      List.of(
          Column.required("id", "STT", "TT", "Số TT", "Số thứ tự"),
          Column.required(
              "content", "Nội dung công việc", "Nội dung", "Nội dung phải thực hiện", "Nội dung nhiệm vụ", "Nhiệm vụ",
              "Tên nhiệm vụ"),
          // A plan without a lead column takes its leads from the configuration or the sheet name
          // (PlanReader); "Đơn vị thực hiện" is the lead column only when no "Đơn vị chủ trì" took the
          // lead (the seed plans print both, chủ trì first; seed 003 prints "Đơn vị thực hiện" and
          // "Phối hợp thực hiện").
          Column.optional("lead", "Đơn vị chủ trì", "Cơ quan chủ trì", "Cơ quan, đơn vị chủ trì", "Chủ trì")
              .orUnclaimed("Đơn vị thực hiện", "Cơ quan thực hiện", "Cơ quan, đơn vị thực hiện", "Đơn vị"),
          Column.optional("partners", "Đơn vị phối hợp", "Phối hợp thực hiện", "Cơ quan phối hợp", "Phối hợp")
              .orUnclaimed("Đơn vị thực hiện", "Cơ quan thực hiện", "Cơ quan, đơn vị thực hiện"),
          Column.optional("output", "Kết quả", "Sản phẩm", "Kết quả/Sản phẩm", "Kết quả dự kiến", "Sản phẩm đầu ra"),
          // Seed 003 has no deadline column at all: one warning, and the configuration may give a default.
          Column.optional(
              "deadline", "Thời gian hoàn thành", "Thời gian thực hiện", "Thời hạn", "Thời hạn hoàn thành", "Tiến độ",
              "Thời gian"),
          Column.optional("due", "Hạn chót", "Hạn xử lý"),
          Column.optional("area", "Lĩnh vực", "Lĩnh vực CCHC"),
          Column.optional("note", "Ghi chú"))),
  SUBMISSION(
      "bao-cao",
      "Báo cáo tiến độ của đơn vị",
      List.of(
          Column.optional("unit", "Mã đơn vị", "Đơn vị", "Tên đơn vị"),
          Column.required("task", "STT", "TT", "Mã nhiệm vụ", "STT nhiệm vụ", "Số TT"),
          Column.required(
              "status", "Tình trạng", "Trạng thái", "Tiến độ thực hiện", "Kết quả thực hiện (trạng thái)", "Tình trạng thực hiện"),
          Column.optional("done_on", "Ngày hoàn thành", "Ngày HT", "Thời gian hoàn thành thực tế", "Ngày hoàn thành thực tế"),
          Column.optional("evidence", "Sản phẩm", "Văn bản kết quả", "Kết quả thực hiện", "Minh chứng", "Sản phẩm/Minh chứng"),
          Column.optional("problems", "Khó khăn, vướng mắc", "Tồn tại, hạn chế", "Khó khăn", "Vướng mắc"),
          Column.optional("proposals", "Đề xuất, kiến nghị", "Kiến nghị, đề xuất", "Đề xuất", "Kiến nghị"),
          Column.optional("proposal_to", "Gửi đến", "Cấp giải quyết"),
          Column.optional("note", "Ghi chú", "Lý do", "Ghi chú/Lý do"))),
  DOSSIER_TABLE(
      "ho-so",
      "Kết quả giải quyết TTHC (bảng tổng hợp)",
      List.of(
          Column.required("unit", "Đơn vị", "Mã đơn vị", "Tên đơn vị", "Lĩnh vực, công việc giải quyết theo cấp"),
          Column.required(
              "carried", "Kỳ trước chuyển qua", "Từ kỳ trước chuyển sang", "Từ kỳ trước", "Số hồ sơ nhận giải quyết từ kỳ trước"),
          Column.required(
              "received_online", "Tiếp nhận trực tuyến", "Trực tuyến", "Số hồ sơ nhận giải quyết trong kỳ trực tuyến"),
          Column.required(
              "received_direct",
              "Tiếp nhận trực tiếp",
              "Trực tiếp và dịch vụ bưu chính",
              "Trực tiếp",
              "Trực tiếp, dịch vụ bưu chính",
              "Trực tiếp và qua dịch vụ bưu chính"),
          Column.optional("received_postal", "Tiếp nhận qua dịch vụ bưu chính công ích", "Bưu chính", "Dịch vụ bưu chính công ích"),
          Column.required("early", "Đã giải quyết trước hạn", "Trước hạn", "Số hồ sơ đã giải quyết trước hạn"),
          Column.required("on_time", "Đã giải quyết đúng hạn", "Đúng hạn", "Số hồ sơ đã giải quyết đúng hạn"),
          Column.required("late", "Đã giải quyết quá hạn", "Quá hạn", "Trễ hạn", "Số hồ sơ đã giải quyết quá hạn"),
          Column.required(
              "pending_ok", "Đang giải quyết trong hạn", "Chưa đến hạn", "Trong hạn", "Số hồ sơ đang giải quyết trong hạn"),
          Column.required("pending_late", "Đang giải quyết quá hạn", "Số hồ sơ đang giải quyết quá hạn"),
          Column.optional("returned", "Trả lại, rút hồ sơ", "Trả lại", "Rút hồ sơ", "Trả lại/rút hồ sơ"),
          Column.optional(
              "received_total", "Số hồ sơ nhận giải quyết tổng số", "Tổng số hồ sơ tiếp nhận", "Tổng số tiếp nhận"),
          Column.optional("resolved_total", "Số hồ sơ đã giải quyết tổng số", "Tổng số đã giải quyết"),
          Column.optional("pending_total", "Số hồ sơ đang giải quyết tổng số", "Tổng số đang giải quyết"))),
  DOSSIER_LIST(
      "ho-so",
      "Kết quả giải quyết TTHC (danh sách hồ sơ)",
      List.of(
          Column.required("id", "Mã hồ sơ", "Số hồ sơ"),
          Column.required("unit", "Đơn vị", "Cơ quan giải quyết", "Mã đơn vị"),
          Column.required("received_on", "Ngày tiếp nhận", "Ngày nhận"),
          Column.required("due_on", "Ngày hẹn trả", "Hạn trả kết quả", "Ngày hẹn trả kết quả"),
          Column.required("done_on", "Ngày có kết quả", "Ngày trả kết quả", "Ngày hoàn thành"),
          Column.optional("channel", "Hình thức nộp", "Kênh nộp", "Hình thức"))),
  ;

  private final String id;
  private final String title;
  private final List<Column> columns;

  InputKind(String id, String title, List<Column> columns) {
    this.id = id;
    this.title = title;
    this.columns = List.copyOf(columns);
  }

  /** The spec's id, also the folder name under the data folder. */
  public String id() {
    return id;
  }

  /** Vietnamese name of the table, for messages. */
  public String title() {
    return title;
  }

  public List<Column> columns() {
    return columns;
  }
}
