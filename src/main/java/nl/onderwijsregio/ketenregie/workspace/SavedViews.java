package nl.onderwijsregio.ketenregie.workspace;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.FieldRules;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Saved work list views, in the menu as {@code @opgeslagenWeergaven}. A view stores only the work list's
 * own filters, rebuilt from the submitted query, so a saved link always leads to the work list. Views of a
 * user are theirs; shared ones show to everyone of the region (the user's first region, for someone who
 * works in more than one).
 */
@Service("opgeslagenWeergaven")
@Transactional
public class SavedViews {

    static final Set<String> FILTERS = Set.of("q", "fase", "sector", "route", "bestuur", "school", "wijk",
            "doelgroep", "termijn", "status", "sorteer");

    private final SavedViewRepository views;
    private final Clock clock;

    SavedViews(SavedViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    /**
     * For the menu: own views and views shared in the user's regions, by name. Read once per request: the
     * page header and the work list both show them.
     */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<SavedView> voor(Object principal) {
        if (!(principal instanceof KetenregieUser user) || !user.worksOnCases()) {
            return List.of();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object read = request == null ? null : request.getAttribute(READ_IN_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (read != null) {
            return (List<SavedView>) read;
        }
        List<SavedView> visible = views.visibleTo(user.userId(), user.regions().isEmpty() ? Set.of("") : user.regions());
        if (request != null) {
            request.setAttribute(READ_IN_REQUEST, visible, RequestAttributes.SCOPE_REQUEST);
        }
        return visible;
    }

    private static final String READ_IN_REQUEST = SavedViews.class.getName() + ".voor";

    SavedView save(KetenregieUser user, String name, String query, boolean shared) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidRequestException("naam", "Geef de weergave een naam.");
        }
        if (trimmed.length() > 80 || !trimmed.matches(FieldRules.TEXT)) {
            throw new InvalidRequestException("naam", "Gebruik voor de naam hoogstens 80 tekens gewone tekst.");
        }
        if (views.existsByOwnerIdAndName(user.userId(), trimmed)) {
            throw new InvalidRequestException("naam", "Je hebt al een weergave met deze naam.");
        }
        String region = user.regions().stream().sorted().findFirst()
                .orElseThrow(() -> new InvalidRequestException("naam", "Je hoort bij geen onderwijsregio."));
        return views.save(new SavedView(user.userId(), region, trimmed, filtersOnly(query), shared, clock.instant()));
    }

    /** Deletes the user's own view; false if there is none with this id (someone else's counts as none). */
    boolean delete(KetenregieUser user, Long id) {
        return views.findByIdAndOwnerId(id, user.userId()).map(view -> {
            views.delete(view);
            return true;
        }).orElse(false);
    }

    /** The work list filters of a query string, in a fixed order, without paging or anything else. */
    static String filtersOnly(String query) {
        MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("/dossiers?" + (query == null ? "" : query))
                .build().getQueryParams();
        UriComponentsBuilder clean = UriComponentsBuilder.newInstance();
        FILTERS.stream().sorted().forEach(key -> {
            String value = params.getFirst(key);
            if (value != null && !value.isBlank() && value.length() <= 200) {
                clean.queryParam(key, URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        });
        String built = clean.encode().build().getQuery();
        return built == null ? "" : built;
    }
}
