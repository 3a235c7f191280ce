package nl.onderwijsregio.ketenregie.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request refused before or instead of handling it (too many requests, a body too large), with a Dutch
 * title and explanation. Answered as problem JSON for the API and as the error page for forms.
 */
public class RefusedRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, String> headers;

    public RefusedRequestException(HttpStatus status, String title, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
