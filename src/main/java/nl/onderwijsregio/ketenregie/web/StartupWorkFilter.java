package nl.onderwijsregio.ketenregie.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.thymeleaf.ITemplateEngine;

/**
 * While {@link StartupWork} runs, reading is allowed and changing is not: every request other than GET,
 * HEAD or OPTIONS is answered 503 with {@code Retry-After}, except logging in and out, and Camunda's
 * queries sent as POST (Tasklist asks for a filter's tasks with {@code POST .../filter/{id}/list} and
 * {@code .../count}). Whatever is sent then is not stored, so nothing lands at a simulated moment.
 */
class StartupWorkFilter extends OncePerRequestFilter {

    static final String TITLE = "Nog even geduld";
    static final String MESSAGE = "Ketenregie is net gestart en maakt nog demo-gegevens aan. Kijk gerust rond; "
            + "wijzigen kan over een paar minuten weer. Er is niets opgeslagen.";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ALWAYS_OPEN = Set.of("/login", "/logout");

    private final StartupWork work;
    private final ITemplateEngine templates;

    StartupWorkFilter(StartupWork work, ITemplateEngine templates) {
        this.work = work;
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (work.busy() && changes(request)) {
            ServiceUnavailable.write(request, response, templates, TITLE, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean changes(HttpServletRequest request) {
        // Decoded, without ;parameters: the path the servlets route by, whatever its spelling.
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        boolean camundaQuery = (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"))
                && (path.endsWith("/list") || path.endsWith("/count"));
        return !READING.contains(request.getMethod()) && !ALWAYS_OPEN.contains(path) && !camundaQuery;
    }
}
