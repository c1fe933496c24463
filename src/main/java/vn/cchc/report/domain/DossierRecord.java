package vn.cchc.report.domain;

import java.time.LocalDate;

/**
 * One dossier from the one-stop system's export (a row of the dossier list).
 *
 * @param doneOn the result date; null while pending
 * @param channel null when the export has no channel column
 */
public record DossierRecord(
    String id, String unitCode, LocalDate receivedOn, LocalDate dueOn, LocalDate doneOn, Channel channel) {}
