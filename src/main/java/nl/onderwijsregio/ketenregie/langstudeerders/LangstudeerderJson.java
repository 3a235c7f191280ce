package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.organisation.Sector;

/** The langstudeerders' JSON shapes, with the public API's Dutch field names. */
public final class LangstudeerderJson {

    private LangstudeerderJson() {
    }

    /**
     * One student in a list. {@code lerarenopleiding} is the institute's code, {@code opleiding} the programme;
     * {@code opKoers} is null before the first check-in; {@code ontbreektSinds} is set when the institute's latest
     * list no longer names the student.
     */
    public record Summary(UUID id, String zaaknummer, String lerarenopleiding, String studentnummer, String voornaam,
            String achternaam, String opleiding, Sector sector, String regio, String school, int startjaar,
            int ecBehaald, int ecTotaal, LangstudeerderStatus status, String statusLabel, Boolean opKoers,
            List<Obstacle> belemmeringen, Instant ontbreektSinds) {

        static Summary of(Langstudeerder s, java.util.Set<Obstacle> obstacles) {
            return new Summary(s.id(), s.caseNumber(), s.opleidingCode(), s.studentNumber(), s.firstName(), s.lastName(),
                    s.programme(), s.sector(), s.regionCode(), s.schoolCode(), s.startYear(), s.creditsObtained(),
                    s.creditsRequired(), s.status(), s.status().label(), s.onTrack(), List.copyOf(obstacles),
                    s.missingSince());
        }
    }

    public record Page(List<Summary> items, long total, int page, int size) {
    }

    /** The guidance plan from the intake (or steering), and the school's support. */
    public record Plan(LocalDate streefdatum, Integer ecPerPeriode, List<SupportMeasure> ondersteuning,
            Integer studieverlofUren, Boolean roosterAanpassing) {
    }

    public record Checkin(Instant op, int ecBehaald, boolean opKoers, String bron, String door) {
    }

    public record TimelineEntry(LangstudeerderStatus status, String label, Instant op, String door) {
    }

    public record Detail(UUID id, String zaaknummer, String lerarenopleiding, String studentnummer, String voornaam,
            String achternaam, String email, String opleiding, Sector sector, String regio, String school, int startjaar,
            int ecBehaald, int ecTotaal, LangstudeerderStatus status, String statusLabel, Boolean opKoers,
            int nietOpKoersReeks, List<Obstacle> belemmeringen, Plan plan, LocalDate bevoegdOp, DropoutReason stopReden,
            UUID doorverwezenNaarDossier, Instant geimporteerdOp, Instant intakeOp, Instant afgeslotenOp,
            Instant ontbreektSinds, List<Checkin> checkins, List<TimelineEntry> tijdlijn) {

        static Detail of(Langstudeerder s, java.util.Set<Obstacle> obstacles, List<Langstudeerders.Checkin> checkins,
                List<Langstudeerders.StatusEntry> history) {
            List<SupportMeasure> measures = s.supportMeasures() == null ? List.of()
                    : Arrays.stream(s.supportMeasures().split(",")).map(SupportMeasure::valueOf).toList();
            return new Detail(s.id(), s.caseNumber(), s.opleidingCode(), s.studentNumber(), s.firstName(), s.lastName(),
                    s.email(), s.programme(), s.sector(), s.regionCode(), s.schoolCode(), s.startYear(),
                    s.creditsObtained(), s.creditsRequired(), s.status(), s.status().label(), s.onTrack(),
                    s.offTrackStreak(), List.copyOf(obstacles), new Plan(s.targetDate(), s.creditsPerPeriod(), measures,
                            s.schoolLeaveHours(), s.schoolTimetable()), s.qualifiedOn(),
                    s.stopReason() == null ? null : DropoutReason.valueOf(s.stopReason()),
                    s.referredDossierId(), s.importedAt(), s.intakeAt(), s.closedAt(), s.missingSince(),
                    checkins.stream().map(c -> new Checkin(c.at(), c.creditsObtained(), c.onTrack(), c.source(), c.actor()))
                            .toList(),
                    history.stream().map(h -> new TimelineEntry(h.status(), h.status().label(), h.at(), h.actor())).toList());
        }
    }
}
