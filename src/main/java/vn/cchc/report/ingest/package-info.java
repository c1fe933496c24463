/**
 * Files to rows, and rows to domain records, with every problem located (rules §7, data-contract
 * §1–4). {@link vn.cchc.report.ingest.InputLoader} is the entry: it walks the office's folders
 * ({@code InputFolder}), opens each file by its content ({@code TableReaders}: CSV, XLSX, XLS, HTML),
 * finds the header ({@code HeaderLocator}) and hands mapped rows to the reader of each kind (plan,
 * registry, status, dossier). Nothing here decides a figure.
 */
package vn.cchc.report.ingest;
