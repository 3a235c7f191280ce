package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Instant;
import java.util.UUID;

/** A member of a peer review's panel; external members get a guest account for this review only. */
public record PanelMember(UUID id, UUID reviewId, String name, String email, Role role, Origin origin,
        String organisation, String guestUserId, Instant guestExpiresAt, Instant invitedAt) {

    public enum Role {
        VOORZITTER("Voorzitter"), REVIEWER("Reviewer");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a member comes from; the panel needs another onderwijsregio and a lerarenopleiding. */
    public enum Origin {
        ANDERE_REGIO("Andere onderwijsregio"), LERARENOPLEIDING("Lerarenopleiding"), EIGEN_REGIO("Eigen regio");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
