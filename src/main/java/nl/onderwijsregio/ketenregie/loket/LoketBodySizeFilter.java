package nl.onderwijsregio.ketenregie.loket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.onderwijsregio.ketenregie.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies on the public intake before anything reads them. A real registration is well
 * under a kilobyte; the limit leaves room for long names in any script.
 */
@Component
class LoketBodySizeFilter extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 16 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/api/loket/aanmeldingen");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES || (length < 0 && request.getHeader("Transfer-Encoding") != null)) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Ongeldige aanmelding",
                    "De aanmelding is te groot of heeft geen lengte; stuur hoogstens " + MAX_BODY_BYTES / 1024
                            + " kB met een Content-Length.",
                    Map.of(), Map.of());
            return;
        }
        chain.doFilter(request, response);
    }
}
