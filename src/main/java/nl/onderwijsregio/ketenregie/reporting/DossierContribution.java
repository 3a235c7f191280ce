package nl.onderwijsregio.ketenregie.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.reporting.CellKey.Measure;
import nl.onderwijsregio.ketenregie.reporting.CellKey.Scope;

/**
 * What one dossier counts in the funnel aggregate, from its row, its stage history and its follow-ups: the cells of
 * scope DETAIL with how much it adds to each. The report counts distinct dossiers per stage and outcome (a dossier
 * that entered a stage twice and moved on twice is one), so those cells get 1 per dossier; lead times count every
 * stage row that was left as planned.
 */
final class DossierContribution {

    record DossierRow(UUID id, String region, Instant registeredAt, String sector, String route, String bestuur,
            String school, boolean diploma, String vak, boolean appointed, String fundingStream, String status,
            String currentStage) {
    }

    record StageRow(UUID dossierId, String stage, Instant enteredAt, Instant leftAt, String outcome, String reason,
            Boolean avoidable) {
    }

    record FollowUpRow(UUID dossierId, int years, boolean stillTeaching) {
    }

    private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private DossierContribution() {
    }

    static Map<CellKey, Long> of(DossierRow dossier, List<StageRow> stages, List<FollowUpRow> followUps) {
        Map<CellKey, Long> cells = new HashMap<>();
        Cells of = new Cells(dossier, cells);
        of.once(Measure.CANDIDATE, "", "", "", 0);
        of.once(Measure.CURRENT, dossier.status(), dossier.currentStage(), "", 0);
        for (StageRow row : stages) {
            of.once(Measure.STAGE, row.stage(), text(row.outcome()), text(row.avoidable()), 0);
            if ("UITGEVALLEN".equals(row.outcome())) {
                of.once(Measure.REASON, row.stage(), text(row.reason()), "", 0);
            }
            if (("DOORGESTROOMD".equals(row.outcome()) || "AFGEROND".equals(row.outcome())) && row.leftAt() != null) {
                // Whole days: the table shows days, and a bounded number of distinct values keeps the cells few.
                long seconds = Duration.between(row.enteredAt(), row.leftAt()).getSeconds();
                of.add(Measure.LEAD_TIME, row.stage(), "", "", Math.toIntExact(Math.floorDiv(seconds, SECONDS_PER_DAY)));
            }
        }
        if (dossier.appointed()) {
            of.once(Measure.APPOINTED, text(dossier.bestuur()), text(dossier.fundingStream()), dossier.status(), 0);
        }
        for (FollowUpRow followUp : followUps) {
            of.once(Measure.RETENTION, "", String.valueOf(followUp.stillTeaching()), "", followUp.years());
        }
        return cells;
    }

    /** The cohort quarter of a registration, Dutch time ({@link CohortGrid#key}). */
    static int quarter(Instant registeredAt) {
        ZonedDateTime at = registeredAt.atZone(ReportFilter.ZONE);
        return CohortGrid.key(at.getYear(), (at.getMonthValue() - 1) / 3 + 1);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The DETAIL cells of one dossier's characteristics. */
    private record Cells(DossierRow dossier, Map<CellKey, Long> counts) {

        void once(Measure measure, String key1, String key2, String key3, int amount) {
            counts.put(key(measure, key1, key2, key3, amount), 1L);
        }

        void add(Measure measure, String key1, String key2, String key3, int amount) {
            counts.merge(key(measure, key1, key2, key3, amount), 1L, Long::sum);
        }

        private CellKey key(Measure measure, String key1, String key2, String key3, int amount) {
            return new CellKey(Scope.DETAIL, dossier.region(), quarter(dossier.registeredAt()), dossier.sector(),
                    text(dossier.route()), text(dossier.bestuur()), text(dossier.school()),
                    String.valueOf(dossier.diploma()), text(dossier.vak()), measure, key1, key2, key3, amount);
        }
    }
}
