package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.util.UUID;

/** What the garantiefonds tells the rest of the application (the mail, for one), in the step's transaction. */
public final class FundEvents {

    private FundEvents() {
    }

    /**
     * The committee decided: a grant (after the four-eyes confirmation where needed) or a rejection.
     * {@code applicant} is the staff member who applied.
     */
    public record DecisionMade(UUID applicationId, UUID dossierId, String regionCode, String applicant, boolean granted,
            BigDecimal amount, String reason) {
    }

    /** The four-eyes confirmation of an application is nearly due: remind the region's committee. */
    public record FourEyesReminderDue(UUID applicationId, String regionCode, String taskId) {
    }
}
