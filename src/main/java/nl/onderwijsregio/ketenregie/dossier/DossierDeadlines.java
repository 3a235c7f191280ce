package nl.onderwijsregio.ketenregie.dossier;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
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

    /**
     * After a task ended or its deadline moved: the earliest deadline of the dossier's tasks still open in these
     * processes (null: none), read from the engine's tables in the same statement as the write, regardless of who
     * acts (an engine task query would hide tasks of other groups and regions). One round trip instead of a task
     * query and an update; the engine has flushed its changes to this transaction by the time this runs.
     */
    public void recomputedFromOpenTasks(UUID dossierId, Collection<String> processKeys) {
        entityManager.createNativeQuery("update dossier set eerste_termijn = (select min(t.DUE_DATE_) "
                        + "from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_ "
                        + "join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ "
                        + "where p.BUSINESS_KEY_ = :businessKey and d.KEY_ in (:keys)) where id = :id")
                .setParameter("businessKey", dossierId.toString()).setParameter("keys", processKeys)
                .setParameter("id", dossierId).executeUpdate();
    }
}
