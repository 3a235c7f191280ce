package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Logs in through the login form like a browser does (session cookie and CSRF token) over real HTTP. */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestRestTemplate http;
    private String cookie;

    /** A client of its own, so this session's cookie never leaks into other tests' requests. */
    private BrowserSession(TestRestTemplate shared) {
        this.http = new TestRestTemplate(new RestTemplateBuilder().rootUri(shared.getRootUri()))
                .withRedirects(Redirects.DONT_FOLLOW);
    }

    public static BrowserSession login(TestRestTemplate http, String user, String password) {
        BrowserSession session = new BrowserSession(http);
        String token = session.csrfTokenFrom("/login");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", token);
        ResponseEntity<String> response = session.postForm("/login", form);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(response.getHeaders().getLocation().toString()).doesNotContain("error");
        return session;
    }

    public ResponseEntity<String> get(String path) {
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
        remember(response);
        return response;
    }

    /** A GET asking for one media type, e.g. the HAL JSON Tasklist asks for. */
    public ResponseEntity<String> get(String path, MediaType accept) {
        HttpHeaders headers = headers();
        headers.setAccept(List.of(accept));
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        remember(response);
        return response;
    }

    public ResponseEntity<String> postForm(String path, MultiValueMap<String, String> form) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
        remember(response);
        return response;
    }

    public ResponseEntity<String> postJson(String path, Object body) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
        remember(response);
        return response;
    }

    /** A form with files ({@code multipart/form-data}), as a browser uploads them. */
    public ResponseEntity<String> postMultipart(String path, MultiValueMap<String, Object> form) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
        remember(response);
        return response;
    }

    public String csrfTokenFrom(String path) {
        Matcher matcher = CSRF.matcher(get(path).getBody());
        assertThat(matcher.find()).as("CSRF token on " + path).isTrue();
        return matcher.group(1);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return headers;
    }

    private void remember(ResponseEntity<String> response) {
        List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        }
    }
}
