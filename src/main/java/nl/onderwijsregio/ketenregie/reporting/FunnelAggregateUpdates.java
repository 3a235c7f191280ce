package nl.onderwijsregio.ketenregie.reporting;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the dossiers a transaction changes and refreshes the funnel aggregate for them just before it commits,
 * once per dossier however often it changed: in the same transaction as the stage history, so the report never
 * sees one without the other, and on every node alike (docs/adr/0016).
 */
@Component
class FunnelAggregateUpdates {

    private final FunnelAggregate aggregate;
    private final EntityManager entityManager;

    FunnelAggregateUpdates(FunnelAggregate aggregate, EntityManager entityManager) {
        this.aggregate = aggregate;
        this.entityManager = entityManager;
    }

    @EventListener
    void on(DossierChanged event) {
        pending().add(event.dossierId());
    }

    /** This transaction's set; throws when there is no transaction, as a change outside one would be lost. */
    private Set<UUID> pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending) {
                if (pending.refreshed) {
                    throw new IllegalStateException("A dossier changed after the funnel aggregate was refreshed");
                }
                return pending.dossierIds;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending.dossierIds;
    }

    private final class Pending implements TransactionSynchronization {

        private final Set<UUID> dossierIds = new TreeSet<>();
        private boolean refreshed;

        @Override
        public void beforeCommit(boolean readOnly) {
            // The JPA changes of this transaction go to the database first: the refresh reads them with SQL.
            entityManager.flush();
            aggregate.refresh(dossierIds);
            refreshed = true;
        }
    }
}
