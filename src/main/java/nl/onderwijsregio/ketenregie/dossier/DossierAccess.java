package nl.onderwijsregio.ketenregie.dossier;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Which dossiers a staff member may see: only in their regions, and inside a region all of them for a
 * ketenregisseur, otherwise those of their school, bestuur or institute, on a need-to-know basis: the host
 * school of a Vliegende Start only until it ended plus {@link AccessPeriods#vliegendeStartNawerking()}, and any
 * organisation only until the track ended plus {@link AccessPeriods#naEinde()}. Applied in the query itself,
 * so counts and pages never include what the user may not see.
 */
@Component
class DossierAccess {

    private static final List<Outcome> ENDINGS = List.of(Outcome.UITGEVALLEN, Outcome.OVERGEDRAGEN, Outcome.AFGEROND);

    private final AccessPeriods periods;
    private final Clock clock;

    DossierAccess(AccessPeriods periods, Clock clock) {
        this.periods = periods;
        this.clock = clock;
    }

    Specification<Dossier> visibleTo(KetenregieUser user) {
        Instant now = clock.instant();
        Instant hostSchoolUntil = before(now, periods.vliegendeStartNawerking());
        Instant organisationUntil = before(now, periods.naEinde());
        return (root, query, cb) -> {
            if (user.regions().isEmpty() || !user.worksOnCases()) {
                return cb.disjunction();
            }
            Predicate inRegion = root.get("regionCode").in(user.regions());
            if (user.isKetenregisseur()) {
                return inRegion;
            }
            List<Predicate> organisation = new ArrayList<>();
            if (!user.schoolCodes().isEmpty()) {
                organisation.add(root.get("schoolCode").in(user.schoolCodes()));
                // The host school of a Vliegende Start guides the candidate before any match, and only then.
                organisation.add(cb.and(root.get("vliegendeStartSchoolCode").in(user.schoolCodes()),
                        cb.not(cb.exists(left(root, query, cb, hostSchoolUntil,
                                t -> cb.equal(t.get("stage"), Stage.VLIEGENDE_START))))));
            }
            if (!user.bestuurCodes().isEmpty()) {
                organisation.add(root.get("bestuurCode").in(user.bestuurCodes()));
            }
            if (!user.opleidingCodes().isEmpty()) {
                organisation.add(root.get("opleidingCode").in(user.opleidingCodes()));
            }
            Predicate endedLongAgo = cb.exists(left(root, query, cb, organisationUntil, t -> t.get("outcome").in(ENDINGS)));
            return cb.and(inRegion, cb.or(organisation.toArray(Predicate[]::new)), cb.not(endedLongAgo));
        };
    }

    /** A stage transition of the dossier, matching {@code which}, that was left before {@code until}. */
    private static Subquery<Long> left(Root<Dossier> root, CriteriaQuery<?> query, CriteriaBuilder cb, Instant until,
            java.util.function.Function<Root<StageTransition>, Predicate> which) {
        Subquery<Long> subquery = query.subquery(Long.class);
        Root<StageTransition> t = subquery.from(StageTransition.class);
        return subquery.select(t.get("id")).where(cb.equal(t.get("dossierId"), root.get("id")),
                cb.lessThan(t.get("leftAt"), until), which.apply(t));
    }

    private static Instant before(Instant now, Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }
}
