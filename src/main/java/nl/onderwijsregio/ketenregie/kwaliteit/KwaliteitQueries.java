package nl.onderwijsregio.ketenregie.kwaliteit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Partnership;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the quality cycles, always through {@link KwaliteitAccess}: what the API and the pages show. */
@Service
@Transactional(readOnly = true)
public class KwaliteitQueries {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    /** How many rounds and reviews the overview lists (the newest). */
    private static final int LATEST = 5;

    private final MonitorRounds rounds;
    private final PeerReviews reviews;
    private final CycleHistory history;
    private final QualityFramework framework;
    private final OrganisationService organisations;
    private final KwaliteitTaken taken;
    private final Clock clock;

    KwaliteitQueries(MonitorRounds rounds, PeerReviews reviews, CycleHistory history, QualityFramework framework,
            OrganisationService organisations, KwaliteitTaken taken, Clock clock) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.history = history;
        this.framework = framework;
        this.organisations = organisations;
        this.taken = taken;
        this.clock = clock;
    }

    /** Partnerships of the user's regions (all for an administrator). */
    public KwaliteitJson.PartnershipPage partnerships(KetenregieUser user) {
        List<KwaliteitJson.PartnershipSummary> items = organisations.partnerships(null).stream()
                .filter(p -> KwaliteitAccess.administers(user) || user.regions().contains(p.regionCode()))
                .map(KwaliteitJson.PartnershipSummary::of).toList();
        return new KwaliteitJson.PartnershipPage(items, items.size(), 0, items.size());
    }

    /** A round with the self-evaluations the user may see: all for the region's werkgroep and management, a coordinator only its own. */
    public KwaliteitJson.RoundDetail round(KetenregieUser user, UUID id) {
        MonitorRound round = rounds.get(id).filter(r -> KwaliteitAccess.overseesRegion(user, r.regionCode())
                || (user.regions().contains(r.regionCode()) && !user.partnershipCodes().isEmpty()))
                .orElseThrow(() -> new ResourceNotFoundException("Monitorronde niet gevonden."));
        QualityFramework.Version version = framework.version(round.frameworkVersion()).orElseThrow();
        Map<String, String> names = partnershipNames();
        List<KwaliteitJson.Evaluation> evaluations = rounds.evaluations(id).stream()
                .filter(e -> KwaliteitAccess.seesEvaluation(user, round.regionCode(), e.partnershipCode()))
                .map(e -> new KwaliteitJson.Evaluation(e.partnershipCode(), names.get(e.partnershipCode()), e.status(),
                        e.status().label(), averages(version, e.scores()), e.scores(), e.evidence(), e.strengths(),
                        e.improvements(), e.questions(), e.submittedAt()))
                .toList();
        return new KwaliteitJson.RoundDetail(round.id(), round.regionCode(), round.year(), round.frameworkVersion(),
                round.status(), round.status().label(), KwaliteitAccess.overseesRegion(user, round.regionCode())
                        ? round.summary() : null, round.openedBy(), round.openedAt(), round.closedAt(),
                version.standards().stream().map(s -> new KwaliteitJson.StandardName(s.code(), s.name())).toList(),
                evaluations, KwaliteitJson.TimelineEntry.of(history.of(id)));
    }

    public KwaliteitJson.ReviewDetail review(KetenregieUser user, UUID id) {
        PeerReview review = visibleReview(user, id);
        QualityFramework.Version version = framework.version(review.frameworkVersion()).orElseThrow();
        Map<String, String> findings = reviews.findings(id);
        LocalDate today = today();
        return new KwaliteitJson.ReviewDetail(review.id(), review.regionCode(), review.frameworkVersion(), review.status(),
                review.status().label(), review.roundId(), review.freeSection(), review.visitDate(),
                review.reportDeadline(), taken.dueDate(),
                reviews.panel(id).stream().map(m -> new KwaliteitJson.PanelMemberJson(m.id(), m.name(), m.role(),
                        m.origin(), m.organisation(), m.invitedAt() != null, m.guestExpiresAt())).toList(),
                version.standards().stream().filter(s -> findings.containsKey(s.code()))
                        .map(s -> new KwaliteitJson.Finding(s.code(), s.name(), findings.get(s.code()))).toList(),
                review.recommendations(),
                reviews.actions(id).stream().map(a -> action(a, today)).toList(),
                review.conclusion(), review.startedAt(), review.closedAt(), KwaliteitJson.TimelineEntry.of(history.of(id)));
    }

    public List<QualityFramework.Standard> standards(int frameworkVersion) {
        return framework.version(frameworkVersion).orElseThrow().standards();
    }

    PeerReview visibleReview(KetenregieUser user, UUID id) {
        return reviews.get(id).filter(r -> KwaliteitAccess.seesReview(user, r))
                .orElseThrow(() -> new ResourceNotFoundException("Peer review niet gevonden."));
    }

    /** One region's overview: the heat map of the latest closed round with its trend, actions and reviews. */
    public Optional<Overview> overview(KetenregieUser user, String region) {
        if (!KwaliteitAccess.overseesRegion(user, region)) {
            return Optional.empty();
        }
        List<MonitorRound> closed = rounds.latestClosed(region, 2);
        List<PeerReview> regionReviews = reviews.ofRegions(List.of(region), LATEST);
        LocalDate today = today();
        List<KwaliteitJson.Action> open = reviews.openActions(List.of(region)).stream().map(a -> action(a, today)).toList();
        return Optional.of(new Overview(region, organisations.region(region).map(r -> r.getName()).orElse(region),
                closed.isEmpty() ? null : heatMap(region, closed), rounds.ofRegions(List.of(region), LATEST), regionReviews, open,
                taken.dueDate(), KwaliteitAccess.runs(user, region)));
    }

    /** What /kwaliteit shows of one region. */
    public record Overview(String region, String regionName, HeatMap heatMap, List<MonitorRound> rounds,
            List<PeerReview> reviews, List<KwaliteitJson.Action> openActions, LocalDate reviewDue, boolean mayStart) {

        public long overdue() {
            return openActions.stream().filter(KwaliteitJson.Action::verlopen).count();
        }
    }

    public record HeatMap(MonitorRound round, MonitorRound previous, List<QualityFramework.Standard> standards,
            List<Row> rows) {
    }

    public record Row(String partnership, String name, List<Cell> cells) {
    }

    /** An average score 1–4 of a standard, and how it moved since the previous round (null: not comparable). */
    public record Cell(BigDecimal average, BigDecimal change) {

        public String trend() {
            if (average == null || change == null) {
                return "";
            }
            return change.signum() > 0 ? "↑" : change.signum() < 0 ? "↓" : "=";
        }

        /** 1 (weak) to 4 (strong), for the colour of the cell. */
        public int level() {
            return average == null ? 0 : average.setScale(0, RoundingMode.HALF_UP).intValue();
        }
    }

    private HeatMap heatMap(String region, List<MonitorRound> closed) {
        MonitorRound latest = closed.get(0);
        MonitorRound previous = closed.size() > 1 ? closed.get(1) : null;
        QualityFramework.Version version = framework.version(latest.frameworkVersion()).orElseThrow();
        Map<String, Map<String, BigDecimal>> now = averagesPerPartnership(latest);
        Map<String, Map<String, BigDecimal>> before = previous == null ? Map.of() : averagesPerPartnership(previous);
        Map<String, String> names = partnershipNames();
        List<Row> rows = now.keySet().stream().sorted().map(partnership -> new Row(partnership, names.get(partnership),
                version.standards().stream().map(standard -> {
                    BigDecimal average = now.get(partnership).get(standard.code());
                    BigDecimal earlier = before.getOrDefault(partnership, Map.of()).get(standard.code());
                    return new Cell(average, average == null || earlier == null ? null : average.subtract(earlier));
                }).toList())).toList();
        return new HeatMap(latest, previous, version.standards(), rows);
    }

    private Map<String, Map<String, BigDecimal>> averagesPerPartnership(MonitorRound round) {
        QualityFramework.Version version = framework.version(round.frameworkVersion()).orElseThrow();
        return rounds.evaluations(round.id()).stream().collect(Collectors.toMap(SelfEvaluation::partnershipCode,
                e -> averages(version, e.scores()), (a, b) -> a, LinkedHashMap::new));
    }

    static Map<String, BigDecimal> averages(QualityFramework.Version version, Map<String, Integer> scores) {
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        for (QualityFramework.Standard standard : version.standards()) {
            List<Integer> given = standard.criteria().stream().map(c -> scores.get(c.code())).filter(s -> s != null).toList();
            if (!given.isEmpty()) {
                averages.put(standard.code(), BigDecimal.valueOf(given.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP));
            }
        }
        return averages;
    }

    private static KwaliteitJson.Action action(ImprovementAction a, LocalDate today) {
        return new KwaliteitJson.Action(a.id(), a.partnershipCode(), a.standardCode(), a.description(), a.deadline(),
                a.status(), a.status().label(), a.overdue(today), a.progress());
    }

    private Map<String, String> partnershipNames() {
        return organisations.partnerships(null).stream().collect(Collectors.toMap(Partnership::code, Partnership::name));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }
}
