<#-- Lời dùng chung cho Báo cáo và các Phụ lục. -->
<#-- rules.md §8: thời hạn sớm hơn ngày ban hành kế hoạch (có lẽ gõ nhầm) được ghi chú ở mọi chỗ nhiệm vụ được nêu là quá hạn. -->
<#assign dueToVerifyWords = "(cần xác minh thời hạn)">
<#macro dueToVerify item><#if item.dueDateToVerify> ${dueToVerifyWords}</#if></#macro>
