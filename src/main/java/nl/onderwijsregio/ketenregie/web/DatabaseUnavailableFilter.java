package nl.onderwijsregio.ketenregie.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Outermost filter: a request that failed because the database cannot be reached (see
 * {@link DatabaseUnavailable}) is answered 503 with {@code Retry-After}: an RFC 9457 problem in Dutch for
 * API clients, the Dutch page {@code error/503} for browsers. It sits before Spring Session and Spring
 * Security, which need the database too (session lookup, login against the Camunda identity).
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ITemplateEngine templates;

    DatabaseUnavailableFilter(ITemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database not reachable during {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.toString());
            response.reset();
            if (wantsProblem(request)) {
                ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TITLE,
                        DatabaseUnavailable.MESSAGE, Map.of(), retryAfter());
            } else {
                writePage(request, response);
            }
        }
    }

    private static Map<String, String> retryAfter() {
        return Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }

    /** API, Camunda REST and actuator clients get JSON; browsers asking for HTML get the page. */
    static boolean wantsProblem(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
                || path.startsWith("/actuator/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private void writePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        retryAfter().forEach(response::setHeader);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response));
        context.setVariable("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        context.setVariable("melding", DatabaseUnavailable.MESSAGE);
        templates.process("error/503", context, response.getWriter());
    }
}
