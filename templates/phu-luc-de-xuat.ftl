<#-- Phụ lục tổng hợp đề xuất, kiến nghị của các đơn vị (report-contents.md §1.4, IV): mọi đề xuất, kèm nơi được đề nghị giải quyết.
     Chỉ có khi các đơn vị có đề xuất. Số La Mã của phụ lục: xem _chung.ftl. -->
<#include "_phu-luc-dau.ftl">
<#if s.proposals?size gt 0>
<@head number=proposalsAppendix title="TỔNG HỢP ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ"/>
@table widths=1,5,1.8,13.7,3 header=2 size=11
|! {C}STT | {C}Đơn vị | {C}Nhiệm vụ | {C}Nội dung đề xuất, kiến nghị | {C}Gửi đến |
| {C I}(1) | {C I}(2) | {C I}(3) | {C I}(4) | {C I}(5) |
<#list s.proposals as r>
| {C}${r?counter} | ${r.unitName} | {C}${r.taskId} | ${r.items?join(";\n")} | {C}<#if r.toProvince>UBND tỉnh<#else>Sở</#if> |
</#list>
@end
{body indent=0 before=6} “Gửi đến”: nơi đơn vị đề nghị giải quyết, theo cột Gửi đến của báo cáo đơn vị hoặc, khi đơn vị không ghi, theo nội dung đề xuất. Các đề xuất gửi UBND tỉnh được nêu tại mục IV của Báo cáo.
</#if>
