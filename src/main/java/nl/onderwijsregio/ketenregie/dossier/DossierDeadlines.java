package nl.onderwijsregio.ketenregie.dossier;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a dossier's earliest open task deadline (column {@code eerste_termijn}), which the work list
 * sorts on. Only the process platform calls this, from the engine's transaction; the entity never writes
 * the column, so saving a dossier cannot overwrite it with a stale value.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DossierDeadlines {

    private final EntityManager entityManager;

    DossierDeadlines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A new open task can only bring the earliest deadline forward. */
    public void taskOpened(UUID dossierId, Instant due) {
        entityManager.createNativeQuery("update dossier set eerste_termijn = :due where id = :id "
                        + "and (eerste_termijn is null or eerste_termijn > :due)")
                .setParameter("due", due).setParameter("id", dossierId).executeUpdate();
    }

    /** After a task ended or its deadline moved: the earliest deadline of the tasks still open (null: none). */
    public void recomputed(UUID dossierId, Instant earliest) {
        entityManager.createNativeQuery("update dossier set eerste_termijn = :due where id = :id")
                .setParameter("due", earliest).setParameter("id", dossierId).executeUpdate();
    }
}
