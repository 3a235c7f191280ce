package nl.onderwijsregio.ketenregie.dossier;

import java.time.Instant;

/**
 * Personal data of people who have no dossier of their own, with a retention period of its own: the students
 * on an institute's langstudeerders list, the guest reviewers of a peer review. The nightly retention job calls
 * every bean of this type after the dossiers; data that also belongs to a dossier (a student referred to the
 * journey) goes with that dossier through {@link PersonalDataHolder} too. See docs/privacy.md and ADR 0018.
 */
public interface RetainedPersonalData {

    /** The line of the public privacy statement: which data, and from when its period counts (Dutch). */
    record Statement(String gegevens, String vanaf) {
    }

    /**
     * What the data is, for the job's log and metric; also the name of its retention period,
     * {@code ketenregie.privacy.bewaartermijn.<kind>} (e.g. {@code langstudeerder}).
     */
    String kind();

    /** How the public privacy statement names this data. */
    Statement statement();

    /**
     * Anonymises every record that ended before {@code cutoff} (now minus the period) and still holds personal
     * data, keeping codes, dates and counts for the reports. One statement that claims each row by its
     * still-empty anonymisation mark, so a second instance running at the same time skips what the first took.
     *
     * @return records anonymised (never names)
     */
    int anonymiseEndedBefore(Instant cutoff);
}
