package nl.onderwijsregio.ketenregie.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderwijsregio.ketenregie.web.DatabaseUnavailable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API (/engine-rest, and /camunda/api used by Tasklist and Cockpit) answers a refused step
 * with HTTP 500 and the engine's wording, class names included. When the engine raised a {@link Refusal}
 * during the request, this filter replaces that answer with the refusal's status and an RFC 9457 problem
 * in Dutch; {@code message} repeats the text because Tasklist shows that field. Other answers pass through
 * untouched and unbuffered.
 */
class EngineRestRefusals extends OncePerRequestFilter {

    private static final Map<Integer, String> TITLES = Map.of(400, "Niet opgeslagen", 403, "Geen toegang",
            404, "Niet gevonden", 409, "Tegelijk gewijzigd", 503, DatabaseUnavailable.TITLE);

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RefusalContext.activate();
        try {
            ErrorReplacingResponse wrapped = new ErrorReplacingResponse(response);
            chain.doFilter(request, wrapped);
            Refusal refusal = RefusalContext.recorded();
            if (wrapped.replaced && refusal != null && !response.isCommitted()) {
                write(response, refusal);
            }
        } finally {
            RefusalContext.clear();
        }
    }

    private void write(HttpServletResponse response, Refusal refusal) throws IOException {
        response.reset();
        response.setStatus(refusal.status());
        response.setContentType("application/problem+json");
        if (refusal.status() == 503) {
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", TITLES.getOrDefault(refusal.status(), "Niet gelukt"));
        problem.put("status", refusal.status());
        problem.put("detail", refusal.getMessage());
        problem.put("message", refusal.getMessage());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** Swallows Camunda's own error answer once a refusal was recorded, so ours can replace it. */
    private static final class ErrorReplacingResponse extends HttpServletResponseWrapper {

        private boolean replaced;

        ErrorReplacingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            if (status >= 400 && RefusalContext.recorded() != null) {
                replaced = true;
            }
            if (!replaced) {
                super.setStatus(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            setStatus(status);
            if (!replaced) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void setContentType(String type) {
            if (!replaced) {
                super.setContentType(type);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!replaced) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!replaced) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!replaced) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!replaced) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return replaced ? new DiscardingStream() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return replaced ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!replaced) {
                super.flushBuffer();
            }
        }
    }

    private static final class DiscardingStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            // Camunda's error answer, replaced by ours
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // writes never block
        }
    }

    @Configuration
    static class Registration {

        /** Around Camunda's REST resources and the webapps' API; after Spring Security. */
        @Bean
        FilterRegistrationBean<EngineRestRefusals> engineRestRefusals() {
            FilterRegistrationBean<EngineRestRefusals> registration = new FilterRegistrationBean<>(new EngineRestRefusals());
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
            registration.setOrder(90);
            return registration;
        }
    }
}
