package nl.onderwijsregio.ketenregie.workspace;

import nl.onderwijsregio.ketenregie.web.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.WorkListFilter;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.WorkListOrder;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.dossier.Route;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.Bestuur;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.School;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unbescape.uri.UriEscape;

/**
 * The work list of a case worker: filtered, paged dossiers of their scope with counts per stage, the
 * earliest deadline per dossier and, for schoolopleiders, coaching hours. A page costs a fixed number of
 * queries on one connection: organisations, dossiers, counts per stage (which give the total), coaching hours, one
 * query of the engine's tables for open tasks and deadlines, and one for the names of who holds them (remembered).
 */
@Service
class WorkList {

    /** The filters as they appear in the URL (all optional, as typed by the user). */
    record Criteria(String q, String fase, String sector, String route, String bestuur, String school, String wijk,
            String doelgroep, String termijn, String status, String sorteer, Integer pagina) {

        Criteria {
            q = Text.blankToNull(q);
            fase = Text.blankToNull(fase);
            sector = Text.blankToNull(sector);
            route = Text.blankToNull(route);
            bestuur = Text.blankToNull(bestuur);
            school = Text.blankToNull(school);
            wijk = Text.blankToNull(wijk);
            doelgroep = Text.blankToNull(doelgroep);
            termijn = Text.blankToNull(termijn);
            status = Text.blankToNull(status);
            sorteer = Text.blankToNull(sorteer);
            pagina = pagina == null || pagina < 0 ? 0 : pagina;
        }

        boolean hasFilter() {
            return q != null || fase != null || sector != null || route != null || bestuur != null || school != null
                    || wijk != null || doelgroep != null || termijn != null || status != null;
        }

        /**
         * The work list with these filters but the given stage, and the given page (null: none), as the stage links
         * and the pager lead there. Written out once per link here rather than as eleven parameters of a template
         * link expression, each evaluated by SpEL (interpreted) for each stage and both pager links. The same query
         * string as that expression gave: every filter in this order, an absent one empty, escaped as Thymeleaf
         * escapes link parameters (unbescape).
         */
        String link(String stage, Integer page) {
            StringJoiner query = new StringJoiner("&", "/dossiers?", "");
            List<String> values = Arrays.asList(q, stage, sector, route, bestuur, school, wijk, doelgroep, termijn,
                    status, sorteer);
            for (int i = 0; i < LINK_PARAMETERS.size(); i++) {
                String value = values.get(i);
                query.add(LINK_PARAMETERS.get(i) + "=" + UriEscape.escapeUriQueryParam(value == null ? "" : value));
            }
            if (page != null) {
                query.add("pagina=" + page);
            }
            return query.toString();
        }

        private static final List<String> LINK_PARAMETERS = List.of("q", "fase", "sector", "route", "bestuur",
                "school", "wijk", "doelgroep", "termijn", "status", "sorteer");
    }

    /** A stage above the list: how many dossiers match the other filters in it, and the list of that stage. */
    record StageCount(Stage fase, Long aantal, String link, boolean gekozen) {
    }

    /**
     * A row of the list with what its cells show written out, so the template reads one property per cell instead of
     * a path through the dossier (every step a SpEL property read, interpreted, in every cell of every row). {@code
     * status} is null for an open dossier, {@code termijn} null without an open task with a due date.
     */
    record Row(Dossier dossier, String id, String naam, boolean statushouder, String nummer, String email, String fase,
            String status, Sector sector, String route, String bestuur, String school, String aangemeld,
            List<TaskDeadlines.OpenTask> openTaken, Termijn termijn, BigDecimal begeleidingsuren,
            int begeleidingProcent) {

        static Row of(Dossier dossier, String bestuur, String school, List<TaskDeadlines.OpenTask> tasks,
                BigDecimal hours, int percent) {
            TaskDeadlines.Deadline deadline = TaskDeadlines.earliest(tasks);
            return new Row(dossier, dossier.getId().toString(), dossier.getVoornaam() + " " + dossier.getAchternaam(),
                    dossier.isBuitenlandsDiploma(), dossier.getDossierNumber(), dossier.getEmail(),
                    dossier.getCurrentStage().label(),
                    dossier.isOpen() ? null : dossier.getStatus().name().toLowerCase(Locale.ROOT), dossier.getSector(),
                    dossier.getRoute() != null ? dossier.getRoute().label() : "route nog niet gekozen",
                    bestuur == null ? "—" : bestuur, school == null ? "" : school,
                    DateDisplay.day(dossier.getRegisteredAt()), tasks, deadline == null ? null : Termijn.of(deadline),
                    hours, percent);
        }
    }

    /** The earliest deadline of a row as shown: its style, date and urgency. */
    record Termijn(String klasse, String datum, String label) {

        static Termijn of(TaskDeadlines.Deadline deadline) {
            return new Termijn("deadline-" + deadline.urgency().name().toLowerCase(Locale.ROOT),
                    DateDisplay.day(deadline.due()), deadline.urgency().label());
        }
    }

    /** The list; {@code vorige} and {@code volgende} lead to the pages before and after it (null: none). */
    record View(String titel, boolean schoolopleiderWeergave, List<Row> rows, long total, int page, int pages,
            List<StageCount> fasen, String vorige, String volgende, List<String> ongeldig, int streefuren) {
    }

    private final DossierQueries queries;
    private final OrganisationService organisations;
    private final TaskDeadlines deadlines;
    private final WorkspaceSettings settings;
    private final Clock clock;

    WorkList(DossierQueries queries, OrganisationService organisations, TaskDeadlines deadlines, WorkspaceSettings settings,
            Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.organisations = organisations;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /** Schoolopleiders see "Mijn zij-instromers": the dossiers of their school, with coaching hours. */
    static boolean schoolopleiderView(KetenregieUser user) {
        return !user.isKetenregisseur() && !user.schoolCodes().isEmpty();
    }

    /** What the page shows: the list and the choices of its filter form. */
    record Screen(View werklijst, Options opties) {
    }

    /**
     * The whole page in one read-only transaction, so its queries (ours and the engine's, which joins the
     * Spring transaction) share one pooled connection instead of taking one each: under load every extra
     * checkout waits in the pool's queue. Organisations are read once for names and filter choices.
     */
    @Transactional(readOnly = true)
    Screen screen(KetenregieUser user, Criteria criteria) {
        List<School> schools = organisations.schools();
        List<Bestuur> besturen = organisations.besturen();
        return new Screen(show(user, criteria, schools, besturen), options(user, schools, besturen));
    }

    private View show(KetenregieUser user, Criteria criteria, List<School> allSchools, List<Bestuur> allBesturen) {
        List<String> invalid = new ArrayList<>();
        Stage stage = parse(Stage.class, criteria.fase(), "fase", invalid);
        Sector sector = parse(Sector.class, criteria.sector(), "sector", invalid);
        Route route = parse(Route.class, criteria.route(), "route", invalid);
        DossierStatus status = "ALLE".equals(criteria.status()) ? null
                : criteria.status() == null ? DossierStatus.LOPEND
                : parse(DossierStatus.class, criteria.status(), "status", invalid);
        Boolean statushouder = criteria.doelgroep() == null ? null : switch (criteria.doelgroep()) {
            case "statushouder" -> Boolean.TRUE;
            case "overig" -> Boolean.FALSE;
            default -> {
                invalid.add("doelgroep");
                yield null;
            }
        };
        Set<String> wijkSchools = criteria.wijk() == null ? null : allSchools.stream()
                .filter(s -> user.regions().contains(s.getRegionCode()) && criteria.wijk().equals(s.getWijk()))
                .map(School::getCode).collect(Collectors.toSet());
        Instant dueBefore = null;
        if (criteria.termijn() != null) {
            switch (criteria.termijn()) {
                case "verlopen" -> dueBefore = clock.instant();
                case "binnenkort" -> dueBefore = clock.instant().plus(Duration.ofDays(settings.binnenkortDagen()));
                default -> invalid.add("termijn");
            }
        }
        WorkListOrder order = parse(WorkListOrder.class, criteria.sorteer(), "sorteer", invalid);
        WorkListFilter filter = new WorkListFilter(criteria.q(), stage, sector, route, criteria.bestuur(),
                criteria.school(), wijkSchools, statushouder, status, dueBefore);

        int size = settings.paginagrootte();
        List<Dossier> page = queries.workListRows(user, filter, order == null ? WorkListOrder.NIEUWSTE : order,
                criteria.pagina(), size);
        // The counts per stage ignore the stage filter, so they hold the total too: no second count of the region.
        Map<Stage, Long> perStage = queries.countPerStage(user, filter);
        long total = stage != null ? perStage.get(stage) : perStage.values().stream().mapToLong(Long::longValue).sum();
        List<UUID> pageIds = page.stream().map(Dossier::getId).toList();
        Map<UUID, List<TaskDeadlines.OpenTask>> open = deadlines.open(pageIds, user.regions());
        boolean schoolView = schoolopleiderView(user);
        Map<UUID, BigDecimal> hours = schoolView ? queries.coachingHoursTotals(pageIds) : Map.of();
        Map<String, String> besturen = allBesturen.stream().collect(Collectors.toMap(Bestuur::getCode, Bestuur::getName));
        Map<String, String> schools = allSchools.stream().collect(Collectors.toMap(School::getCode, School::getName));
        List<Row> rows = page.stream().map(d -> {
            BigDecimal logged = hours.getOrDefault(d.getId(), BigDecimal.ZERO);
            int percent = settings.streefuren() == 0 ? 0
                    : Math.min(100, logged.multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(settings.streefuren()), 0, java.math.RoundingMode.DOWN).intValue());
            List<TaskDeadlines.OpenTask> tasks = open.getOrDefault(d.getId(), List.of());
            return Row.of(d, besturen.get(d.getBestuurCode()), schools.get(d.getSchoolCode()), tasks, logged, percent);
        }).toList();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        List<StageCount> stages = Arrays.stream(Stage.values()).map(s -> new StageCount(s, perStage.get(s),
                criteria.link(s.name(), null), s.name().equals(criteria.fase()))).toList();
        int current = criteria.pagina();
        return new View(schoolView ? "Mijn zij-instromers" : "Werklijst dossiers", schoolView, rows, total,
                current, pages, stages, current > 0 ? criteria.link(criteria.fase(), current - 1) : null,
                current + 1 < pages ? criteria.link(criteria.fase(), current + 1) : null, invalid,
                settings.streefuren());
    }

    /** Choices for the filter form: organisations of the user's regions only. */
    record Options(List<Bestuur> besturen, List<School> scholen, List<String> wijken) {
    }

    private static Options options(KetenregieUser user, List<School> allSchools, List<Bestuur> allBesturen) {
        List<School> schools = allSchools.stream()
                .filter(s -> user.regions().contains(s.getRegionCode()))
                .sorted(java.util.Comparator.comparing(School::getName)).toList();
        List<Bestuur> besturen = allBesturen.stream()
                .filter(b -> user.regions().contains(b.getRegionCode()))
                .sorted(java.util.Comparator.comparing(Bestuur::getName)).toList();
        List<String> wijken = new ArrayList<>(schools.stream().map(School::getWijk).filter(w -> w != null && !w.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)));
        return new Options(besturen, schools, wijken);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<String> invalid) {
        if (value == null) {
            return null;
        }
        Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Function.identity()));
        E result = byName.get(value.toUpperCase(Locale.ROOT));
        if (result == null) {
            invalid.add(field);
        }
        return result;
    }
}
