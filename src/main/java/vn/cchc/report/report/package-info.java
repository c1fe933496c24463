/**
 * Figures and documents: {@link vn.cchc.report.report.SummaryBuilder} computes every figure the
 * outputs print (the {@link vn.cchc.report.report.Summary}, also written as {@code tong-hop.json}),
 * and {@link vn.cchc.report.report.ReportBuilder} fills the FreeMarker templates with it to give the
 * document model. Templates word facts; the figures and decisions are made here.
 */
package vn.cchc.report.report;
