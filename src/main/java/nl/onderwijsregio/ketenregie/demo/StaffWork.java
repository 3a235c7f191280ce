package nl.onderwijsregio.ketenregie.demo;

import static java.util.Map.entry;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Route;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity.SchoolWithRoom;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.School;
import org.camunda.bpm.engine.task.Task;

/**
 * What the chain's staff do when they pick up a task of a demo candidate, and how long it takes them: the
 * same variables their Camunda Forms submit. The shares below give the mix of domain.md: about 9% dropout,
 * mostly early; some rejections followed by a rematch; a few negative assessments; longer double staffing
 * for some. Decisions are drawn from the candidate's own random stream when the task is picked up.
 */
final class StaffWork {

    private static final double STOPS_AFTER_ORIENTATION = 0.03;
    private static final double OVERRIDES_ADVICE = 0.04;
    private static final double NO_GO_AFTER_VLIEGENDE_START = 0.02;
    private static final double NEGATIVE_ASSESSMENT = 0.05;
    private static final double ALTERNATIVE_AFTER_NEGATIVE = 0.5;
    private static final double STOPS_IN_DOUBLE_STAFFING = 0.02;
    private static final double EXTENDS_DOUBLE_STAFFING = 0.1;
    private static final double INSUFFICIENT_YEAR_ONE = 0.03;
    private static final double COACHING_BEHIND = 0.12;

    /**
     * Share of looks at a task that cannot be done yet (no school with a free place) after which the staff
     * member leaves the due date as it was instead of moving it to the next look. Waiting tasks are most of
     * the open tasks, so this keeps about 10% of them overdue (DemoCohortsTest), as on a real working day;
     * moving none would leave every waiting candidate's task overdue for months.
     */
    static final double DUE_DATE_LEFT_AS_IT_WAS = 0.11;

    /** Days until someone picks up a task; a share is picked up late (after the due date). */
    private record Pace(int fromDays, int toDays, double lateShare, int lateToDays) {
    }

    private static final Pace PROMPTLY = new Pace(0, 3, 0, 0);
    private static final Map<String, Pace> PACE = Map.ofEntries(
            entry("Task_IntakeGesprek", new Pace(2, 9, 0.15, 20)),
            entry("Task_TrajectadviesVaststellen", new Pace(1, 4, 0.1, 9)),
            entry("Task_VliegendeStartPlannen", new Pace(2, 8, 0.1, 14)),
            entry("Task_VliegendeStartAfronden", new Pace(21, 40, 0.1, 50)),
            entry("Task_MatchVoorstellen", new Pace(3, 9, 0.15, 18)),
            entry("Task_Sollicitatieprocedure", new Pace(7, 20, 0.1, 30)),
            entry("Task_Geschiktheidsonderzoek", new Pace(14, 28, 0.1, 40)),
            entry("Task_AanstellingRegelen", new Pace(5, 18, 0.1, 28)),
            entry("Task_DubbeleBezettingEvalueren", new Pace(3, 12, 0.1, 20)),
            entry("Task_Begeleidingsuren", new Pace(1, 12, 0.1, 25)),
            entry("Task_BeoordelingJaar1", new Pace(3, 12, 0.1, 20)),
            entry("Task_BevoegdheidBevestigen", new Pace(14, 50, 0.1, 70)),
            entry("Task_InductieStarten", new Pace(3, 12, 0.1, 20)),
            entry("Task_InductieAfsluiten", new Pace(3, 12, 0.1, 20)),
            entry("Task_BehoudNavragen1", new Pace(5, 25, 0.1, 40)),
            entry("Task_BehoudNavragen3", new Pace(5, 25, 0.1, 40)),
            entry("Task_BehoudNavragen5", new Pace(5, 25, 0.1, 40)));

    /** Another route with a reason, for the advices a ketenregisseur sometimes departs from. */
    private record Deviation(Route route, String reason) {
    }

    private static final Map<Route, Deviation> DEVIATIONS = Map.of(
            Route.PO_ZIJINSTROOM, new Deviation(Route.DEELTIJD_PABO, "KANDIDAAT_VOORKEUR"),
            Route.ZIB_VO, new Deviation(Route.HYBRIDE_DOCENT, "KANDIDAAT_VOORKEUR"),
            Route.ZIB_MBO, new Deviation(Route.PDG, "ADVIES_OPLEIDING"),
            Route.STATUSHOUDER, new Deviation(Route.DEELTIJD_LERARENOPLEIDING, "DIPLOMAWAARDERING"));

    /** The route without suitability assessment, after a negative one. */
    private static final Map<Sector, Route> ALTERNATIVE_ROUTES = Map.of(Sector.PO, Route.DEELTIJD_PABO,
            Sector.VO, Route.DEELTIJD_LERARENOPLEIDING, Sector.MBO, Route.PDG);

    private static final List<DropoutReason> EARLY_DROPOUT_REASONS = List.of(DropoutReason.FINANCIEEL,
            DropoutReason.PERSOONLIJKE_OMSTANDIGHEDEN, DropoutReason.ANDERE_BAAN);
    private static final List<String> REJECTION_REASONS = List.of("GEEN_KLIK", "GEEN_KLIK", "VAARDIGHEDEN",
            "KANDIDAAT_ZIET_AF", "GEEN_PLEK", "ANDERS");
    private static final List<String> WORKPLACES = List.of("ZELFDE_SCHOOL", "ZELFDE_SCHOOL", "ZELFDE_SCHOOL",
            "ZELFDE_BESTUUR", "ANDER_BESTUUR_REGIO", "ANDERE_REGIO");

    /** What the staff member does with the task. */
    sealed interface Response {
    }

    /** Completes the task with these form values. */
    record Complete(Map<String, Object> variables) implements Response {
    }

    /** Nothing can be done yet (no school with room); moves the due date and looks at the task again then. */
    record LookAgain(Instant at) implements Response {
    }

    /** Nothing will change for this task in the demo; it stays open. */
    record Leave() implements Response {
    }

    /** The candidate gives up; recorded by the ketenregisseur as a withdrawal. */
    record Withdraw(DropoutReason reason, boolean avoidable, String explanation) implements Response {
    }

    private final DemoEngine engine;
    private final DemoStaff staff;
    private final GuidanceCapacity capacity;
    private final OrganisationService organisations;

    StaffWork(DemoEngine engine, DemoStaff staff, GuidanceCapacity capacity, OrganisationService organisations) {
        this.engine = engine;
        this.staff = staff;
        this.capacity = capacity;
        this.organisations = organisations;
    }

    /** When someone picks up the task: a working day some days after it was created. */
    static Instant pickUpMoment(Task task, Random random) {
        Pace pace = PACE.getOrDefault(task.getTaskDefinitionKey(), PROMPTLY);
        int days = random.nextDouble() < pace.lateShare() ? between(random, pace.toDays() + 1, pace.lateToDays())
                : between(random, pace.fromDays(), pace.toDays());
        return workingMoment(task.getCreateTime().toInstant(), days, random);
    }

    /** During office hours on a weekday, {@code days} after {@code from}, never before it. */
    static Instant workingMoment(Instant from, int days, Random random) {
        ZonedDateTime day = from.atZone(CohortPlan.NETHERLANDS).plusDays(days);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        Instant moment = day.toLocalDate().atTime(8, 30).plusMinutes(random.nextInt(8 * 60))
                .atZone(CohortPlan.NETHERLANDS).toInstant();
        return moment.isAfter(from) ? moment : from.plus(5 + random.nextInt(55), ChronoUnit.MINUTES);
    }

    Response respond(Task task, CandidateJourney candidate, Instant now) {
        Random random = candidate.random();
        String key = task.getTaskDefinitionKey();
        if (key.equals("Task_VerlopenTaakOpvolgen")) {
            // The escalation of an overdue task ("Verlopen taak opvolgen: ..."): the ketenregisseur followed it up.
            return complete("opgevolgd", true);
        }
        return switch (key) {
            case "Task_IntakeGesprek" -> intakeConversation(candidate);
            case "Task_TrajectadviesVaststellen" -> routeDecision(candidate, random);
            case "Task_VliegendeStartPlannen" -> planVliegendeStart(candidate, random, now);
            case "Task_VliegendeStartAfronden" -> concludeVliegendeStart(random);
            case "Task_MatchVoorstellen" -> proposeMatch(candidate, random, now);
            case "Task_Sollicitatieprocedure" -> applicationProcedure(candidate, random);
            case "Task_GeenMatchBesluiten" -> complete("uitkomst", "niet_nu", "onnodig", random.nextBoolean());
            case "Task_Geschiktheidsonderzoek" -> complete("geschiktheid",
                    random.nextDouble() < NEGATIVE_ASSESSMENT ? "negatief" : "positief");
            case "Task_AlternatiefBepalen" -> alternativeAfterNegativeAssessment(candidate, random);
            case "Task_AanstellingRegelen" -> arrangeAppointment(candidate, random, now);
            case "Task_DubbeleBezettingEvalueren" -> evaluateDoubleStaffing(candidate, random);
            case "Task_Begeleidingsuren" -> complete("uren", monthlyCoachingHours(candidate, random));
            case "Task_BeoordelingJaar1" -> assessYearOne(random);
            case "Task_BevoegdheidBevestigen" -> complete("bevoegdOp", today(now).toString());
            case "Task_InductieStarten" -> complete("coachToegewezen", true);
            case "Task_InductieAfsluiten" -> complete("inductieUitkomst", "afgerond");
            case "Task_BehoudNavragen1", "Task_BehoudNavragen3", "Task_BehoudNavragen5" -> followUpRetention(random);
            default -> throw new IllegalStateException("The demo cohorts do not know task " + key);
        };
    }

    private Response intakeConversation(CandidateJourney candidate) {
        Map<String, Object> intake = variables("sector", candidate.sector().name(), "opleidingsniveau",
                candidate.planned().level().name(), "buitenlandsDiploma", candidate.planned().foreignDiploma(),
                "eerderBevoegd", candidate.planned().qualifiedBefore());
        if (candidate.planned().vak() != null) {
            intake.put("vak", candidate.planned().vak());
        }
        return new Complete(intake);
    }

    /** Mostly the advice; sometimes another route with a reason; some stop after orientation ("niet nu"). */
    private Response routeDecision(CandidateJourney candidate, Random random) {
        Route advice = Route.valueOf((String) engine.variable(candidate.processInstanceId(), "routeAdvies"));
        double draw = random.nextDouble();
        if (draw < STOPS_AFTER_ORIENTATION) {
            DropoutReason reason = DemoPeople.pick(random, EARLY_DROPOUT_REASONS);
            return complete("route", advice.name(), "uitkomst", "niet_nu", "uitvalReden", reason.name(), "onnodig",
                    random.nextDouble() < (reason == DropoutReason.FINANCIEEL ? 0.6 : 0.3));
        }
        Map<String, Object> decision = variables("route", advice.name(), "uitkomst", "doorgaan", "opleiding",
                lerarenopleiding(candidate.sector(), random));
        Deviation deviation = DEVIATIONS.get(advice);
        if (deviation != null && draw < STOPS_AFTER_ORIENTATION + OVERRIDES_ADVICE) {
            decision.put("route", deviation.route().name());
            decision.put("afwijkingReden", deviation.reason());
        }
        return new Complete(decision);
    }

    /** The two institutes with a demo user: Marnix Academie or Hogeschool Utrecht for PO, the HU for VO and MBO. */
    private static String lerarenopleiding(Sector sector, Random random) {
        return sector == Sector.PO && random.nextDouble() < 0.6 ? "marnix" : "hu";
    }

    /** Any school of the sector with room hosts the school visits and shadow days. */
    private Response planVliegendeStart(CandidateJourney candidate, Random random, Instant now) {
        List<SchoolWithRoom> schools = capacity.schoolsWithRoom(candidate.region(), candidate.sector());
        if (schools.isEmpty()) {
            return new LookAgain(workingMoment(now, 14, random));
        }
        return complete("vliegendeStartSchool", DemoPeople.pick(random, schools).school().getCode());
    }

    private static Response concludeVliegendeStart(Random random) {
        if (random.nextDouble() < NO_GO_AFTER_VLIEGENDE_START) {
            return complete("vliegendeStartUitkomst", "nogo", "uitvalReden", DemoPeople.pick(random,
                    List.of(DropoutReason.WERKDRUK, DropoutReason.FINANCIEEL, DropoutReason.PERSOONLIJKE_OMSTANDIGHEDEN))
                    .name(), "onnodig", random.nextDouble() < 0.3);
        }
        return complete("vliegendeStartUitkomst", "go");
    }

    /**
     * A round that will end in rejection may go to any school whose bestuur has a demo HR user; the round
     * that leads to an appointment only to a school that also has a demo schoolopleider. Without such a
     * school with a free guidance place the candidate waits, as in reality ("geen plek").
     */
    private Response proposeMatch(CandidateJourney candidate, Random random, Instant now) {
        boolean rejectionComes = rejectionsToCome(candidate, random) > 0;
        Set<String> suitable = organisations.schools().stream()
                .filter(school -> school.getRegionCode().equals(candidate.region())
                        && school.getSector() == candidate.sector())
                .filter(school -> staff.hasMember(Groups.bestuur(school.getBestuurCode()), candidate.region()))
                .filter(school -> rejectionComes
                        || !staff.schoolopleidersOf(school.getCode(), candidate.region()).isEmpty())
                .map(School::getCode)
                .collect(Collectors.toSet());
        List<String> withRoom = capacity.schoolsWithRoom(candidate.region(), candidate.sector()).stream()
                .map(room -> room.school().getCode())
                .filter(suitable::contains)
                .toList();
        if (withRoom.isEmpty()) {
            return waitForPlace(candidate, !suitable.isEmpty(), random, now);
        }
        List<String> notTriedYet = withRoom.stream().filter(school -> !candidate.triedSchool(school)).toList();
        String school = DemoPeople.pick(random, notTriedYet.isEmpty() ? withRoom : notTriedYet);
        candidate.tryAt(school);
        return complete("school", school);
    }

    private static int rejectionsToCome(CandidateJourney candidate, Random random) {
        // 86% get an offer in the first round; three rejections mean no match (the maximum of rounds).
        return candidate.rejectionsToCome(() -> {
            double draw = random.nextDouble();
            return draw < 0.86 ? 0 : draw < 0.95 ? 1 : draw < 0.98 ? 2 : 3;
        });
    }

    /**
     * The ketenregisseur looks again every four weeks while a suitable school is full; where no demo school
     * can ever take the candidate, only their patience ends the wait.
     */
    private static Response waitForPlace(CandidateJourney candidate, boolean placesMayFreeUp, Random random,
            Instant now) {
        Instant since = candidate.waitingForPlaceSince(now);
        Duration patience = candidate.planned().patience();
        Instant givesUp = patience == null ? null : since.plus(patience);
        if (givesUp != null && !givesUp.isAfter(now)) {
            return new Withdraw(DropoutReason.GEEN_MATCH, true,
                    "Er was geen school met een begeleidingsplek; de kandidaat heeft ander werk gevonden.");
        }
        Instant nextLook = placesMayFreeUp ? workingMoment(now, 28, random) : null;
        if (givesUp != null && (nextLook == null || givesUp.isBefore(nextLook))) {
            return new LookAgain(givesUp);
        }
        return nextLook == null ? new Leave() : new LookAgain(nextLook);
    }

    private static Response applicationProcedure(CandidateJourney candidate, Random random) {
        if (rejectionsToCome(candidate, random) > 0) {
            candidate.rejected();
            return complete("gesprekGevoerd", true, "proeflesGegeven", random.nextBoolean(), "sollicitatieUitkomst",
                    "afwijzing", "afwijzingReden", DemoPeople.pick(random, REJECTION_REASONS));
        }
        return complete("gesprekGevoerd", true, "proeflesGegeven", true, "sollicitatieUitkomst", "aanbod");
    }

    private static Response alternativeAfterNegativeAssessment(CandidateJourney candidate, Random random) {
        if (random.nextDouble() < ALTERNATIVE_AFTER_NEGATIVE) {
            return complete("uitkomst", "alternatief", "route", ALTERNATIVE_ROUTES.get(candidate.sector()).name());
        }
        return complete("uitkomst", "niet_nu", "uitvalReden", DropoutReason.NIET_GESCHIKT.name(), "onnodig", false);
    }

    /** HR appoints when the school still has a guidance place (it may have filled since the match). */
    private Response arrangeAppointment(CandidateJourney candidate, Random random, Instant now) {
        String school = (String) engine.variable(candidate.processInstanceId(), "school");
        List<String> schoolopleiders = staff.schoolopleidersOf(school, candidate.region());
        if (capacity.freePlaces(school) <= 0 || schoolopleiders.isEmpty()) {
            return new LookAgain(workingMoment(now, 28, random));
        }
        LocalDate contractStart = contractStart(today(now), random);
        double funding = random.nextDouble();
        String fundingStream = funding < 0.75 ? "SUBSIDIE_ZIJINSTROOM" : funding < 0.9 ? "CONVENANT" : "BESTUUR";
        String subsidy = !fundingStream.equals("SUBSIDIE_ZIJINSTROOM") ? "NIET_VAN_TOEPASSING"
                : random.nextDouble() < 0.7 ? "AANGEVRAAGD" : "TOEGEKEND";
        return complete("contractStart", contractStart.toString(), "schoolopleider",
                DemoPeople.pick(random, schoolopleiders), "financiering", fundingStream, "subsidieStatus", subsidy);
    }

    /**
     * Most zij-instromers start with the school year (1 August) or the second half (1 February); others in
     * the course of the year, on the first of a month. At least three weeks after the appointment.
     */
    private static LocalDate contractStart(LocalDate appointedOn, Random random) {
        LocalDate earliest = appointedOn.plusWeeks(3);
        if (random.nextDouble() < 0.4) {
            return earliest.with(TemporalAdjusters.firstDayOfNextMonth());
        }
        LocalDate august = LocalDate.of(earliest.getYear(), 8, 1);
        LocalDate february = LocalDate.of(earliest.getYear(), 2, 1);
        if (!february.isBefore(earliest)) {
            return february;
        }
        return !august.isBefore(earliest) ? august : february.plusYears(1);
    }

    /** About 320 hours in 40 weeks is 35 a month; some schools fall behind that curve. */
    private static int monthlyCoachingHours(CandidateJourney candidate, Random random) {
        return candidate.coachingBehind(() -> random.nextDouble() < COACHING_BEHIND) ? between(random, 14, 24)
                : between(random, 29, 40);
    }

    private static Response evaluateDoubleStaffing(CandidateJourney candidate, Random random) {
        double draw = random.nextDouble();
        if (draw < STOPS_IN_DOUBLE_STAFFING) {
            return complete("evaluatie", "stoppen", "uitvalReden", DropoutReason.WERKDRUK.name(), "onnodig",
                    random.nextBoolean());
        }
        if (draw < STOPS_IN_DOUBLE_STAFFING + EXTENDS_DOUBLE_STAFFING && candidate.extendDoubleStaffingOnce()) {
            return complete("evaluatie", "verlengen");
        }
        return complete("evaluatie", "zelfstandig");
    }

    private static Response assessYearOne(Random random) {
        if (random.nextDouble() < INSUFFICIENT_YEAR_ONE) {
            return complete("beoordeling", "onvoldoende", "uitvalReden", DropoutReason.OPLEIDING_TE_ZWAAR.name(),
                    "onnodig", random.nextDouble() < 0.3);
        }
        return complete("beoordeling", "voldoende");
    }

    private static Response followUpRetention(Random random) {
        if (random.nextDouble() < 0.9) {
            return complete("nogInOnderwijs", "ja", "werkplek", DemoPeople.pick(random, WORKPLACES));
        }
        return complete("nogInOnderwijs", "nee", "vertrekReden", DemoPeople.pick(random,
                List.of(DropoutReason.WERKDRUK, DropoutReason.ANDERE_BAAN, DropoutReason.FINANCIEEL)).name());
    }

    private static LocalDate today(Instant now) {
        return now.atZone(CohortPlan.NETHERLANDS).toLocalDate();
    }

    private static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static Complete complete(Object... keyValues) {
        return new Complete(variables(keyValues));
    }

    private static Map<String, Object> variables(Object... keyValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        return variables;
    }
}
