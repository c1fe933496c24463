/**
 * The line-based markup that the FreeMarker templates print ({@code @section}, {@code @table},
 * {@code {style} text} with {@code **bold**} runs …), its parser into the document model, and the
 * FreeMarker output format that escapes data so that a unit's text can never become markup.
 */
package vn.cchc.report.report.markup;
