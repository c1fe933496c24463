<#include "_chung.ftl">
<#-- Phần đầu chung của mỗi phụ lục: "Phụ lục …", tên phụ lục, dòng "Kèm theo Báo cáo số …". -->
<#macro head number title>
@section landscape
{appendix} **Phụ lục ${number}**
{appendix} **${title}**
{appendix after=2} __(Kèm theo Báo cáo số ${p.reportNumber}/BC-${org.abbreviation} ${p.reportDateWords} của ${org.agencyShortName})__
{appendix size=13 after=6} ${s.header.periodName} (số liệu từ ngày ${p.windowFrom} đến ngày ${p.windowTo})
</#macro>
