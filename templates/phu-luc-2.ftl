<#-- Phụ lục II: tổng hợp theo đơn vị, ngưỡng hoàn thành 90%. -->
<#include "_phu-luc-dau.ftl">
<@head number="II" title="TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ"/>
@table widths=1.2,5.4,1.5,1.5,1.5,1.5,1.5,1.7,1.9,1.5,1.5,1.8,1.6,1.6,1.9,2.4 header=3 size=11
|! {C r2}STT | {C r2}Đơn vị | {C r2}Được giao | {C r2}Tính tỷ lệ | {C c4}Hoàn thành | {C r2}Thường xuyên đang thực hiện | {C c4}Chưa hoàn thành | {C r2}Không thực hiện | {C r2}Tỷ lệ hoàn thành | {C r2}Đánh giá (ngưỡng ${p.unitThreshold}) |
|! {C}Sớm hạn | {C}Đúng hạn | {C}Trễ hạn | {C}Không quy định hạn | {C}Trong hạn | {C}Quá hạn | {C}Thường xuyên chưa triển khai | {C}Trong đó: chưa báo cáo |
| {C I}(1) | {C I}(2) | {C I}(3) | {C I}(4) | {C I}(5) | {C I}(6) | {C I}(7) | {C I}(8) | {C I}(9) | {C I}(10) | {C I}(11) | {C I}(12) | {C I}(13) | {C I}(14) | {C I}(15) | {C I}(16) |
<#macro line u stt>
| {C}${stt} | ${u.name} | {R}${u.assigned} | {R}${u.counted} | {R}${u.classes.early} | {R}${u.classes.onDueDate} | {R}${u.classes.late} | {R}${u.classes.doneNoDueDate} | {R}${u.classes.recurringInProgress} | {R}${u.classes.notDoneNotOverdue} | {R}${u.classes.notDoneOverdue} | {R}${u.classes.recurringNotStarted} | {R}${u.classes.notReported} | {R}${u.classes.dropped} | {R}${u.completion.printed} | {C}${u.verdict} |
</#macro>
<#list s.units as u>
<@line u=u stt=u?counter/>
</#list>
<#assign u = s.unitTotal>
|! {C c2}Tổng cộng | {R}${u.assigned} | {R}${u.counted} | {R}${u.classes.early} | {R}${u.classes.onDueDate} | {R}${u.classes.late} | {R}${u.classes.doneNoDueDate} | {R}${u.classes.recurringInProgress} | {R}${u.classes.notDoneNotOverdue} | {R}${u.classes.notDoneOverdue} | {R}${u.classes.recurringNotStarted} | {R}${u.classes.notReported} | {R}${u.classes.dropped} | {R}${u.completion.printed} | {C} |
@end
{body indent=0 before=6} Được giao (3) = (5) + (6) + (7) + (8) + (9) + (10) + (11) + (12) + (14); cột (13) là số nhiệm vụ trong các cột (10) – (12) mà đơn vị chưa báo cáo (không cộng thêm). Tỷ lệ hoàn thành = (hoàn thành + thường xuyên đang thực hiện) / nhiệm vụ tính tỷ lệ; nhiệm vụ chưa đến hạn và nhiệm vụ không thực hiện không tính tỷ lệ. Đơn vị dưới ${p.unitThreshold}: không đủ điều kiện xếp loại “Hoàn thành tốt nhiệm vụ” trở lên.
{body indent=0} Dòng Tổng cộng tính theo lượt đơn vị – nhiệm vụ (nhiệm vụ giao nhiều đơn vị chủ trì được tính cho từng đơn vị): ${countOf(u.counted, "lượt")} tính tỷ lệ, tỷ lệ hoàn thành ${u.completion.printed}. Mục I.1 của Báo cáo tính theo nhiệm vụ (nhiệm vụ chung hoàn thành khi mọi đơn vị chủ trì hoàn thành): ${countOf(s.byTask.counted, "nhiệm vụ")} tính tỷ lệ, tỷ lệ hoàn thành ${s.byTask.completion.printed}.
