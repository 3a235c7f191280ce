package nl.onderwijsregio.ketenregie.loket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.onderwijsregio.ketenregie.web.BodyTooLargeException;
import nl.onderwijsregio.ketenregie.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies on the public intake. A declared length over the limit is refused before
 * anything reads it; a body without a declared length (chunked) is cut off while it is read. A real
 * registration is well under a kilobyte; the limit leaves room for long names in any script.
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
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Ongeldige aanmelding",
                    new BodyTooLargeException(MAX_BODY_BYTES).getMessage(), Map.of(), Map.of());
            return;
        }
        chain.doFilter(new LimitedBody(request), response);
    }

    /** Reads at most MAX_BODY_BYTES, then fails the read. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        LimitedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    if (next >= 0 && ++read > MAX_BODY_BYTES) {
                        throw new BodyTooLargeException(MAX_BODY_BYTES);
                    }
                    return next;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
