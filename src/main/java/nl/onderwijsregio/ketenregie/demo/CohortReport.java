package nl.onderwijsregio.ketenregie.demo;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.dossier.Stage;

/**
 * What a generation of the demo cohorts produced. With the same seed and the same day, two generations on
 * empty databases give equal reports except for the duration.
 *
 * @param dossiersPerRegion generated dossiers per region code (handed-over candidates have one in each)
 * @param dossiersPerStatus generated dossiers per status
 * @param runningPerStage running dossiers per current stage
 * @param failedCandidates candidates whose journey stopped on an error (logged as a warning)
 */
record CohortReport(Map<String, Long> dossiersPerRegion, Map<DossierStatus, Long> dossiersPerStatus,
        Map<Stage, Long> runningPerStage, int failedCandidates, Duration duration) {

    long dossiers() {
        return dossiersPerRegion.values().stream().mapToLong(Long::longValue).sum();
    }

    double dropoutShare() {
        return dossiersPerStatus.getOrDefault(DossierStatus.UITGEVALLEN, 0L) / (double) dossiers();
    }

    String summary() {
        return String.format(Locale.ROOT, "Democohorten aangemaakt: %d dossiers in %.1f s (%s; %s; lopend per fase: %s; "
                + "%d kandidaten mislukt)", dossiers(), duration.toMillis() / 1000.0, counts(dossiersPerRegion),
                counts(dossiersPerStatus), counts(runningPerStage), failedCandidates);
    }

    private static String counts(Map<?, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
