package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application to the garantiefonds as stored (table fund_application). */
public record FundApplication(UUID id, UUID dossierId, String regionCode, String bestuurCode, String opleidingCode,
        RiskType risk, Motivation motivation, BigDecimal requestedAmount, LocalDate trainingStart, int budgetYear,
        FundStatus status, BigDecimal grantedAmount, String decidedBy, Instant decidedAt, String confirmedBy,
        RejectionReason rejectionReason, BigDecimal claimAmount, ClaimReason claimReason, String appliedBy,
        Instant appliedAt, Instant closedAt) {

    public boolean isOpen() {
        return !status.isEnd();
    }
}
