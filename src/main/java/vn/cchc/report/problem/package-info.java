/**
 * What goes wrong with the inputs, and where: {@link vn.cchc.report.problem.Problem} with its
 * {@link vn.cchc.report.problem.SourceLocation} (file, sheet, row, column), the per-file tallies
 * (rows read = used + rejected) of {@link vn.cchc.report.problem.ValidationReport}, and every
 * Vietnamese sentence the program says about an input ({@link vn.cchc.report.problem.Messages},
 * dates by {@link vn.cchc.report.problem.OfficialDate}). The bottom of the pipeline: depends on no
 * other package of the program.
 */
package vn.cchc.report.problem;
