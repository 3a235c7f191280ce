package nl.onderwijsregio.ketenregie.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP to the node under load, as browsers (a session cookie per user, CSRF token from the login form) and API
 * clients (HTTP Basic) send it. One client with a connection pool for all simulated users.
 */
final class LoadClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final UnaryOperator<String> url;

    LoadClient(UnaryOperator<String> url) {
        this.url = url;
    }

    /** A logged-in browser session: its cookie. */
    record Session(String user, String cookie) {
    }

    Session login(String user) throws IOException, InterruptedException {
        HttpResponse<String> form = send(request("/login").GET());
        String cookie = cookie(form, null);
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + encode(user) + "&password=demo&_csrf=" + encode(token.group(1));
        HttpResponse<String> done = send(request("/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (done.statusCode() != 302 || done.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + done.statusCode());
        }
        return new Session(user, cookie(done, cookie));
    }

    HttpResponse<String> get(Session session, String path) throws IOException, InterruptedException {
        return send(request(path).header("Cookie", session.cookie()).GET());
    }

    HttpResponse<String> getBasic(String user, String path) throws IOException, InterruptedException {
        return send(basic(user, request(path)).GET());
    }

    HttpResponse<String> postJsonBasic(String user, String path, Object body) throws IOException, InterruptedException {
        return send(basic(user, request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    HttpResponse<String> postJson(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Waits until the demo cohorts are generated: until then pages carry the notice and changes are refused. */
    Duration awaitDemoData(Duration deadline) throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (Duration.ofNanos(System.nanoTime() - start).compareTo(deadline) < 0) {
            HttpResponse<String> login = send(request("/login").GET());
            if (login.statusCode() == 200 && !login.body().contains("startup-notice")) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("demo data not ready within " + deadline);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url.apply(path))).timeout(TIMEOUT);
    }

    private static HttpRequest.Builder basic(String user, HttpRequest.Builder request) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(otherwise);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
