package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.ketenregie.dossier.Route;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.School;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The management dashboard {@code /rapportage} and its CSV exports {@code /rapportage/{tabel}.csv}: only
 * aggregates of the user's own regions, for management and ketenregisseurs (also enforced in SecurityConfig).
 */
@Controller
class ReportingController {

    private final FunnelReport report;
    private final OrganisationService organisations;
    private final FundReport fundReport;
    private final LangstudeerderReport langstudeerderReport;

    ReportingController(FunnelReport report, OrganisationService organisations, FundReport fundReport,
            LangstudeerderReport langstudeerderReport) {
        this.langstudeerderReport = langstudeerderReport;
        this.report = report;
        this.organisations = organisations;
        this.fundReport = fundReport;
    }

    @GetMapping("/rapportage")
    String dashboard(@ModelAttribute("filter") ReportFilter filter, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        KetenregieUser user = reader();
        Map<String, String> problems = filter.problems(user.regions());
        model.addAttribute("fouten", problems);
        model.addAttribute("sectoren", Sector.values());
        model.addAttribute("routes", Route.values());
        model.addAttribute("regios", organisations.regions().stream().filter(r -> user.regions().contains(r.getCode())).toList());
        model.addAttribute("besturen", organisations.besturen().stream().filter(b -> user.regions().contains(b.getRegionCode()))
                .sorted(java.util.Comparator.comparing(b -> b.getName())).toList());
        model.addAttribute("wijken", organisations.schools().stream().filter(s -> user.regions().contains(s.getRegionCode()))
                .map(School::getWijk).filter(w -> w != null && !w.isBlank()).distinct().sorted().toList());
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "reporting/rapportage";
        }
        FunnelReport.Result result = report.run(filter, user.regions());
        model.addAttribute("rapport", result);
        model.addAttribute("exportQuery", filter.query());
        model.addAttribute("grafiek", chartData(result));
        model.addAttribute("fonds", fundReport.run(filter.regions(user.regions())));
        model.addAttribute("langstudeerders", langstudeerderReport.run(filter.regions(user.regions())));
        return "reporting/rapportage";
    }

    @GetMapping("/rapportage/{tabel}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String tabel, @ModelAttribute ReportFilter filter) {
        KetenregieUser user = reader();
        Map<String, String> problems = filter.problems(user.regions());
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join(" ", problems.values()));
        }
        FunnelReport.Table table = tabel.startsWith("langstudeerders-")
                ? langstudeerderReport.run(filter.regions(user.regions())).table(tabel)
                : report.run(filter, user.regions()).table(tabel);
        if (table == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Onbekende tabel.");
        }
        return Csv.response(table);
    }

    /**
     * Only shown figures go to the chart. A suppressed percentage is a gap in "uitval" and its mark ("<5" or "x") in
     * "afgeschermd", so that the chart draws a hatched, labelled bar rather than nothing (which would read as 0%);
     * a stage nobody entered is flagged in "leeg" and labelled as such.
     */
    static Map<String, Object> chartData(FunnelReport.Result result) {
        List<String> labels = new ArrayList<>();
        List<Double> dropout = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        List<Boolean> empty = new ArrayList<>();
        for (FunnelReport.StageRow row : result.fasen()) {
            labels.add(row.fase().label());
            dropout.add(row.uitvalWaarde() == null ? null : Math.round(row.uitvalWaarde() * 10) / 10.0);
            boolean hidden = row.uitgevallen().hidden() || row.binnengekomen().hidden();
            suppressed.add(!hidden ? null
                    : row.uitgevallen().hidden() ? row.uitgevallen().display(result.minimum()) : "x");
            empty.add(!row.binnengekomen().hidden() && row.binnengekomen().value == 0);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("uitval", dropout);
        data.put("afgeschermd", suppressed);
        data.put("leeg", empty);
        data.put("norm", result.norm());
        return data;
    }

    static KetenregieUser reader() {
        KetenregieUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
        if (!user.isManagement() && !user.isKetenregisseur()) {
            throw new AccessDeniedException("Alleen management en ketenregisseurs zien de rapportage.");
        }
        if (user.regions().isEmpty()) {
            throw new AccessDeniedException("Geen onderwijsregio.");
        }
        return user;
    }

    static void validate(ReportFilter filter, Set<String> regions) {
        Map<String, String> problems = filter.problems(regions);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new InvalidRequestException(first.getKey(), first.getValue());
        }
    }
}
