package vn.cchc.report.domain;

/** How a dossier was submitted: Hình thức nộp. */
public enum Channel {
  ONLINE,
  DIRECT,
  POSTAL
}
