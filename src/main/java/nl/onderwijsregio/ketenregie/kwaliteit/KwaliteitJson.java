package nl.onderwijsregio.ketenregie.kwaliteit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.organisation.Partnership;
import nl.onderwijsregio.ketenregie.organisation.Sector;

/** The quality cycles' JSON shapes, with the public API's Dutch field names. */
public final class KwaliteitJson {

    private KwaliteitJson() {
    }

    public record PartnershipSummary(String code, String naam, String regio, Sector sector, List<String> scholen,
            List<String> opleidingen) {

        static PartnershipSummary of(Partnership p) {
            return new PartnershipSummary(p.code(), p.name(), p.regionCode(), p.sector(), p.schoolCodes(), p.opleidingCodes());
        }
    }

    public record PartnershipPage(List<PartnershipSummary> items, long total, int page, int size) {
    }

    public record Created(UUID id) {
    }

    public record TimelineEntry(CycleStatus status, String label, Instant op, String door) {

        static List<TimelineEntry> of(List<CycleHistory.Entry> history) {
            return history.stream().map(e -> new TimelineEntry(e.status(), e.status().label(), e.at(), e.actor())).toList();
        }
    }

    public record StandardName(String code, String naam) {
    }

    /** A partnership's self-evaluation: the average per standard and the score per criterion. */
    public record Evaluation(String partnerschap, String naam, SelfEvaluation.Status status, String statusLabel,
            Map<String, BigDecimal> standaarden, Map<String, Integer> criteria, String bewijs, String sterkePunten,
            String verbeterpunten, String vragen, Instant ingediendOp) {
    }

    public record RoundDetail(UUID id, String regio, int jaar, int kaderversie, CycleStatus status, String statusLabel,
            String samenvatting, String geopendDoor, Instant geopendOp, Instant afgeslotenOp,
            List<StandardName> standaarden, List<Evaluation> partnerschappen, List<TimelineEntry> tijdlijn) {
    }

    public record PanelMemberJson(UUID id, String naam, PanelMember.Role rol, PanelMember.Origin herkomst,
            String organisatie, boolean uitgenodigd, Instant gastAccountVerlopenOp) {
    }

    public record Finding(String standaard, String naam, String bevinding) {
    }

    public record Action(UUID id, String eigenaar, String standaard, String omschrijving, LocalDate deadline,
            ImprovementAction.Status status, String statusLabel, boolean verlopen, String voortgang) {
    }

    public record ReviewDetail(UUID id, String regio, int kaderversie, CycleStatus status, String statusLabel,
            UUID rondeId, String vrijeTekst, LocalDate bezoekdatum, LocalDate rapportdeadline, LocalDate uiterlijk,
            List<PanelMemberJson> panel, List<Finding> bevindingen, String aanbevelingen, List<Action> verbeteracties,
            String conclusie, Instant gestartOp, Instant afgeslotenOp, List<TimelineEntry> tijdlijn) {
    }
}
