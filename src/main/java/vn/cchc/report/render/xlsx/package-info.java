/**
 * Workbooks for people who paste and pivot: the appendices' figures as numbers and dates
 * ({@code bang-so-lieu.xlsx}) and the validation report ({@code kiem-tra-du-lieu.xlsx}), formatted,
 * with frozen headers and filters. They print what the summary and the validation report hold; they
 * compute nothing.
 */
package vn.cchc.report.render.xlsx;
