package nl.onderwijsregio.ketenregie.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/rapportage/uitval-per-fase}: the funnel as JSON, or as CSV with {@code Accept: text/csv}.
 * Counts are numbers when shown and the strings "&lt;5" or "x" when suppressed (docs/adr/0008).
 */
@RestController
@RequestMapping("/api/rapportage")
class ReportingApiController {

    private final FunnelReport report;

    ReportingApiController(FunnelReport report) {
        this.report = report;
    }

    /** CSV when the client asks for text/csv (Accept) or {@code formaat=csv}; JSON otherwise. */
    @GetMapping("/uitval-per-fase")
    ResponseEntity<?> funnel(@ModelAttribute ReportFilter filter,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String formaat) {
        KetenregieUser user = ReportingController.reader();
        ReportingController.validate(filter, user.regions());
        FunnelReport.Result result = report.run(filter, user.regions());
        if ("csv".equalsIgnoreCase(formaat) || wantsCsv(accept)) {
            return Csv.response(result.table("uitval-per-fase"));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(result));
    }

    private static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        MediaType.sortBySpecificityAndQuality(types);
        for (MediaType type : types) {
            if (type.isCompatibleWith(Csv.TEXT_CSV) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    private static Map<String, Object> json(FunnelReport.Result result) {
        int min = result.minimum();
        List<Map<String, Object>> stages = result.fasen().stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fase", row.fase().name());
            m.put("binnengekomen", row.binnengekomen().json(min));
            m.put("doorgestroomd", row.doorgestroomd().json(min));
            m.put("uitgevallen", row.uitgevallen().json(min));
            m.put("overgedragen", row.overgedragen().json(min));
            m.put("lopend", row.lopend().json(min));
            m.put("uitvalPercentage", row.uitvalWaarde() == null ? "x" : round(row.uitvalWaarde()));
            m.put("onnodig", row.onnodig().json(min));
            m.put("nietOnnodig", row.nietOnnodig().json(min));
            return m;
        }).toList();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("kandidaten", result.kandidaten().json(min));
        totals.put("uitgevallen", result.uitgevallen().json(min));
        totals.put("onnodig", result.onnodig().json(min));
        totals.put("nietOnnodig", result.nietOnnodig().json(min));
        totals.put("overgedragen", result.overgedragen().json(min));
        Double pct = Cell.percentageValue(result.uitgevallen(), result.kandidaten());
        totals.put("uitvalPercentage", pct == null ? "x" : round(pct));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("norm", result.norm());
        body.put("fasen", stages);
        body.put("totaal", totals);
        return body;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
