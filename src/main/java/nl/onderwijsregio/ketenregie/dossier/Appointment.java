package nl.onderwijsregio.ketenregie.dossier;

import java.time.LocalDate;

/** What HR records when the zij-instromer is appointed. */
public record Appointment(LocalDate contractStart, String schoolopleider, FundingStream fundingStream,
        SubsidyStatus subsidyStatus) {
}
