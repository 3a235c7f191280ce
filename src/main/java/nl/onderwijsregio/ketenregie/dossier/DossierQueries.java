package nl.onderwijsregio.ketenregie.dossier;

import nl.onderwijsregio.ketenregie.organisation.Sector;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading dossiers, always within what the user may see. */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    private final DossierRepository dossiers;
    private final StageTransitionRepository transitions;
    private final DossierNoteRepository notes;
    private final CoachingHoursRepository coachingHours;
    private final EntityManager entityManager;
    private final DossierAccess access;
    private final StageCounts stageCounts;

    DossierQueries(DossierRepository dossiers, StageTransitionRepository transitions, DossierNoteRepository notes,
            CoachingHoursRepository coachingHours, EntityManager entityManager, DossierAccess access,
            StageCounts stageCounts) {
        this.access = access;
        this.stageCounts = stageCounts;
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.notes = notes;
        this.coachingHours = coachingHours;
        this.entityManager = entityManager;
    }

    /**
     * What a work list asks for. Every field is optional (null: no restriction).
     *
     * @param text matches name or email
     * @param schoolCodes the dossier's school is one of these (e.g. the schools of a wijk); empty: none match
     * @param statushouder target group: candidates with a foreign diploma
     * @param dueBefore only dossiers with an open task due before this moment (overdue, or due soon), read
     *        from the mirrored earliest deadline ({@code eerste_termijn}), so the filter stays one indexed query
     *        however many tasks are open
     */
    public record WorkListFilter(String text, Stage stage, Sector sector, Route route, String bestuurCode,
            String schoolCode, Collection<String> schoolCodes, Boolean statushouder, DossierStatus status,
            Instant dueBefore) {

        public WorkListFilter withoutStage() {
            return new WorkListFilter(text, null, sector, route, bestuurCode, schoolCode, schoolCodes, statushouder,
                    status, dueBefore);
        }
    }

    /** How a work list is ordered. */
    public enum WorkListOrder {
        NIEUWSTE(Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("id"))),
        OUDSTE(Sort.by(Sort.Order.asc("registeredAt"), Sort.Order.asc("id"))),
        NAAM(Sort.by(Sort.Order.asc("achternaam"), Sort.Order.asc("voornaam"), Sort.Order.asc("id"))),
        /** Earliest open task deadline first (overdue ones lead), dossiers without a deadline last. */
        TERMIJN(Sort.by(Sort.Order.asc("eersteTermijn"), Sort.Order.asc("registeredAt"), Sort.Order.asc("id")));

        private final Sort sort;

        WorkListOrder(Sort sort) {
            this.sort = sort;
        }
    }

    /**
     * A page of visible dossiers matching the filter, without counting every match: the work list adds up its
     * counts per stage instead, which at national scale do not read the whole region ({@link #countPerStage}).
     */
    public List<Dossier> workListRows(KetenregieUser user, WorkListFilter filter, WorkListOrder order, int page,
            int size) {
        return rows(access.visibleTo(user).and(matching(filter)), order, page, size);
    }

    private List<Dossier> rows(Specification<Dossier> spec, WorkListOrder order, int page, int size) {
        // Spring Data cannot say "nulls last" in a criteria query; Hibernate can. Dossiers without a
        // deadline come last on every database (H2 would put nulls first), matching the index's order.
        HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
        CriteriaQuery<Dossier> query = cb.createQuery(Dossier.class);
        Root<Dossier> root = query.from(Dossier.class);
        List<jakarta.persistence.criteria.Order> orders = order == WorkListOrder.TERMIJN
                ? List.of(cb.asc(root.get("eersteTermijn"), false), cb.asc(root.get("registeredAt")), cb.asc(root.get("id")))
                : QueryUtils.toOrders(order.sort, root, cb);
        query.select(root).where(spec.toPredicate(root, query, cb)).orderBy(orders);
        return entityManager.createQuery(query).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /**
     * How many visible dossiers match the filter, per current stage; the stage in the filter is ignored so the
     * counts show every stage. A ketenregisseur sees whole regions, which the maintained counts answer without
     * reading the region's dossiers; other filters and scopes are counted in one grouped query.
     */
    public Map<Stage, Long> countPerStage(KetenregieUser user, WorkListFilter filter) {
        if (user.isKetenregisseur()) {
            Optional<Map<Stage, Long>> maintained = stageCounts.perStage(user.regions(), filter);
            if (maintained.isPresent()) {
                return maintained.get();
            }
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Dossier> root = query.from(Dossier.class);
        Specification<Dossier> spec = access.visibleTo(user).and(matching(filter.withoutStage()));
        query.multiselect(root.get("currentStage"), cb.count(root))
                .where(spec.toPredicate(root, query, cb))
                .groupBy(root.get("currentStage"));
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            counts.put((Stage) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Coaching hours logged per dossier, for a page of dossiers in one query; missing ids have none. */
    public Map<UUID, BigDecimal> coachingHoursTotals(Collection<UUID> dossierIds) {
        Map<UUID, BigDecimal> totals = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return totals;
        }
        for (Object[] row : coachingHours.totalsFor(dossierIds)) {
            totals.put((UUID) row[0], (BigDecimal) row[1]);
        }
        return totals;
    }

    private static Specification<Dossier> matching(WorkListFilter f) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> all = new java.util.ArrayList<>();
            if (f.text() != null && !f.text().isBlank()) {
                all.add(nameOrEmailContains(f.text().trim()).toPredicate(root, query, cb));
            }
            if (f.stage() != null) {
                all.add(cb.equal(root.get("currentStage"), f.stage()));
            }
            if (f.sector() != null) {
                all.add(cb.equal(root.get("sector"), f.sector()));
            }
            if (f.route() != null) {
                all.add(cb.equal(root.get("route"), f.route()));
            }
            if (f.bestuurCode() != null) {
                all.add(cb.equal(root.get("bestuurCode"), f.bestuurCode()));
            }
            if (f.schoolCode() != null) {
                all.add(cb.equal(root.get("schoolCode"), f.schoolCode()));
            }
            if (f.schoolCodes() != null) {
                all.add(f.schoolCodes().isEmpty() ? cb.disjunction() : root.get("schoolCode").in(f.schoolCodes()));
            }
            if (f.statushouder() != null) {
                all.add(cb.equal(root.get("buitenlandsDiploma"), f.statushouder()));
            }
            if (f.status() != null) {
                all.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.dueBefore() != null) {
                all.add(cb.lessThan(root.get("eersteTermijn"), f.dueBefore()));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /**
     * A page of visible dossiers in the given order, of every status; {@code text} matches name or email. The
     * total comes from the counts per stage, like the work list's.
     */
    public Page<Dossier> search(KetenregieUser user, String text, Stage stage, WorkListOrder order, int page, int size) {
        WorkListFilter filter = new WorkListFilter(text, stage, null, null, null, null, null, null, null, null);
        Map<Stage, Long> perStage = countPerStage(user, filter);
        long total = stage != null ? perStage.get(stage) : perStage.values().stream().mapToLong(Long::longValue).sum();
        return new PageImpl<>(workListRows(user, filter, order, page, size), PageRequest.of(page, size), total);
    }

    /** Running dossiers of the user's scope whose coaching is behind the target, oldest registration first. */
    public List<Dossier> coachingBehind(KetenregieUser user, int limit) {
        Specification<Dossier> behind = (root, query, cb) -> cb.and(cb.isTrue(root.get("coachingBehind")),
                cb.equal(root.get("status"), DossierStatus.LOPEND));
        return dossiers.findAll(access.visibleTo(user).and(behind),
                PageRequest.of(0, limit, WorkListOrder.OUDSTE.sort)).getContent();
    }

    /** How many of the user's visible dossiers registered at or after a moment. */
    public long registeredSince(KetenregieUser user, Instant since) {
        Specification<Dossier> recent = (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("registeredAt"), since);
        return dossiers.count(access.visibleTo(user).and(recent));
    }

    /** Key figures of regions, as counts only (for management): dossiers per status. */
    public Map<DossierStatus, Long> countPerStatus(Collection<String> regions) {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            counts.put(status, 0L);
        }
        if (regions.isEmpty()) {
            return counts;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Dossier> root = query.from(Dossier.class);
        query.multiselect(root.get("status"), cb.count(root)).where(root.get("regionCode").in(regions))
                .groupBy(root.get("status"));
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            counts.put((DossierStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The dossier if it exists and the user may see it; otherwise empty, without saying which. */
    public Optional<Dossier> find(KetenregieUser user, UUID id) {
        Specification<Dossier> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return dossiers.findOne(access.visibleTo(user).and(byId));
    }

    /** All dossiers, for housekeeping only; never shown to a user. */
    public long count() {
        return dossiers.count();
    }

    public List<StageTransition> timeline(UUID dossierId) {
        return transitions.findByDossierIdOrderByEnteredAtAscIdAsc(dossierId);
    }

    /** Coaching hours as a schoolopleider logged them, oldest first. */
    public record LoggedHours(Instant loggedAt, BigDecimal hours, String loggedBy) {
    }

    public List<LoggedHours> coachingHours(UUID dossierId) {
        return coachingHours.findByDossierIdOrderByLoggedAtAscIdAsc(dossierId).stream()
                .map(h -> new LoggedHours(h.getLoggedAt(), h.getHours(), h.getLoggedBy())).toList();
    }

    public List<DossierNote> notes(UUID dossierId) {
        return notes.findByDossierIdOrderByCreatedAtAscIdAsc(dossierId);
    }

    private static Specification<Dossier> nameOrEmailContains(String text) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        return (root, query, cb) -> cb.or(
                cb.like(cb.lower(cb.concat(cb.concat(root.get("voornaam"), " "), root.get("achternaam"))), pattern, '\\'),
                cb.like(cb.lower(root.get("email")), pattern, '\\'),
                cb.like(cb.lower(root.get("dossierNumber")), pattern, '\\'));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
