package nl.onderwijsregio.ketenregie.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.FundingStream;
import nl.onderwijsregio.ketenregie.dossier.Stage;

/** The raw counts of the funnel report for one cohort quarter, or summed over several. Never leaves the package. */
final class FunnelCounts {

    static final int IN = 0;
    static final int MOVED_ON = 1;
    static final int DROPPED_OUT = 2;
    static final int HANDED_OVER = 3;
    static final int RUNNING = 4;
    static final int AVOIDABLE = 5;
    static final int UNAVOIDABLE = 6;
    static final int STAGE_COLUMNS = 7;

    /** Appointed zij-instromers per bestuur: appointed = running + dropped out + ended otherwise. */
    static final int BESTUUR_COLUMNS = 4;

    /** Retention per follow-up year: asked = still in education + left. */
    static final List<Integer> RETENTION_YEARS = List.of(1, 3, 5);

    final long[][] stages = new long[Stage.values().length][STAGE_COLUMNS];
    final long[][] reasons = new long[Stage.values().length][DropoutReason.values().length];
    long candidates;
    /** Keyed by bestuur code, "" for none; sorted so that every cohort lists them in the same order. */
    final Map<String, long[]> besturen = new TreeMap<>();
    /** Keyed by funding stream name, "" for unknown. */
    final Map<String, Long> streams = new LinkedHashMap<>();
    final Map<Integer, long[]> retention = new TreeMap<>();

    FunnelCounts() {
        for (FundingStream stream : FundingStream.values()) {
            streams.put(stream.name(), 0L);
        }
        streams.put("", 0L);
        for (int years : RETENTION_YEARS) {
            retention.put(years, new long[3]);
        }
    }

    long[] bestuur(String code) {
        return besturen.computeIfAbsent(code, c -> new long[BESTUUR_COLUMNS]);
    }

    void add(FunnelCounts other) {
        for (int s = 0; s < stages.length; s++) {
            for (int c = 0; c < STAGE_COLUMNS; c++) {
                stages[s][c] += other.stages[s][c];
            }
            for (int r = 0; r < reasons[s].length; r++) {
                reasons[s][r] += other.reasons[s][r];
            }
        }
        candidates += other.candidates;
        other.besturen.forEach((code, counts) -> {
            long[] own = bestuur(code);
            for (int i = 0; i < BESTUUR_COLUMNS; i++) {
                own[i] += counts[i];
            }
        });
        other.streams.forEach((stream, n) -> streams.merge(stream, n, Long::sum));
        other.retention.forEach((years, counts) -> {
            long[] own = retention.get(years);
            for (int i = 0; i < 3; i++) {
                own[i] += counts[i];
            }
        });
    }
}
