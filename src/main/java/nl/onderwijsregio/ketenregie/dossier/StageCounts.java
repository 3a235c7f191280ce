package nl.onderwijsregio.ketenregie.dossier;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.WorkListFilter;

/**
 * Counts of dossiers per current stage that are kept up to date as dossiers change, so that a work list need not
 * count a region's dossiers on every page (docs/adr/0022). Implemented by the reports' aggregate, which the dossier
 * package does not know otherwise.
 */
public interface StageCounts {

    /**
     * The dossiers of these regions matching the filter, per current stage (the filter's stage ignored), or empty
     * when the counts cannot answer this filter (a text search, a deadline filter): then the caller counts itself.
     */
    Optional<Map<Stage, Long>> perStage(Collection<String> regions, WorkListFilter filter);
}
