package nl.onderwijsregio.ketenregie.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A 503 with {@code Retry-After}, written from a filter: an RFC 9457 problem in Dutch for API clients,
 * the Dutch page {@code error/503} for browsers. Used when the database is away and while the start-up
 * work runs.
 */
final class ServiceUnavailable {

    private ServiceUnavailable() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ITemplateEngine templates,
            String title, String message) throws IOException {
        Map<String, String> retryAfter = Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        if (wantsProblem(request)) {
            ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, title, message, Map.of(), retryAfter);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        retryAfter.forEach(response::setHeader);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response));
        context.setVariable("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        context.setVariable("titel", title);
        context.setVariable("melding", message);
        templates.process("error/503", context, response.getWriter());
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
}
