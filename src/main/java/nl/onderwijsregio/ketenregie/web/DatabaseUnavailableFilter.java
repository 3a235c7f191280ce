package nl.onderwijsregio.ketenregie.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;

/**
 * Outermost filter: a request that failed because the database cannot be reached (see
 * {@link DatabaseUnavailable}) is answered 503 with {@code Retry-After} ({@link ServiceUnavailable}). It
 * sits before Spring Session and Spring Security, which need the database too (session lookup, login
 * against the Camunda identity).
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
            ServiceUnavailable.write(request, response, templates, DatabaseUnavailable.TITLE, DatabaseUnavailable.MESSAGE);
        }
    }
}
