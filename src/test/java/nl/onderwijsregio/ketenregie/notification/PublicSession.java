package nl.onderwijsregio.ketenregie.notification;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** A visitor without login, as a candidate's browser: keeps the session cookie, reads the CSRF token. */
final class PublicSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestRestTemplate http;
    private String cookie;

    PublicSession(TestRestTemplate shared) {
        this.http = new TestRestTemplate(new RestTemplateBuilder().rootUri(shared.getRootUri()))
                .withRedirects(Redirects.DONT_FOLLOW);
    }

    ResponseEntity<String> get(String path) {
        return remember(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class));
    }

    ResponseEntity<String> postForm(String path, MultiValueMap<String, String> form) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return remember(http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class));
    }

    static String csrfToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF token in the form").isTrue();
        return matcher.group(1);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return headers;
    }

    private ResponseEntity<String> remember(ResponseEntity<String> response) {
        List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        }
        return response;
    }
}
