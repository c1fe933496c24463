/** The validation report as CSV files that Excel opens (UTF-8 with a byte order mark). */
package vn.cchc.report.render.csv;
