/**
 * The office's configuration file ({@code cau-hinh.yaml}): read once, every value checked with a
 * Vietnamese message naming the key and the fix, into {@link vn.cchc.report.config.OfficeConfig}.
 */
package vn.cchc.report.config;
