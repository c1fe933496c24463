<#-- Phụ lục I: mọi nhiệm vụ theo thứ tự của Kế hoạch, nhóm theo đề mục. -->
<#include "_phu-luc-dau.ftl">
<@head number="I" title="KẾT QUẢ THỰC HIỆN NHIỆM VỤ CỦA KẾ HOẠCH SỐ ${s.header.planNumber}/${s.header.planSymbol}"/>
@table widths=1.1,6.2,3.2,2.5,6.4,3.2,3.4 header=2 size=11
|! {C}STT | {C}Nội dung công việc | {C}Đơn vị chủ trì | {C}Thời hạn | {C}Kết quả thực hiện | {C}Tình trạng | {C}Ghi chú |
| {C I}(1) | {C I}(2) | {C I}(3) | {C I}(4) | {C I}(5) | {C I}(6) | {C I}(7) |
<#list s.tasks as x>
<#if x.heading>
|!> {C}${x.id} | {c6}${x.content} |
<#else>
<#if x.deadlineKind == "DATED">
<#assign due = x.dueDatePrinted + (x.deadlineText?has_content && x.deadlineText != x.dueDatePrinted)?then("\n(" + x.deadlineText + ")", "")>
<#elseif x.deadlineKind == "UNRESOLVED">
<#assign due = x.deadlineText + "\n(không xác định được thời hạn)">
<#else>
<#assign due = x.deadlineText>
</#if>
<#if x.overdue && x.dueDateToVerify><#assign due = due + "\n" + dueToVerifyWords></#if>
<#assign notes = []>
<#if x.note?has_content><#assign notes = notes + [x.note]></#if>
<#if x.unitsRequired gt 1 && x.notDone?size gt 0><#assign notes = notes + ["Chưa hoàn thành: " + x.notDone?map(u -> u.name)?join(", ")]></#if>
<#if x.notReported?size gt 0><#assign notes = notes + ["Chưa báo cáo: " + x.notReported?map(u -> u.name)?join(", ")]></#if>
<#list x.dropped as r><#assign notes = notes + ["Không thực hiện: " + r.unitName + " (" + r.text + ")"]></#list>
| {C}${x.id} | ${x.content} | ${x.leads?map(u -> u.name)?join(", ")} | {C}${due} | ${x.evidence} | ${x.status} | ${notes?join("\n")} |
</#if>
</#list>
@end
{body indent=0 before=6} Tổng số: ${countOf(s.byTask.assigned, "nhiệm vụ")}; tỷ lệ hoàn thành ${s.byTask.completion.printed}; tỷ lệ hoàn thành đúng hạn ${s.byTask.onTime.printed}.
