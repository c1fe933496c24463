<#-- Phụ lục III: kết quả giải quyết hồ sơ TTHC theo Biểu 06/VPCP/KSTT, tỷ lệ R1, R2 và chỉ tiêu 98%;
     Phụ lục IV: danh sách nhiệm vụ quá hạn để đôn đốc. -->
<#include "_phu-luc-dau.ftl">
<@head number="III" title="TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"/>
{unit-line} __Đơn vị tính: Số hồ sơ TTHC__
@table widths=1.2,4.7,1.5,1.5,1.7,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.5,1.8,1.8,2 header=4 size=11
|! {C r3}STT | {C r3}Đơn vị | {C c4}Số hồ sơ nhận giải quyết | {C c4}Số hồ sơ đã giải quyết | {C c3}Số hồ sơ đang giải quyết | {C r3}Tỷ lệ giải quyết đúng hạn | {C r3}Tỷ lệ theo QĐ 766 | {C r3}Đánh giá (chỉ tiêu ${p.dossierTarget}) |
|! {C r2}Tổng số | {C c2}Trong kỳ | {C r2}Từ kỳ trước | {C r2}Tổng số | {C r2}Trước hạn | {C r2}Đúng hạn | {C r2}Quá hạn | {C r2}Tổng số | {C r2}Trong hạn | {C r2}Quá hạn |
|! {C}Trực tuyến | {C}Trực tiếp, dịch vụ bưu chính |
| {C I}(1) | {C I}(2) | {C I}(3) | {C I}(4) | {C I}(5) | {C I}(6) | {C I}(7) | {C I}(8) | {C I}(9) | {C I}(10) | {C I}(11) | {C I}(12) | {C I}(13) | {C I}(14) | {C I}(15) | {C I}(16) |
<#list s.dossiers.lines as d>
| {C}${d?counter} | ${d.unitName} | {R}${number(d.received)} | {R}${number(d.online)} | {R}${number(d.directAndPostal)} | {R}${number(d.carried)} | {R}${number(d.resolved)} | {R}${number(d.early)} | {R}${number(d.onDueDate)} | {R}${number(d.late)} | {R}${number(d.pending)} | {R}${number(d.pendingInTime)} | {R}${number(d.pendingLate)} | {R}${d.r1.printed} | {R}${d.r2.printed} | {C}${d.verdict} |
</#list>
<#assign d = s.dossiers.total>
|! {C c2}Tổng cộng | {R}${number(d.received)} | {R}${number(d.online)} | {R}${number(d.directAndPostal)} | {R}${number(d.carried)} | {R}${number(d.resolved)} | {R}${number(d.early)} | {R}${number(d.onDueDate)} | {R}${number(d.late)} | {R}${number(d.pending)} | {R}${number(d.pendingInTime)} | {R}${number(d.pendingLate)} | {R}${d.r1.printed} | {R}${d.r2.printed} | {C}${d.verdict} |
@end
{body indent=0 before=6} Tỷ lệ giải quyết đúng hạn = [(8) + (9)] / (7); tỷ lệ theo Quyết định số 766/QĐ-TTg = [(8) + (9) + (12)] / (3). Tỷ lệ đúng hạn cùng kỳ năm trước: ${s.dossiers.lastYearPrinted}<#if s.dossiers.comparedWithLastYear?has_content> (${s.dossiers.comparedWithLastYear})</#if>.
<#if s.overdue?size gt 0>
<@head number="IV" title="DANH SÁCH NHIỆM VỤ QUÁ HẠN CẦN ĐÔN ĐỐC"/>
@table widths=1,5,1.3,9,2.6,2.2,3 header=2 size=11
|! {C}STT | {C}Đơn vị | {C}STT nhiệm vụ | {C}Nội dung công việc | {C}Thời hạn | {C}Số ngày quá hạn | {C}Ghi chú |
| {C I}(1) | {C I}(2) | {C I}(3) | {C I}(4) | {C I}(5) | {C I}(6) | {C I}(7) |
<#list s.overdue as o>
| {C}${o?counter} | ${o.unitName} | {C}${o.taskId} | ${o.content} | {C}${o.dueDatePrinted}<#if o.dueDateToVerify>\n${dueToVerifyWords}</#if> | {R}${o.daysOverdue} | <#if o.notReported>Đơn vị chưa báo cáo</#if> |
</#list>
@end
{body indent=0 before=6} Số ngày quá hạn tính đến ngày chốt số liệu ${p.cutOff}.
</#if>
