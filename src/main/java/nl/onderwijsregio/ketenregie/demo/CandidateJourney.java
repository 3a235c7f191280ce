package nl.onderwijsregio.ketenregie.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import nl.onderwijsregio.ketenregie.demo.CohortPlan.PlannedCandidate;
import nl.onderwijsregio.ketenregie.demo.CohortPlan.Withdrawal;
import nl.onderwijsregio.ketenregie.demo.DemoEngine.Staff;
import nl.onderwijsregio.ketenregie.demo.StaffWork.Complete;
import nl.onderwijsregio.ketenregie.demo.StaffWork.Leave;
import nl.onderwijsregio.ketenregie.demo.StaffWork.LookAgain;
import nl.onderwijsregio.ketenregie.demo.StaffWork.Response;
import nl.onderwijsregio.ketenregie.demo.StaffWork.Withdraw;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.identity.Groups;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * One demo candidate's dossier on its way through the real journey. Its next event is whatever comes first:
 * a timer falling due, a staff member picking up an open task, or a life event (withdrawing, moving). A
 * warm handover ends this journey and starts one for the receiving region's dossier.
 */
final class CandidateJourney {

    /** Something that happens to the candidate at a moment; on equal moments timers go first. */
    record Event(Instant at, int precedence, String name, Runnable action) {

        static final Comparator<Event> ORDER = Comparator.comparing(Event::at).thenComparingInt(Event::precedence)
                .thenComparing(Event::name);
    }

    private final PlannedCandidate planned;
    private final Random random;
    private final DemoEngine engine;
    private final DemoStaff staff;
    private final StaffWork work;
    private final String region;
    private UUID dossierId;
    private String processInstanceId;
    private Withdrawal withdrawal;
    private CohortPlan.Move move;
    private CandidateJourney received;

    private final Map<String, Instant> pickUps = new HashMap<>();
    private final Set<String> leftOpen = new HashSet<>();
    private final Set<String> schoolsTried = new HashSet<>();
    private Integer rejectionsToCome;
    private Boolean coachingBehind;
    private Instant waitingForPlaceSince;
    private boolean doubleStaffingExtended;

    CandidateJourney(PlannedCandidate planned, DemoEngine engine, DemoStaff staff, StaffWork work) {
        this(planned, new Random(planned.seed()), engine, staff, work, planned.region());
        this.withdrawal = planned.withdrawal();
        this.move = planned.move();
    }

    private CandidateJourney(PlannedCandidate planned, Random random, DemoEngine engine, DemoStaff staff,
            StaffWork work, String region) {
        this.planned = planned;
        this.random = random;
        this.engine = engine;
        this.staff = staff;
        this.work = work;
        this.region = region;
    }

    /** The first event at or before {@code until}; empty when the candidate waits beyond it or the track ended. */
    Optional<Event> next(Instant until) {
        if (dossierId == null) {
            return Optional.of(new Event(planned.registeredAt(), 0, "aanmelding", this::register))
                    .filter(event -> !event.at().isAfter(until));
        }
        List<Task> tasks = engine.openTasks(dossierId);
        List<Job> timers = engine.timers(processInstanceId);
        if (tasks.isEmpty() && timers.isEmpty()) {
            return Optional.empty();
        }
        return Stream.of(timers.stream().map(this::timerEvent), tasks.stream().flatMap(this::pickUpEvent),
                        lifeEvents())
                .flatMap(events -> events)
                .filter(event -> !event.at().isAfter(until))
                .min(Event.ORDER);
    }

    private void register() {
        dossierId = engine.register(planned.registration());
        processInstanceId = engine.processInstanceOf(dossierId);
    }

    private Event timerEvent(Job timer) {
        return new Event(timer.getDuedate().toInstant(), 0, "timer", () -> engine.fire(timer));
    }

    private Stream<Event> pickUpEvent(Task task) {
        if (leftOpen.contains(task.getId())) {
            return Stream.empty();
        }
        Instant at = pickUps.computeIfAbsent(task.getId(), id -> StaffWork.pickUpMoment(task, random));
        return Stream.of(new Event(at, 1, task.getTaskDefinitionKey(), () -> pickUp(task, at)));
    }

    private Stream<Event> lifeEvents() {
        Stream<Event> stops = withdrawal == null ? Stream.empty()
                : Stream.of(new Event(withdrawal.at(), 2, "stopt", this::stop));
        Stream<Event> moves = move == null ? Stream.empty()
                : Stream.of(new Event(move.at(), 3, "verhuist", this::moveToOtherRegion));
        return Stream.concat(stops, moves);
    }

    /** A staff member opens the task; when no demo user may do it, it stays open. */
    private void pickUp(Task task, Instant now) {
        Optional<Staff> worker = staff.pickUp(task.getAssignee(), engine.candidateGroups(task), region);
        if (worker.isEmpty()) {
            leftOpen.add(task.getId());
            return;
        }
        Response response = work.respond(task, this, now);
        if (response instanceof Complete complete) {
            engine.complete(task, worker.get(), region, complete.variables());
        } else if (response instanceof LookAgain later) {
            if (random.nextDouble() >= StaffWork.DUE_DATE_LEFT_AS_IT_WAS) {
                engine.postpone(task, worker.get(), region, later.at());
            }
            pickUps.put(task.getId(), later.at());
        } else if (response instanceof Leave) {
            leftOpen.add(task.getId());
        } else if (response instanceof Withdraw withdraw) {
            engine.candidateStops(dossierId, withdraw.reason(), withdraw.avoidable(), withdraw.explanation(),
                    ketenregisseur());
        }
    }

    private void stop() {
        engine.candidateStops(dossierId, withdrawal.reason(), withdrawal.avoidable(), withdrawal.explanation(),
                ketenregisseur());
        withdrawal = null;
    }

    private void moveToOtherRegion() {
        received = new CandidateJourney(planned, random, engine, staff, work, move.toRegion());
        received.dossierId = engine.handOver(dossierId, move.toRegion(), move.explanation(), ketenregisseur());
        received.processInstanceId = engine.processInstanceOf(received.dossierId);
        received.withdrawal = withdrawal;
        withdrawal = null;
        move = null;
    }

    private String ketenregisseur() {
        return staff.firstMember(Groups.KETENREGISSEUR, region).orElse("systeem");
    }

    /** The receiving region's journey after a warm handover, once. */
    Optional<CandidateJourney> takeReceived() {
        Optional<CandidateJourney> journeyThere = Optional.ofNullable(received);
        received = null;
        return journeyThere;
    }

    // ---- what the candidate and the staff remember between tasks ----

    PlannedCandidate planned() {
        return planned;
    }

    Random random() {
        return random;
    }

    String region() {
        return region;
    }

    Sector sector() {
        return planned.sector();
    }

    UUID dossierId() {
        return dossierId;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    int rejectionsToCome(IntSupplier draw) {
        if (rejectionsToCome == null) {
            rejectionsToCome = draw.getAsInt();
        }
        return rejectionsToCome;
    }

    void rejected() {
        rejectionsToCome--;
    }

    boolean triedSchool(String school) {
        return schoolsTried.contains(school);
    }

    void tryAt(String school) {
        schoolsTried.add(school);
        waitingForPlaceSince = null;
    }

    Instant waitingForPlaceSince(Instant now) {
        if (waitingForPlaceSince == null) {
            waitingForPlaceSince = now;
        }
        return waitingForPlaceSince;
    }

    boolean coachingBehind(BooleanSupplier draw) {
        if (coachingBehind == null) {
            coachingBehind = draw.getAsBoolean();
        }
        return coachingBehind;
    }

    /** Double staffing is extended at most once. */
    boolean extendDoubleStaffingOnce() {
        boolean first = !doubleStaffingExtended;
        doubleStaffingExtended = true;
        return first;
    }
}
