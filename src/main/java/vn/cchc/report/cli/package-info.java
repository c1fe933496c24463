/**
 * The command line (Commons CLI): the run and check commands, their options, the console output, the
 * exit codes, and {@link vn.cchc.report.cli.Job}, which runs the pipeline from the configuration to
 * the output set.
 */
package vn.cchc.report.cli;
