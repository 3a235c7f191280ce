package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The garantiefonds' JSON shapes, with the public API's Dutch field names. */
public final class FundJson {

    private FundJson() {
    }

    public record Summary(UUID id, UUID dossierId, String regio, String bestuur, String opleiding, RiskType risico,
            FundStatus status, String statusLabel, BigDecimal aangevraagdBedrag, BigDecimal toegekendBedrag,
            LocalDate startdatumOpleiding, Instant aangevraagdOp) {

        static Summary of(FundApplication a) {
            return new Summary(a.id(), a.dossierId(), a.regionCode(), a.bestuurCode(), a.opleidingCode(), a.risk(),
                    a.status(), a.status().label(), a.requestedAmount(), a.grantedAmount(), a.trainingStart(),
                    a.appliedAt());
        }
    }

    public record Page(List<Summary> items, long total, int page, int size) {
    }

    public record StatusEntry(FundStatus status, String label, Instant op, String door) {
    }

    public record LedgerEntry(LedgerKind soort, BigDecimal bedrag, String door, String reden, Instant op) {
    }

    public record Detail(UUID id, UUID dossierId, String regio, String bestuur, String opleiding, RiskType risico,
            Motivation motivatie, FundStatus status, String statusLabel, BigDecimal aangevraagdBedrag,
            LocalDate startdatumOpleiding, int begrotingsjaar, BigDecimal toegekendBedrag, String besluitDoor,
            Instant besluitOp, String bevestigdDoor, RejectionReason afwijzingReden, BigDecimal claimBedrag,
            ClaimReason claimReden, String aangevraagdDoor, Instant aangevraagdOp, Instant afgeslotenOp,
            List<StatusEntry> statushistorie, List<LedgerEntry> grootboek) {

        static Detail of(FundApplication a, List<FundApplications.StatusEntry> history, List<FundBudget.Entry> ledger) {
            return new Detail(a.id(), a.dossierId(), a.regionCode(), a.bestuurCode(), a.opleidingCode(), a.risk(),
                    a.motivation(), a.status(), a.status().label(), a.requestedAmount(), a.trainingStart(),
                    a.budgetYear(), a.grantedAmount(), a.decidedBy(), a.decidedAt(), a.confirmedBy(),
                    a.rejectionReason(), a.claimAmount(), a.claimReason(), a.appliedBy(), a.appliedAt(), a.closedAt(),
                    history.stream().map(h -> new StatusEntry(h.status(), h.status().label(), h.at(), h.actor())).toList(),
                    ledger.stream().map(e -> new LedgerEntry(e.kind(), e.amount(), e.actor(), e.reason(), e.at())).toList());
        }
    }
}
