/**
 * The run log: a file in the output folder (or the temporary folder) that receives the libraries'
 * messages through SLF4J, so that the console shows only what the office needs to read.
 */
package vn.cchc.report.log;
