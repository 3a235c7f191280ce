package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.organisation.Sector;

/** A langstudeerder of an institute as the tables hold them: the imported data, the plan and the outcome. */
record Langstudeerder(UUID id, String caseNumber, String opleidingCode, String studentNumber, String firstName,
        String lastName, String email, String programme, Sector sector, int startYear, int creditsObtained,
        int creditsRequired, String schoolCode, String regionCode, LangstudeerderStatus status, Boolean onTrack,
        int offTrackStreak, LocalDate targetDate, Integer creditsPerPeriod, String supportMeasures,
        Integer schoolLeaveHours, Boolean schoolTimetable, LocalDate qualifiedOn, String stopReason,
        UUID referredDossierId, Instant importedAt, Instant intakeAt, Instant closedAt, Instant missingSince) {

    /** Whether the imported fields equal those of {@code row}. */
    boolean sameAs(StudentRow row) {
        return firstName.equals(row.firstName()) && lastName.equals(row.lastName()) && email.equals(row.email())
                && programme.equals(row.programme()) && sector == row.sector() && startYear == row.startYear()
                && creditsObtained == row.creditsObtained() && creditsRequired == row.creditsRequired()
                && java.util.Objects.equals(schoolCode, row.schoolCode()) && regionCode.equals(row.regionCode());
    }
}
