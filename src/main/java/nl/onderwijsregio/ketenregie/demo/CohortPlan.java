package nl.onderwijsregio.ketenregie.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.onderwijsregio.ketenregie.demo.DemoPeople.Person;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.EducationLevel;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.loket.Registration;

/**
 * Who registers in the demo cohorts, where and when (domain.md, "Figures"): Utrecht Stad two intake years
 * of about 90 (PO 60%, VO 30%, MBO 10%) and Midden Nederland VO/MBO about 45 a year, plus the last thirteen
 * weeks. Also the life events that do not come from a task: withdrawing at some
 * moment, or moving to the other region (a warm handover). Everything is drawn from one seeded random, so
 * the plan is the same on every machine on the same day.
 */
final class CohortPlan {

    static final String UTRECHT = "utrecht-stad";
    static final String MIDDEN_NEDERLAND = "midden-nederland";
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** Candidates who register within [from, until). */
    private record Cohort(String region, LocalDate from, LocalDate until, int size) {
    }

    /**
     * Two intake years and the last thirteen weeks, counted back from {@code today}: whatever day the demo
     * starts on, candidates have just registered and others are at every later stage. Fixed dates would
     * leave the demo (and its tests) without newcomers once the calendar passed them.
     */
    private static List<Cohort> cohorts(LocalDate today) {
        LocalDate recent = today.minusWeeks(13);
        LocalDate lastYear = recent.minusYears(1);
        LocalDate yearBefore = lastYear.minusYears(1);
        return List.of(
                new Cohort(UTRECHT, yearBefore, lastYear, 90),
                new Cohort(UTRECHT, lastYear, recent, 95),
                new Cohort(UTRECHT, recent, today, 15),
                new Cohort(MIDDEN_NEDERLAND, yearBefore, lastYear, 45),
                new Cohort(MIDDEN_NEDERLAND, lastYear, recent, 48),
                new Cohort(MIDDEN_NEDERLAND, recent, today, 6));
    }

    private static final double FOREIGN_DIPLOMA = 0.08;
    private static final double QUALIFIED_BEFORE = 0.05;
    private static final double WITHDRAWS = 0.025;
    /** Share of VO candidates who move to the other region (both regions have VO schools). */
    private static final double MOVES = 0.06;
    /** Share of candidates who give up after months of waiting for a school with a guidance place. */
    private static final double GIVES_UP_WAITING = 0.07;

    private static final List<DropoutReason> WITHDRAWAL_REASONS = List.of(DropoutReason.ANDERE_BAAN,
            DropoutReason.PERSOONLIJKE_OMSTANDIGHEDEN, DropoutReason.WONEN_REISTIJD, DropoutReason.WERKDRUK,
            DropoutReason.FINANCIEEL);

    /** The candidate stops at {@code at}, whatever stage that is (JourneyCommands.candidateStops). */
    record Withdrawal(Instant at, DropoutReason reason, boolean avoidable) {

        String explanation() {
            return switch (reason) {
                case ANDERE_BAAN -> "Heeft een baan buiten het onderwijs aangenomen.";
                case PERSOONLIJKE_OMSTANDIGHEDEN -> "Stopt vanwege de thuissituatie.";
                case WONEN_REISTIJD -> "De reistijd naar de school is te lang geworden.";
                case WERKDRUK -> "De combinatie van werk, opleiding en gezin is te zwaar.";
                default -> "Kan het salaris tijdens de opleiding niet missen.";
            };
        }
    }

    /** The candidate moves to the other region at {@code at}; the ketenregisseur hands the dossier over. */
    record Move(Instant at, String toRegion) {

        String explanation() {
            return UTRECHT.equals(toRegion) ? "Verhuist naar Utrecht." : "Verhuist naar Amersfoort.";
        }
    }

    /**
     * One demo candidate; {@code seed} starts the random stream of their decisions at tasks. Without a school
     * with a guidance place, they wait {@code patience} before giving up, or keep waiting when it is null.
     */
    record PlannedCandidate(int number, Person person, String region, Sector sector, String vak,
            EducationLevel level, boolean foreignDiploma, boolean qualifiedBefore, Instant registeredAt,
            Withdrawal withdrawal, Move move, Duration patience, long seed) {

        Registration registration() {
            return new Registration(person.voornaam(), person.achternaam(), email(), person.telefoon(), region,
                    sector.name(), vak, person.huidigBeroep(), level.name(), foreignDiploma, true);
        }

        String email() {
            return person.email(number);
        }
    }

    private CohortPlan() {
    }

    /** All planned candidates up to {@code today}, in plan order (not by date). */
    static List<PlannedCandidate> draw(long seed, LocalDate today) {
        Random random = new Random(seed);
        List<PlannedCandidate> candidates = new ArrayList<>();
        for (Cohort cohort : cohorts(today)) {
            for (int i = 0; i < cohort.size(); i++) {
                candidates.add(candidate(candidates.size() + 1, cohort, random));
            }
        }
        // The two candidates of the first demo, whose names show that diacritics survive the whole chain. They
        // registered yesterday, so whatever the draw, the demo has candidates waiting for their intake.
        candidates.add(featured(candidates.size() + 1, DemoPeople.named("Sevda", "Ağaoğlu-Özdemir", "Accountmanager"),
                today.minusDays(1).atTime(10, 14), random));
        candidates.add(featured(candidates.size() + 1, DemoPeople.named("Noë", "van den Berg", "Pedagogisch medewerker"),
                today.minusDays(1).atTime(19, 42), random));
        return candidates;
    }

    private static PlannedCandidate candidate(int number, Cohort cohort, Random random) {
        Sector sector = sector(cohort.region(), random);
        String subject = DemoPeople.subject(random, sector);
        boolean foreignDiploma = random.nextDouble() < FOREIGN_DIPLOMA;
        boolean qualifiedBefore = !foreignDiploma && random.nextDouble() < QUALIFIED_BEFORE;
        Person person = foreignDiploma ? DemoPeople.statushouder(random, sector, subject)
                : DemoPeople.resident(random);
        Instant registeredAt = registrationMoment(cohort, random);
        return new PlannedCandidate(number, person, cohort.region(), sector, subject,
                level(foreignDiploma, qualifiedBefore, random), foreignDiploma, qualifiedBefore, registeredAt,
                withdrawal(registeredAt, random), move(cohort.region(), sector, registeredAt, random),
                patience(random), random.nextLong());
    }

    private static PlannedCandidate featured(int number, Person person, LocalDateTime registered, Random random) {
        return new PlannedCandidate(number, person, UTRECHT, Sector.PO, null, EducationLevel.HBO, false, false,
                registered.atZone(NETHERLANDS).toInstant(), null, null, null, random.nextLong());
    }

    private static Sector sector(String region, Random random) {
        double draw = random.nextDouble();
        if (UTRECHT.equals(region)) {
            return draw < 0.6 ? Sector.PO : draw < 0.9 ? Sector.VO : Sector.MBO;
        }
        return draw < 0.7 ? Sector.VO : Sector.MBO;
    }

    /** Mostly hbo or wo; refugee teachers and former teachers always have a degree. */
    private static EducationLevel level(boolean foreignDiploma, boolean qualifiedBefore, Random random) {
        double draw = random.nextDouble();
        if (foreignDiploma || qualifiedBefore) {
            return draw < 0.6 ? EducationLevel.HBO : EducationLevel.WO;
        }
        return draw < 0.52 ? EducationLevel.HBO : draw < 0.82 ? EducationLevel.WO
                : draw < 0.97 ? EducationLevel.MBO : EducationLevel.ANDERS;
    }

    /** Any day of the intake year; the web form is filled in between seven in the morning and eleven at night. */
    private static Instant registrationMoment(Cohort cohort, Random random) {
        LocalDate day = cohort.from().plusDays(random.nextInt((int) ChronoUnit.DAYS.between(cohort.from(), cohort.until())));
        return day.atTime(7, 0).plusMinutes(random.nextInt(16 * 60)).atZone(NETHERLANDS).toInstant();
    }

    private static Withdrawal withdrawal(Instant registeredAt, Random random) {
        if (random.nextDouble() >= WITHDRAWS) {
            return null;
        }
        return new Withdrawal(registeredAt.plus(30 + random.nextInt(510), ChronoUnit.DAYS),
                DemoPeople.pick(random, WITHDRAWAL_REASONS), random.nextDouble() < 0.4);
    }

    private static Duration patience(Random random) {
        return random.nextDouble() < GIVES_UP_WAITING ? Duration.ofDays(90 + random.nextInt(180)) : null;
    }

    private static Move move(String region, Sector sector, Instant registeredAt, Random random) {
        if (sector != Sector.VO || random.nextDouble() >= MOVES) {
            return null;
        }
        return new Move(registeredAt.plus(20 + random.nextInt(130), ChronoUnit.DAYS),
                UTRECHT.equals(region) ? MIDDEN_NEDERLAND : UTRECHT);
    }
}
