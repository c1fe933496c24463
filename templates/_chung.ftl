<#-- Lời dùng chung cho Báo cáo và các Phụ lục. -->
<#-- rules.md §8: thời hạn sớm hơn ngày ban hành kế hoạch (có lẽ gõ nhầm) được ghi chú ở mọi chỗ nhiệm vụ được nêu là quá hạn. -->
<#assign dueToVerifyWords = "(cần xác minh thời hạn)">
<#macro dueToVerify item><#if item.dueDateToVerify> ${dueToVerifyWords}</#if></#macro>
<#-- Một ý kiến của đơn vị thành một mục của danh sách trong báo cáo: "- Đơn vị (nhiệm vụ x): nội dung" kết thúc bằng `end`;
     ý kiến nhiều dòng thành các mục con "+ …" (mỗi mục con kết thúc bằng ";", mục cuối bằng `end`). -->
<#macro remark r end>
<#if r.items?size lte 1>
{body} - ${r.unitName} (nhiệm vụ ${r.taskId}): ${r.items[0]!""}${end}
<#else>
{body keep} - ${r.unitName} (nhiệm vụ ${r.taskId}):
<#list r.items as item>
{body} + ${item}${item?has_next?then(";", end)}
</#list>
</#if>
</#macro>
