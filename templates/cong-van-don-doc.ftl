<#-- Công văn đôn đốc (issue #12): một công văn cho mỗi đơn vị có nhiệm vụ quá hạn hoặc chưa gửi báo cáo kỳ này.
     Biến r: đơn vị (r.unitName), các nhiệm vụ quá hạn (r.overdue), r.notReporting khi đơn vị chưa gửi báo cáo. -->
<#include "_chung.ftl">
<#assign h = s.header>
@section portrait
<@headerBlock "Số:       /${org.abbreviation}-VP" "V/v đôn đốc thực hiện nhiệm vụ theo Kế hoạch số ${h.planNumber}/${h.planSymbol}"/>
{kinh-gui align=center before=18} Kính gửi: ${r.unitName}.
{body before=12} Thực hiện Kế hoạch số ${h.planNumber}/${h.planSymbol} ngày ${p.planIssuedOn} của ${org.agencyShortName} về ${h.planTitle}, qua tổng hợp kết quả thực hiện ${h.periodInSentence} (số liệu đến ngày ${p.cutOff}), ${org.agencyShortName} nhận thấy:
<#if r.overdue?size gt 0>
{body keep} - ${r.unitName} còn ${countOf(r.overdue?size, "nhiệm vụ")} đã quá hạn nhưng chưa hoàn thành:
<#list r.overdue as o>
{body} + Nhiệm vụ ${o.taskId}: ${bare(o.content)} (hạn ${o.dueDatePrinted}, quá hạn ${o.daysOverdue} ngày)<@dueToVerify o/><#if o.notReported>, đơn vị chưa báo cáo</#if>${(o?has_next || r.notReporting)?then(";", ".")}
</#list>
</#if>
<#if r.notReporting>
{body} - ${r.unitName} chưa gửi báo cáo tiến độ thực hiện ${h.periodInSentence}.
</#if>
{body} Để bảo đảm tiến độ thực hiện Kế hoạch, ${org.agencyShortName} đề nghị ${r.unitName} khẩn trương <#if r.overdue?size gt 0>hoàn thành các nhiệm vụ nêu trên và </#if>gửi báo cáo kết quả về Sở (qua Văn phòng Sở) trước ngày ${p.replyBy}./.
@columns 45
{recipients size=12 before=12} **__Nơi nhận:__**
{recipients} - Như trên;
{recipients} - Lưu: ${org.archive}.
@next
<@signature/>
@end
