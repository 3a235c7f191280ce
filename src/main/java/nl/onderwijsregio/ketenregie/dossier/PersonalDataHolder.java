package nl.onderwijsregio.ketenregie.dossier;

import java.util.UUID;

/**
 * A feature that holds personal data of a candidate, keyed by dossier. The privacy package calls every
 * holder (every Spring bean of this type) when a dossier is anonymised, because its retention period passed
 * or the candidate asked for erasure, and when the candidate asks what is held (art. 15 AVG). A new feature
 * with personal data implements this once; the privacy package does not change. See docs/privacy.md.
 */
public interface PersonalDataHolder {

    /** The key of this holder's part in an access export, e.g. {@code "mails"}. */
    String part();

    /** What is held for the dossier, as JSON-friendly values (records, lists, maps). */
    Object inzage(UUID dossierId);

    /**
     * Removes the personal data held for the dossier; keeps codes, dates and links, which reports count.
     * Runs in the caller's transaction and may run again on the same dossier.
     *
     * @return rows changed or removed (for the job's log; never names)
     */
    int anonymise(UUID dossierId);
}
