package nl.onderwijsregio.ketenregie.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading dossiers, always within what the user may see. */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    private final DossierRepository dossiers;
    private final StageTransitionRepository transitions;
    private final DossierNoteRepository notes;

    DossierQueries(DossierRepository dossiers, StageTransitionRepository transitions, DossierNoteRepository notes) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.notes = notes;
    }

    /** A page of visible dossiers, newest registration first; {@code text} matches name or email. */
    public Page<Dossier> search(KetenregieUser user, String text, Stage stage, int page, int size) {
        Specification<Dossier> filter = DossierAccess.visibleTo(user);
        if (text != null && !text.isBlank()) {
            filter = filter.and(nameOrEmailContains(text.trim()));
        }
        if (stage != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("currentStage"), stage));
        }
        return dossiers.findAll(filter, PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("id"))));
    }

    /** The dossier if it exists and the user may see it; otherwise empty, without saying which. */
    public Optional<Dossier> find(KetenregieUser user, UUID id) {
        Specification<Dossier> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return dossiers.findOne(DossierAccess.visibleTo(user).and(byId));
    }

    /** All dossiers, for housekeeping only; never shown to a user. */
    public long count() {
        return dossiers.count();
    }

    public List<StageTransition> timeline(UUID dossierId) {
        return transitions.findByDossierIdOrderByEnteredAtAscIdAsc(dossierId);
    }

    public List<DossierNote> notes(UUID dossierId) {
        return notes.findByDossierIdOrderByCreatedAtAscIdAsc(dossierId);
    }

    private static Specification<Dossier> nameOrEmailContains(String text) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        return (root, query, cb) -> cb.or(
                cb.like(cb.lower(cb.concat(cb.concat(root.get("voornaam"), " "), root.get("achternaam"))), pattern, '\\'),
                cb.like(cb.lower(root.get("email")), pattern, '\\'));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
