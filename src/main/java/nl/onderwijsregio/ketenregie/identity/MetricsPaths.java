package nl.onderwijsregio.ketenregie.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

/**
 * Camunda's engine metrics (totals across all regions) under /engine-rest/metrics and the webapps' copy of
 * the REST API under /camunda/api/engine/engine/{engine}/metrics. Matched on the decoded path without path
 * parameters, with repeated slashes collapsed and case ignored, so no spelling that Camunda's own routing
 * would accept slips past.
 */
final class MetricsPaths implements RequestMatcher {

    private static final Pattern METRICS = Pattern.compile(
            "/(engine-rest|camunda/api/engine/engine/[^/]+)/metrics(/.*)?");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    public boolean matches(HttpServletRequest request) {
        // getPathWithinApplication decodes, drops ";..." parameters and collapses "//".
        String path = PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return METRICS.matcher(path).matches();
    }
}
