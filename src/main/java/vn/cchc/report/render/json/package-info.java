/** The summary as {@code tong-hop.json}, and last year's rate read back from an earlier run's file. */
package vn.cchc.report.render.json;
