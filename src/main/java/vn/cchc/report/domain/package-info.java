/**
 * The records of the office's world — units and their registry, the plan and its tasks, status
 * reports, dossiers, periods and data windows — immutable, checked when built, with no I/O and no
 * rule of the plan in them.
 */
package vn.cchc.report.domain;
