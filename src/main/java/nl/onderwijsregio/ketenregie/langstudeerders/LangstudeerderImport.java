package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.School;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An institute's list of langstudeerders, all or nothing: a file with any problem stores nothing and answers
 * every problem; a good file adds new students (each with its guidance process), updates the ones it names
 * again (changed credits count as a check-in) and reports open cases it no longer names. Imports of one
 * institute run one after the other (its row is locked), and each is logged.
 */
@Service
public class LangstudeerderImport {

    static final String IMPORT_SOURCE = "IMPORT";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Langstudeerders students;
    private final LangstudeerderProcess process;
    private final LangstudeerderSettings settings;
    private final OrganisationService organisations;
    private final Clock clock;

    LangstudeerderImport(Langstudeerders students, LangstudeerderProcess process, LangstudeerderSettings settings,
            OrganisationService organisations, Clock clock) {
        this.students = students;
        this.process = process;
        this.settings = settings;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The institute the user imports for: the one given, or their only one. */
    public String institute(KetenregieUser user, String opleiding) {
        if (!LangstudeerderAccess.mayImport(user)) {
            throw new AccessDeniedException("Alleen een lerarenopleiding importeert haar langstudeerders.");
        }
        if (opleiding == null || opleiding.isBlank()) {
            if (user.opleidingCodes().size() != 1) {
                throw new InvalidRequestException("opleiding", "Kies voor welke lerarenopleiding u importeert: "
                        + String.join(", ", user.opleidingCodes().stream().sorted().toList()) + ".");
            }
            return user.opleidingCodes().iterator().next();
        }
        if (!user.opleidingCodes().contains(opleiding)) {
            throw new AccessDeniedException("U importeert alleen voor uw eigen lerarenopleiding.");
        }
        return opleiding;
    }

    @Transactional
    public ImportJson.Result importFile(KetenregieUser user, String opleiding, String fileName, byte[] content) {
        String institute = institute(user, opleiding);
        long maxBytes = settings.importeren().maxGrootte().toBytes();
        if (content.length > maxBytes) {
            return ImportJson.Result.refused(List.of(new ImportJson.Problem(null, null, "Het bestand is groter dan "
                    + settings.importeren().maxGrootte().toKilobytes() + " kB. Splits het bestand.")));
        }
        String text = CsvFile.decode(content);
        StudentListCheck.Outcome checked = new StudentListCheck(context(user)).check(CsvFile.parse(text, CsvFile.separator(text)));
        if (!checked.problems().isEmpty()) {
            return ImportJson.Result.refused(checked.problems());
        }
        if (!students.lockInstitute(institute)) {
            throw new InvalidRequestException("opleiding", "Onbekende lerarenopleiding.");
        }
        return store(institute, user.userId(), fileName(fileName), checked.rows());
    }

    private ImportJson.Result store(String institute, String actor, String fileName, List<StudentRow> rows) {
        Instant now = clock.instant();
        Map<String, Langstudeerder> existing = students.ofInstitute(institute);
        List<StudentRow> added = new ArrayList<>();
        Map<UUID, StudentRow> updated = new LinkedHashMap<>();
        Map<Langstudeerder, Integer> newCredits = new LinkedHashMap<>();
        Set<UUID> present = new HashSet<>();
        int unchanged = 0;
        for (StudentRow row : rows) {
            Langstudeerder known = existing.get(row.studentNumber());
            if (known == null) {
                added.add(row);
                continue;
            }
            present.add(known.id());
            if (known.sameAs(row)) {
                unchanged++;
                continue;
            }
            updated.put(known.id(), row);
            if (known.creditsObtained() != row.creditsObtained() && !known.status().isEnd()) {
                newCredits.put(known, row.creditsObtained());
            }
        }
        List<Langstudeerder> missing = existing.values().stream()
                .filter(student -> !present.contains(student.id()) && !student.status().isEnd()).toList();

        students.updateImported(updated, now);
        students.markPresence(present, missing.stream().map(Langstudeerder::id).toList(), now);
        newCredits.forEach((student, credits) -> {
            // Credits from the institute's own records count as a check-in: on track when they went up.
            boolean onTrack = credits > student.creditsObtained();
            int series = students.checkIn(student.id(), credits, onTrack, IMPORT_SOURCE, actor, now);
            // Only guidance that waits for the next check-in hears it (during the intake or steering it waits
            // for a person); the credits are recorded either way.
            if (student.status() == LangstudeerderStatus.BEGELEIDING) {
                process.creditsImported(student, series, actor);
            }
        });
        List<Langstudeerder> created = created(institute, added, now);
        students.insertAll(created);
        created.forEach(student -> process.start(student, actor));
        students.logImport(institute, actor, now, fileName, created.size(), updated.size(), unchanged, missing.size());
        return new ImportJson.Result(created.size(), updated.size(), unchanged,
                missing.stream().map(Langstudeerder::studentNumber).sorted().toList(), List.of());
    }

    private List<Langstudeerder> created(String institute, List<StudentRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int number = students.reserveNumbers(institute, rows.size());
        List<Langstudeerder> created = new ArrayList<>();
        for (StudentRow r : rows) {
            created.add(new Langstudeerder(UUID.randomUUID(), caseNumber(institute, number++), institute, r.studentNumber(),
                    r.firstName(), r.lastName(), r.email(), r.programme(), r.sector(), r.startYear(), r.creditsObtained(),
                    r.creditsRequired(), r.schoolCode(), r.regionCode(), LangstudeerderStatus.INTAKE, null, 0, null, null,
                    null, null, null, null, null, null, now, null, null, null));
        }
        return created;
    }

    /** LS-HU-00042: per institute, never reused. */
    static String caseNumber(String institute, int number) {
        String code = institute.toUpperCase(java.util.Locale.ROOT);
        return "LS-" + (code.length() > 12 ? code.substring(0, 12) : code) + "-" + String.format("%05d", number);
    }

    private StudentListCheck.Context context(KetenregieUser user) {
        Map<String, String> schoolRegions = organisations.schools().stream()
                .collect(Collectors.toMap(School::getCode, School::getRegionCode));
        return new StudentListCheck.Context(user.regions(), schoolRegions, LocalDate.now(clock.withZone(NETHERLANDS)).getYear(),
                settings.importeren().maxRegels());
    }

    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "(zonder naam)";
        }
        String clean = name.replaceAll("[\\p{Cc}<>]", "").strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
