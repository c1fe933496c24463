<#-- Lời dùng chung cho Báo cáo và các Phụ lục. -->
<#-- rules.md §8: thời hạn sớm hơn ngày ban hành kế hoạch (có lẽ gõ nhầm) được ghi chú ở mọi chỗ nhiệm vụ được nêu là quá hạn. -->
<#assign dueToVerifyWords = "(cần xác minh thời hạn)">
<#macro dueToVerify item><#if item.dueDateToVerify> ${dueToVerifyWords}</#if></#macro>
<#-- Một ý kiến của đơn vị thành một mục của danh sách trong báo cáo: "- Đơn vị (nhiệm vụ x): nội dung" kết thúc bằng `end`;
     ý kiến nhiều dòng thành các mục con "+ …" (mỗi mục con kết thúc bằng ";", mục cuối bằng `end`). -->
<#macro remark r end quoted=false>
<#local open = quoted?then("“", "")>
<#local close = quoted?then("”", "")>
<#if r.items?size lte 1>
{body} - ${r.unitName} (nhiệm vụ ${r.taskId}): ${open}${r.items[0]!""}${close}${end}
<#else>
{body keep} - ${r.unitName} (nhiệm vụ ${r.taskId}):
<#list r.items as item>
{body} + ${open}${item}${close}${item?has_next?then(";", end)}
</#list>
</#if>
</#macro>
<#-- Số La Mã của phụ lục tổng hợp đề xuất, kiến nghị: sau Phụ lục IV khi có danh sách nhiệm vụ quá hạn. -->
<#assign proposalsAppendix = (s.overdue?size gt 0)?then("V", "IV")>
<#-- Khối tiêu đề của văn bản (NĐ 30): cơ quan chủ quản và cơ quan ban hành, Quốc hiệu và Tiêu ngữ, dòng số ký hiệu
     (với công văn: trích yếu "V/v …" ngay dưới), địa danh và ngày tháng. -->
<#macro headerBlock numberLine vv="">
@columns 42
{header size=12} ${org.parentAgency}
{header size=12} **${org.agency}**
---40
@next
{header size=12} **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
{header} **Độc lập - Tự do - Hạnh phúc**
---100
@end
@columns 42
{header before=2} ${numberLine}
<#if vv?has_content>
{header size=12} ${vv}
</#if>
@next
{header before=2} __${p.reportDateLine}__
@end
</#macro>
<#-- Chữ ký (cột phải của khối Nơi nhận): quyền hạn, chức vụ, họ tên người ký theo cấu hình. -->
<#macro signature>
<#if org.signerAuthority?has_content>
{signature before=12} **${org.signerAuthority}. ${org.signerHeadTitle}**
{signature} **${org.signerTitle}**
<#else>
{signature before=12} **${org.signerHeadTitle}**
</#if>
{signature before=80} **${org.signerName}**
</#macro>
