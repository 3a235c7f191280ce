package nl.onderwijsregio.ketenregie.loket;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Map;
import nl.onderwijsregio.ketenregie.web.BodyTooLargeException;
import nl.onderwijsregio.ketenregie.web.RefusedRequestException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses oversized bodies on the {@link PublicIntake} handlers. A declared length over the limit is refused
 * before anything reads the body (interceptor); a JSON body without a declared length (chunked) is cut off
 * while it is read (request body advice). Form posts are parsed by Tomcat, whose
 * server.tomcat.max-http-form-post-size is the same 16 kB. A real registration is well under a kilobyte;
 * the limit leaves room for long names in any script.
 */
@ControllerAdvice(assignableTypes = LoketApiController.class)
class IntakeBodyLimit extends RequestBodyAdviceAdapter implements HandlerInterceptor {

    static final int MAX_BODY_BYTES = 16 * 1024;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (isPublicIntake(handler) && request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new RefusedRequestException(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot",
                    new BodyTooLargeException(MAX_BODY_BYTES).getMessage(), Map.of());
        }
        return true;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.hasMethodAnnotation(PublicIntake.class);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        InputStream limited = new Limited(message.getBody());
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return limited;
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    /** Reads at most MAX_BODY_BYTES, then fails the read. */
    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) throws IOException {
            read += bytes;
            if (read > MAX_BODY_BYTES) {
                throw new BodyTooLargeException(MAX_BODY_BYTES);
            }
        }
    }

    private static boolean isPublicIntake(Object handler) {
        return handler instanceof HandlerMethod method && method.hasMethodAnnotation(PublicIntake.class);
    }
}
