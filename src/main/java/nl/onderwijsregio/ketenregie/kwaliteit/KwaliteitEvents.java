package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.LocalDate;
import java.util.UUID;

/** What the quality cycles tell the rest of the application (the mail), in the step's transaction. */
public final class KwaliteitEvents {

    private KwaliteitEvents() {
    }

    /**
     * An external panel member got a guest account for one peer review: invite them by mail with their user
     * name and first password. The account ends when the review closes. Name and address travel along:
     * the new account is not in the identity tables until the step's command ends.
     */
    public record GuestInvited(UUID reviewId, String regionCode, String userId, String firstName, String email,
            String initialPassword, LocalDate visitDate) {
    }
}
