package nl.onderwijsregio.ketenregie.reporting;

import nl.onderwijsregio.ketenregie.web.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.ketenregie.dossier.Route;
import nl.onderwijsregio.ketenregie.organisation.Sector;

/**
 * The filters of a report as they appear in the URL. Cohort = year, optionally quarter, of registration
 * (Dutch time). Unknown values are refused (400) rather than silently ignored, because a report that
 * quietly ignores a filter shows wrong figures.
 */
record ReportFilter(String regio, Integer jaar, Integer kwartaal, String sector, String route, String bestuur,
        String wijk, String doelgroep, Boolean tekortvak) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    ReportFilter {
        regio = Text.blankToNull(regio);
        sector = Text.blankToNull(sector);
        route = Text.blankToNull(route);
        bestuur = Text.blankToNull(bestuur);
        wijk = Text.blankToNull(wijk);
        doelgroep = Text.blankToNull(doelgroep);
    }

    /** Field names with what is wrong, empty when the filter is valid. */
    Map<String, String> problems(Set<String> allowedRegions) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (regio != null && !allowedRegions.contains(regio)) {
            problems.put("regio", "Kies een van je eigen onderwijsregio's.");
        }
        if (jaar != null && (jaar < 2000 || jaar > 2100)) {
            problems.put("jaar", "Kies een jaar tussen 2000 en 2100.");
        }
        if (kwartaal != null && (kwartaal < 1 || kwartaal > 4 || jaar == null)) {
            problems.put("kwartaal", "Een kwartaal (1 tot en met 4) hoort bij een jaar.");
        }
        if (sector != null && List.of(Sector.values()).stream().noneMatch(s -> s.name().equals(sector))) {
            problems.put("sector", "Onbekende sector.");
        }
        if (route != null && List.of(Route.values()).stream().noneMatch(r -> r.name().equals(route))) {
            problems.put("route", "Onbekende route.");
        }
        if (doelgroep != null && !doelgroep.equals("statushouder") && !doelgroep.equals("overig")) {
            problems.put("doelgroep", "Kies statushouder of overig.");
        }
        return problems;
    }

    List<String> regions(Set<String> allowedRegions) {
        return regio != null ? List.of(regio) : new ArrayList<>(allowedRegions);
    }

    Instant from() {
        if (jaar == null) {
            return null;
        }
        int month = kwartaal == null ? 1 : (kwartaal - 1) * 3 + 1;
        return LocalDate.of(jaar, month, 1).atStartOfDay(ZONE).toInstant();
    }

    Instant until() {
        if (jaar == null) {
            return null;
        }
        LocalDate start = LocalDate.of(jaar, kwartaal == null ? 1 : (kwartaal - 1) * 3 + 1, 1);
        return (kwartaal == null ? start.plusYears(1) : start.plusMonths(3)).atStartOfDay(ZONE).toInstant();
    }

    /** The query string of this filter, for links to CSV exports. */
    String query() {
        StringBuilder q = new StringBuilder();
        append(q, "regio", regio);
        append(q, "jaar", jaar);
        append(q, "kwartaal", kwartaal);
        append(q, "sector", sector);
        append(q, "route", route);
        append(q, "bestuur", bestuur);
        append(q, "wijk", wijk);
        append(q, "doelgroep", doelgroep);
        append(q, "tekortvak", tekortvak);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, Object value) {
        if (value != null) {
            q.append(q.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
