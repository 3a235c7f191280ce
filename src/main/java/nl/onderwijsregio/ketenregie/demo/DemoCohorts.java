package nl.onderwijsregio.ketenregie.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import nl.onderwijsregio.ketenregie.demo.CandidateJourney.Event;
import nl.onderwijsregio.ketenregie.demo.CohortPlan.PlannedCandidate;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo cohorts: about three hundred invented candidates from September 2024 until today, each driven
 * through the real journey: registered at the loket, their tasks completed by the demo users of the chain,
 * timers fired, some withdrawing or moving to the other region. Generated once, on the first start of the
 * demo profile ({@link DemoStart}).
 *
 * <p>Time is simulated: the engine clock (ClockUtil, which our case data reads too, see ClockConfig) is
 * moved to the moment of each event before acting, so stage history, task creation and due dates,
 * coaching hours and timers lie where they would have if the chain had worked in Ketenregie all along.
 * The clock never passes the real now: a candidate whose next step lies in the future waits there, which
 * leaves open tasks, some of them overdue, exactly as on a real working day.
 */
@Component
@Profile("demo")
@Order(1)
class DemoCohorts implements DemoGenerator {

    static final long SEED = 2026;
    private static final Logger log = LoggerFactory.getLogger(DemoCohorts.class);

    private final DemoEngine engine;
    private final IdentityService identityService;
    private final GuidanceCapacity capacity;
    private final OrganisationService organisations;
    private final DossierService dossiers;

    DemoCohorts(DemoEngine engine, IdentityService identityService, GuidanceCapacity capacity,
            OrganisationService organisations, DossierService dossiers) {
        this.engine = engine;
        this.identityService = identityService;
        this.capacity = capacity;
        this.organisations = organisations;
        this.dossiers = dossiers;
    }

    @Override
    public String what() {
        return "democohorten";
    }

    @Override
    public void generateUntilNow() {
        generate(Instant.now());
    }

    /** Generates the cohorts as they stand at {@code until}, which must not lie in the future. */
    CohortReport generate(Instant until) {
        long started = System.nanoTime();
        DemoStaff staff = new DemoStaff(identityService);
        StaffWork work = new StaffWork(engine, staff, capacity, organisations);
        Agenda agenda = new Agenda(until);
        try {
            for (PlannedCandidate candidate : CohortPlan.draw(SEED)) {
                agenda.follow(new CandidateJourney(candidate, engine, staff, work));
            }
            agenda.run();
        } finally {
            ClockUtil.reset();
        }
        CohortReport report = report(agenda, Duration.ofNanos(System.nanoTime() - started));
        log.info(report.summary());
        return report;
    }

    private CohortReport report(Agenda agenda, Duration duration) {
        Map<String, Long> perRegion = new TreeMap<>();
        Map<DossierStatus, Long> perStatus = new EnumMap<>(DossierStatus.class);
        Map<Stage, Long> runningPerStage = new EnumMap<>(Stage.class);
        for (CandidateJourney journey : agenda.journeys) {
            if (journey.dossierId() == null) {
                continue;
            }
            Dossier dossier = dossiers.get(journey.dossierId());
            perRegion.merge(dossier.getRegionCode(), 1L, Long::sum);
            perStatus.merge(dossier.getStatus(), 1L, Long::sum);
            if (dossier.isOpen()) {
                runningPerStage.merge(dossier.getCurrentStage(), 1L, Long::sum);
            }
        }
        return new CohortReport(perRegion, perStatus, runningPerStage, agenda.failedCandidates, duration);
    }

    /** The events of all candidates in time order, so the engine clock only moves forward. */
    private static final class Agenda {

        private record Entry(Event event, long sequence, CandidateJourney journey) {
        }

        private final Instant until;
        private final PriorityQueue<Entry> entries = new PriorityQueue<>(
                Comparator.comparing((Entry entry) -> entry.event().at()).thenComparingLong(Entry::sequence));
        private final List<CandidateJourney> journeys = new ArrayList<>();
        private long sequence;
        private Instant clock = Instant.EPOCH;
        private int failedCandidates;

        Agenda(Instant until) {
            this.until = until;
        }

        void follow(CandidateJourney journey) {
            journeys.add(journey);
            planNext(journey);
        }

        void run() {
            while (!entries.isEmpty()) {
                Entry next = entries.poll();
                moveClockTo(next.event().at());
                try {
                    next.event().action().run();
                } catch (RuntimeException e) {
                    fail(next.journey(), next.event().name(), e);
                    continue;
                }
                next.journey().takeReceived().ifPresent(this::follow);
                planNext(next.journey());
            }
        }

        private void planNext(CandidateJourney journey) {
            try {
                journey.next(until).ifPresent(event -> entries.add(new Entry(event, sequence++, journey)));
            } catch (RuntimeException e) {
                fail(journey, "volgende stap", e);
            }
        }

        private void moveClockTo(Instant moment) {
            if (moment.isAfter(clock)) {
                clock = moment;
            }
            ClockUtil.setCurrentTime(Date.from(clock));
        }

        /** One failing candidate must not cost the demo all others: it stops where it is. */
        private void fail(CandidateJourney journey, String step, RuntimeException e) {
            failedCandidates++;
            log.warn("Democohorten: kandidaat {} ({}) overgeslagen bij '{}': {}", journey.planned().number(),
                    journey.region(), step, e.toString());
        }
    }
}
