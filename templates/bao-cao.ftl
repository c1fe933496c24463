<#-- Báo cáo (phần chính). Mỗi dòng là một đoạn; cú pháp: xem README, mục "Mẫu văn bản".
     Số liệu lấy từ tong-hop.json (biến s), thông tin cơ quan từ cấu hình (biến org), ngày đã in sẵn (biến p). -->
<#include "_chung.ftl">
<#assign h = s.header>
<#assign t = s.byTask>
<#assign c = t.classes>
<#assign d = s.dossiers.total>
@section portrait
<@headerBlock "Số: ${p.reportNumber}/BC-${org.abbreviation}"/>
{title before=24} **BÁO CÁO**
<#-- Trích yếu: one paragraph, so that the rule under it is 35% of its longest line (NĐ 30: 1/3 to 1/2). -->
{title} **Kết quả thực hiện Kế hoạch số ${h.planNumber}/${h.planSymbol} ngày ${p.planIssuedOn}\n${h.periodInSentence}**
---35
<#if org.kinhGui?size == 1>
{kinh-gui align=center before=6} Kính gửi: ${org.kinhGui[0]}.
<#elseif org.kinhGui?size gt 1>
{kinh-gui align=center before=6} Kính gửi:
<#list org.kinhGui as k>
{kinh-gui indent=4.5 before=0} - ${k}<#if k?has_next>;<#else>.</#if>
</#list>
</#if>
{body before=12} Thực hiện Kế hoạch số ${h.planNumber}/${h.planSymbol} ngày ${p.planIssuedOn} của ${org.agencyShortName} về ${h.planTitle}, ${org.agencyShortName} báo cáo kết quả thực hiện ${h.periodInSentence} (số liệu từ ngày ${p.windowFrom} đến ngày ${p.windowTo}) như sau:
{heading} **I. KẾT QUẢ THỰC HIỆN**
{heading} **1. Kết quả thực hiện nhiệm vụ**
<#-- A count and its share in brackets; a zero count has no share to give. -->
<#function withShare n share><#return countOf(n, "nhiệm vụ") + (n gt 0)?then(" (" + share.printed + ")", "")></#function>
<#if t.assigned == 0>
{body} Kế hoạch chưa giao nhiệm vụ nào cho các đơn vị.
<#elseif t.counted == 0>
{body} Kế hoạch giao ${countOf(t.assigned, "nhiệm vụ")}. Tính đến ngày chốt số liệu ${p.cutOff}, chưa có nhiệm vụ nào đến hạn hoặc thực hiện thường xuyên nên chưa tính tỷ lệ hoàn thành.
<#elseif c.done == 0>
{body} Kế hoạch giao ${countOf(t.assigned, "nhiệm vụ")}. Tính đến ngày chốt số liệu ${p.cutOff}, có ${countOf(t.counted, "nhiệm vụ")} đã đến hạn hoặc thực hiện thường xuyên (được tính tỷ lệ) nhưng chưa nhiệm vụ nào hoàn thành, tỷ lệ hoàn thành **${t.completion.printed}**.
<#else>
{body} Kế hoạch giao ${countOf(t.assigned, "nhiệm vụ")}. Tính đến ngày chốt số liệu ${p.cutOff}, có ${countOf(t.counted, "nhiệm vụ")} đã đến hạn hoặc thực hiện thường xuyên (được tính tỷ lệ); đã hoàn thành ${countOf(c.done, "nhiệm vụ")}, đạt tỷ lệ **${t.completion.printed}**.
</#if>
<#if c.done gt 0>
{body} - Hoàn thành sớm hạn: ${withShare(c.early, t.earlyShare)}; hoàn thành đúng hạn: ${withShare(c.onDueDate, t.onDueDateShare)}; hoàn thành trễ hạn: ${withShare(c.late, t.lateShare)}; hoàn thành nhiệm vụ không quy định thời hạn: ${countOf(c.doneNoDueDate, "nhiệm vụ")}.<#if t.onTime.denominator gt 0> Tỷ lệ hoàn thành đúng hạn (sớm hạn và đúng hạn trên số nhiệm vụ đã hoàn thành có thời hạn): ${t.onTime.printed}.</#if>
</#if>
<#if c.recurringInProgress + c.recurringNotStarted == 0>
{body} - Không có nhiệm vụ thường xuyên đang thực hiện hoặc chưa triển khai.
<#else>
{body} - Nhiệm vụ thường xuyên đang thực hiện: ${countOf(c.recurringInProgress, "nhiệm vụ")}; nhiệm vụ thường xuyên chưa triển khai: ${countOf(c.recurringNotStarted, "nhiệm vụ")}.
</#if>
{body} - Chưa hoàn thành: ${countOf(c.notDoneNotOverdue, "nhiệm vụ")} còn trong hạn hoặc chưa đến thời điểm thực hiện; ${countOf(c.notDoneOverdue, "nhiệm vụ")} đã quá hạn.
{body} - Không thực hiện (không tính tỷ lệ): ${countOf(c.dropped, "nhiệm vụ")}.
{body} (Chi tiết tại Phụ lục I kèm theo)
{heading} **2. Kết quả theo đơn vị**
<#assign passing = s.units?filter(u -> u.meetsThreshold)>
<#assign failing = s.units?filter(u -> u.belowThreshold)>
{body} Có ${countOf(s.units?size, "đơn vị")} được giao chủ trì nhiệm vụ. <#if passing?size gt 0>${count(passing?size)} đơn vị hoàn thành từ ${p.unitThreshold} trở lên: <#list passing as u>${u.name} (${u.completion.printed})<#sep>, </#list>.<#else>Không có đơn vị nào hoàn thành từ ${p.unitThreshold} trở lên.</#if>
<#if failing?size gt 0>
{body} ${count(failing?size)} đơn vị hoàn thành dưới ${p.unitThreshold}: <#list failing as u>${u.name} (${u.completion.printed})<#sep>; </#list>. Theo Kế hoạch, <#if failing?size == 1>đơn vị này<#else>các đơn vị này</#if> không đủ điều kiện xếp loại “Hoàn thành tốt nhiệm vụ” trở lên.
</#if>
<#if s.unitsNotReporting?size gt 0>
{body} Đơn vị chưa gửi báo cáo: <#list s.unitsNotReporting as u>${u.name}<#sep>, </#list>.
</#if>
{body} (Chi tiết tại Phụ lục II kèm theo)
{heading} **3. Kết quả giải quyết thủ tục hành chính**
<#if s.dossiers.lines?size gt 0>
{body} Tổng số hồ sơ nhận giải quyết: ${number(d.received)} hồ sơ (từ kỳ trước chuyển sang ${number(d.carried)}; tiếp nhận trong kỳ ${number(d.receivedInPeriod)}: trực tuyến ${number(d.online)}, chiếm ${d.onlineShare.printed}; trực tiếp ${number(d.direct)}; qua dịch vụ bưu chính công ích ${number(d.postal)}). Đã giải quyết ${number(d.resolved)} hồ sơ (trước hạn ${number(d.early)}, đúng hạn ${number(d.onDueDate)}, quá hạn ${number(d.late)}); đang giải quyết ${number(d.pending)} hồ sơ (trong hạn ${number(d.pendingInTime)}, quá hạn ${number(d.pendingLate)}).
{body} Tỷ lệ hồ sơ giải quyết đúng hạn: **${d.r1.printed}**; tỷ lệ hồ sơ xử lý trước hạn, đúng hạn theo Quyết định số 766/QĐ-TTg: ${d.r2.printed}. So với chỉ tiêu ${p.dossierTarget} của Kế hoạch: **${d.verdict}**<#if s.dossiers.lastYearPercent??>; cùng kỳ năm trước: ${s.dossiers.lastYearPrinted}<#if s.dossiers.lastYearWords?has_content> (${s.dossiers.lastYearWords})</#if></#if>.
<#else>
{body} Kỳ này chưa có số liệu giải quyết hồ sơ thủ tục hành chính.
</#if>
{body} (Chi tiết tại Phụ lục III kèm theo)
{heading} **II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN**
<#if s.overdue?size gt 0>
{body keep} Còn ${countOf(s.overdue?size, "lượt nhiệm vụ")} của các đơn vị đã quá hạn nhưng chưa hoàn thành:
<#list s.overdue as o>
{body} - ${o.unitName}: nhiệm vụ ${o.taskId} (hạn ${o.dueDatePrinted}, quá hạn ${o.daysOverdue} ngày)<@dueToVerify o/><#if o.notReported>, đơn vị chưa báo cáo</#if>${o?has_next?then(";", ".")}
</#list>
<#else>
{body} Không có nhiệm vụ quá hạn.
</#if>
<#if s.overdue?size gt 0>
{body} (Danh sách nhiệm vụ quá hạn để đôn đốc tại Phụ lục IV kèm theo)
</#if>
<#if s.difficulties?size gt 0>
{body keep} Khó khăn, vướng mắc các đơn vị nêu:
<#list s.difficulties as r>
<@remark r r?has_next?then(";", ".")/>
</#list>
</#if>
{heading} **III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI**
<#if s.dueNextPeriod?size gt 0>
{body keep} Tập trung hoàn thành ${countOf(s.dueNextPeriod?size, "nhiệm vụ")} đến hạn trong kỳ tới:
<#list s.dueNextPeriod as r>
{body} - Nhiệm vụ ${r.id}: ${bare(r.content)} (hạn ${r.dueDatePrinted}; chủ trì: <#list r.leads as u>${u.name}<#sep>, </#list>)${r?has_next?then(";", ".")}
</#list>
</#if>
<#assign overdueTasks = s.tasks?filter(x -> x.overdue)>
<#if overdueTasks?size gt 0>
{body} Khẩn trương hoàn thành ${countOf(overdueTasks?size, "nhiệm vụ")} đã quá hạn: <#list overdueTasks as x>${x.id}<@dueToVerify x/><#sep>, </#list>.
</#if>
<#if s.dueNextPeriod?size == 0 && overdueTasks?size == 0>
{body} Tiếp tục thực hiện các nhiệm vụ thường xuyên của Kế hoạch.
</#if>
{heading} **IV. ĐỀ XUẤT, KIẾN NGHỊ**
<#-- The Sở speaks to UBND tỉnh: its own standing proposals (report.proposals in the configuration), then the units'
     proposals that need the province, quoted and attributed; those asking the Sở itself are in the appendix. -->
<#assign toProvince = s.proposals?filter(r -> r.toProvince)>
<#assign toDepartment = s.proposals?filter(r -> !r.toProvince)>
<#list org.proposals as item>
{body} - ${item}<#if item?has_next || toProvince?size gt 0 || s.proposals?size gt 0>;<#else>./.</#if>
</#list>
<#if toProvince?size gt 0>
{body keep} Đề nghị Ủy ban nhân dân tỉnh xem xét, chỉ đạo giải quyết <#if toProvince?size == 1>đề xuất sau của đơn vị<#else>các đề xuất sau của các đơn vị</#if> thuộc Sở:
<#list toProvince as r>
<@remark r r?has_next?then(";", ".") true/>
</#list>
</#if>
<#if toDepartment?size gt 0>
{body} ${count(toDepartment?size)} đề xuất, kiến nghị các đơn vị gửi Sở được tổng hợp tại Phụ lục ${proposalsAppendix} kèm theo; Sở xem xét, giải quyết theo thẩm quyền./.
<#elseif s.proposals?size gt 0>
{body} (Tổng hợp đề xuất, kiến nghị của các đơn vị tại Phụ lục ${proposalsAppendix} kèm theo)./.
<#elseif org.proposals?size == 0>
{body} Không có./.
</#if>
@columns 45
{recipients size=12 before=12} **__Nơi nhận:__**
<#if org.kinhGui?size gt 0>
{recipients} - Như trên;
</#if>
<#list org.recipients as r>
{recipients} - ${r};
</#list>
{recipients} - Lưu: ${org.archive}.
@next
<@signature/>
@end
