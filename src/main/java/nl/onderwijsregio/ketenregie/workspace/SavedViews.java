package nl.onderwijsregio.ketenregie.workspace;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.FieldRules;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Saved work list views, in the main menu ({@link MainMenu}). A view stores only the work list's
 * own filters, rebuilt from the submitted query, so a saved link always leads to the work list. Views of a
 * user are theirs; shared ones show to everyone of the region (the user's first region, for someone who
 * works in more than one).
 */
@Service
@Transactional
public class SavedViews {

    static final Set<String> FILTERS = Set.of("q", "fase", "sector", "route", "bestuur", "school", "wijk",
            "doelgroep", "termijn", "status", "sorteer");

    private final SavedViewRepository views;
    private final RememberedViews remembered;
    private final Clock clock;

    SavedViews(SavedViewRepository views, RememberedViews remembered, Clock clock) {
        this.views = views;
        this.remembered = remembered;
        this.clock = clock;
    }

    /**
     * For the menu: own views and views shared in the user's regions, by name. Remembered ({@link RememberedViews}):
     * the header of every page shows them. Not in a transaction of its own, so a remembered answer takes no
     * connection from the pool.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    List<SavedView> visibleTo(KetenregieUser user) {
        if (!user.worksOnCases()) {
            return List.of();
        }
        Set<String> regions = user.regions().isEmpty() ? Set.of("") : user.regions();
        return remembered.get(new RememberedViews.Key(user.userId(), regions, ownChangeStamp()),
                () -> views.visibleTo(user.userId(), regions));
    }

    /** The user's own views, for the work list's list of views to delete. */
    List<SavedView> own(KetenregieUser user) {
        return visibleTo(user).stream().filter(view -> view.getOwnerId().equals(user.userId())).toList();
    }

    /** The stamp of the user's last change of their views, from their session (see {@link RememberedViews}). */
    private static String ownChangeStamp() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object stamp = request == null ? null : request.getAttribute(OWN_CHANGE, RequestAttributes.SCOPE_SESSION);
        return stamp == null ? "" : stamp.toString();
    }

    /**
     * After the user saved or deleted a view: forgotten on this node once the change is committed (a list read
     * before the commit would otherwise be remembered as current), and on the others for this user's session.
     */
    private void changedBy() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remembered.changed();
            }
        });
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(OWN_CHANGE, UUID.randomUUID().toString(), RequestAttributes.SCOPE_SESSION);
        }
    }

    private static final String OWN_CHANGE = SavedViews.class.getName() + ".ownChange";

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
        SavedView saved = views.save(new SavedView(user.userId(), region, trimmed, filtersOnly(query), shared,
                clock.instant()));
        changedBy();
        return saved;
    }

    /** Deletes the user's own view; false if there is none with this id (someone else's counts as none). */
    boolean delete(KetenregieUser user, Long id) {
        return views.findByIdAndOwnerId(id, user.userId()).map(view -> {
            views.delete(view);
            changedBy();
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
