/**
 * The plan's rules as pure functions, one section of {@code rules.md} each: deadline phrases to
 * dates ({@link vn.cchc.report.rules.DeadlineParser}), periods and cut-offs, the classification of
 * tasks, rates and thresholds, the dossier tallies and the comparison with last year. No I/O, no
 * wording.
 */
package vn.cchc.report.rules;
