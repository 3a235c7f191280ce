package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An improvement action after a peer review: a partnership owns it and reports on it at its deadline. */
public record ImprovementAction(UUID id, UUID reviewId, String partnershipCode, String standardCode, String description,
        LocalDate deadline, Status status, String progress, String reportedBy, Instant reportedAt) {

    public enum Status {
        OPEN("Open"), AFGEROND("Afgerond"), LOOPT_DOOR("Loopt door");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Not reported on while its deadline has passed. */
    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && deadline.isBefore(today);
    }
}
