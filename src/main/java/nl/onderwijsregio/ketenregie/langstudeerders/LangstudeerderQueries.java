package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading langstudeerders, always through {@link LangstudeerderAccess}: the work list, the API and the case page. */
@Service
@Transactional(readOnly = true)
public class LangstudeerderQueries {

    /** The work list's filters; null does not narrow. */
    public record Filters(String lerarenopleiding, String opleiding, nl.onderwijsregio.ketenregie.organisation.Sector sector,
            Obstacle belemmering, Boolean opKoers, LangstudeerderStatus status, String q) {
    }

    private final Langstudeerders students;

    LangstudeerderQueries(Langstudeerders students) {
        this.students = students;
    }

    /** Whether the user sees any langstudeerders at all (the menu and the work list). */
    public boolean hasScope(KetenregieUser user) {
        return LangstudeerderAccess.scope(user).isPresent();
    }

    public LangstudeerderJson.Page list(KetenregieUser user, Filters filters, int page, int size) {
        LangstudeerderFilter filter = LangstudeerderAccess.scope(user)
                .orElseThrow(() -> new AccessDeniedException("Geen toegang tot langstudeerders."))
                .narrowedBy(filters.lerarenopleiding(), blankToNull(filters.opleiding()), filters.sector(),
                        filters.belemmering(), filters.opKoers(), filters.status(), blankToNull(filters.q()));
        List<Langstudeerder> found = students.list(filter, page, size);
        Map<UUID, java.util.Set<Obstacle>> obstacles = students.obstacles(found.stream().map(Langstudeerder::id).toList());
        return new LangstudeerderJson.Page(found.stream().map(s -> LangstudeerderJson.Summary.of(s,
                obstacles.getOrDefault(s.id(), EnumSet.noneOf(Obstacle.class)))).toList(), students.count(filter), page, size);
    }

    public LangstudeerderJson.Detail detail(KetenregieUser user, UUID id) {
        if (!hasScope(user)) {
            throw new AccessDeniedException("Geen toegang tot langstudeerders.");
        }
        Langstudeerder student = visible(user, id)
                .orElseThrow(() -> new ResourceNotFoundException("Langstudeerder niet gevonden."));
        return LangstudeerderJson.Detail.of(student, students.obstacles(id), students.checkins(id), students.history(id));
    }

    private Optional<Langstudeerder> visible(KetenregieUser user, UUID id) {
        return students.get(id).filter(student -> LangstudeerderAccess.canSee(user, student));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
