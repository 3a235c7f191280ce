package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.IdentitySetup;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Partnership;
import nl.onderwijsregio.ketenregie.organisation.School;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff start in the quality cycles, for the API and the pages alike: a monitor round or peer review
 * (the werkgroep kwaliteit of the region), panel members and improvement actions of a running review,
 * and partnerships (administrators). The case data and its process start in one transaction.
 */
@Service
@Transactional
public class CycleActions {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final MonitorRounds rounds;
    private final PeerReviews reviews;
    private final QualityFramework framework;
    private final KwaliteitProcess process;
    private final OrganisationService organisations;
    private final IdentitySetup identitySetup;
    private final Clock clock;

    CycleActions(MonitorRounds rounds, PeerReviews reviews, QualityFramework framework, KwaliteitProcess process,
            OrganisationService organisations, IdentitySetup identitySetup, Clock clock) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.framework = framework;
        this.process = process;
        this.organisations = organisations;
        this.identitySetup = identitySetup;
        this.clock = clock;
    }

    /** @return the new round's id */
    public UUID startRound(KetenregieUser user, KwaliteitRequests.Round request) {
        String region = runningRegion(user, request.regio());
        List<String> partnerships = organisations.partnerships(region).stream().map(Partnership::code).toList();
        if (partnerships.isEmpty()) {
            throw new ConflictException("regio", "Deze onderwijsregio heeft nog geen partnerschappen.");
        }
        MonitorRound round = new MonitorRound(UUID.randomUUID(), region, request.jaar(),
                framework.current(today()).version(), CycleStatus.ZELFEVALUATIES, null, user.userId(), clock.instant(), null);
        if (!insert(() -> rounds.insert(round, partnerships))) {
            throw new ConflictException("jaar", "Voor deze regio loopt al een monitorronde " + request.jaar() + ".");
        }
        process.startRound(round, user.userId());
        return round.id();
    }

    /** @return the new review's id */
    public UUID startReview(KetenregieUser user, KwaliteitRequests.Review request) {
        String region = runningRegion(user, request.regio());
        PeerReview review = new PeerReview(UUID.randomUUID(), region, framework.current(today()).version(),
                CycleStatus.VOORBEREIDING, null, null, null, null, null, null, user.userId(), clock.instant(), null);
        if (!insert(() -> reviews.insert(review))) {
            throw new ConflictException("regio", "Voor deze regio loopt al een peer review.");
        }
        process.startReview(review, user.userId());
        return review.id();
    }

    public UUID addPanelMember(KetenregieUser user, UUID reviewId, KwaliteitRequests.PanelMember request) {
        PeerReview review = runningReview(user, reviewId, CycleStatus.PANEL,
                "Panelleden voeg je toe zolang het panel wordt samengesteld.");
        PanelMember member = new PanelMember(UUID.randomUUID(), review.id(), request.naam().trim(),
                request.email().trim().toLowerCase(), request.rol(), request.herkomst(), request.organisatie().trim(),
                null, null, null);
        reviews.addMember(member);
        return member.id();
    }

    public UUID addAction(KetenregieUser user, UUID reviewId, KwaliteitRequests.Action request) {
        PeerReview review = runningReview(user, reviewId, CycleStatus.VERBETERACTIES,
                "Verbeteracties leg je vast na de bevindingen van het panel.");
        if (organisations.partnership(request.eigenaar()).filter(p -> p.regionCode().equals(review.regionCode())).isEmpty()) {
            throw new InvalidRequestException("eigenaar", "Kies een partnerschap uit de regio van de peer review.");
        }
        if (!framework.version(review.frameworkVersion()).orElseThrow().hasStandard(request.standaard())) {
            throw new InvalidRequestException("standaard", "Kies een standaard uit het kwaliteitskader.");
        }
        if (!request.deadline().isAfter(today())) {
            throw new InvalidRequestException("deadline", "De deadline moet in de toekomst liggen.");
        }
        ImprovementAction action = new ImprovementAction(UUID.randomUUID(), review.id(), request.eigenaar(),
                request.standaard(), request.omschrijving().trim(), request.deadline(), ImprovementAction.Status.OPEN,
                null, null, null);
        reviews.addAction(action, review.frameworkVersion());
        return action.id();
    }

    /** Adds or replaces a partnership, with the group of its coordinators. */
    public Partnership savePartnership(KetenregieUser user, String code, KwaliteitRequests.Partnership request) {
        if (!KwaliteitAccess.administers(user)) {
            throw new AccessDeniedException("Alleen een beheerder onderhoudt de partnerschappen.");
        }
        if (code == null || !code.matches("[a-z0-9-]{2,60}")) {
            throw new InvalidRequestException("code", "Gebruik als code 2 tot 60 kleine letters, cijfers of streepjes.");
        }
        if (!organisations.regionExists(request.regio())) {
            throw new InvalidRequestException("regio", "Kies een bestaande onderwijsregio.");
        }
        for (String school : request.scholen()) {
            if (organisations.school(school).map(School::getRegionCode).filter(request.regio()::equals).isEmpty()) {
                throw new InvalidRequestException("scholen", "School " + school + " bestaat niet in deze regio.");
            }
        }
        List<String> known = organisations.opleidingen().stream().map(o -> o.getCode()).toList();
        if (!known.containsAll(request.opleidingen())) {
            throw new InvalidRequestException("opleidingen", "Kies bestaande lerarenopleidingen.");
        }
        Partnership partnership = new Partnership(code, request.naam().trim(), request.regio(), request.sector(),
                request.scholen().stream().distinct().toList(), request.opleidingen().stream().distinct().toList());
        organisations.savePartnership(partnership);
        identitySetup.partnershipGroup(code, partnership.name());
        return partnership;
    }

    private String runningRegion(KetenregieUser user, String region) {
        if (!organisations.regionExists(region)) {
            throw new InvalidRequestException("regio", "Kies een bestaande onderwijsregio.");
        }
        if (!KwaliteitAccess.runs(user, region)) {
            throw new AccessDeniedException("Alleen de werkgroep kwaliteit van de regio start een monitorronde of peer review.");
        }
        return region;
    }

    private PeerReview runningReview(KetenregieUser user, UUID reviewId, CycleStatus status, String otherwise) {
        PeerReview review = reviews.get(reviewId).filter(r -> KwaliteitAccess.seesReview(user, r))
                .orElseThrow(() -> new ResourceNotFoundException("Peer review niet gevonden."));
        if (!KwaliteitAccess.runs(user, review.regionCode())) {
            throw new AccessDeniedException("Alleen de werkgroep kwaliteit van de regio wijzigt de peer review.");
        }
        if (review.status() != status) {
            throw new ConflictException("status", otherwise);
        }
        return review;
    }

    /** The open-key columns refuse a concurrent second start, which then counts as already running. */
    private static boolean insert(java.util.function.BooleanSupplier insert) {
        try {
            return insert.getAsBoolean();
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }
}
