package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A partnership's self-evaluation in a round: scores per criterion and text about the partnership. */
public record SelfEvaluation(UUID roundId, String partnershipCode, Status status, String evidence, String strengths,
        String improvements, String questions, String submittedBy, Instant submittedAt, String reviewedBy,
        Instant reviewedAt, Map<String, Integer> scores) {

    public enum Status {
        OPEN("Nog in te vullen"), INGEDIEND("Ingediend"), TERUGGESTUURD("Teruggestuurd met vragen"),
        GOEDGEKEURD("Goedgekeurd");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
