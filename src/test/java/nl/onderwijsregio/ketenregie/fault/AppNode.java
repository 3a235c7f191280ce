package nl.onderwijsregio.ketenregie.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.ketenregie.KetenregieApplication;

/**
 * One application node as a child process (its own JVM, like a node in production), started from the test
 * class path with the postgres and demo profiles against a database of its own. Killed with SIGKILL when
 * asked, to stand for a crash. The fault suite's nodes deliver mail to its SMTP server; the load test's node
 * ({@link #withOptions}) runs with the heap and settings it chooses.
 */
public final class AppNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final String databaseUrl;
    private final List<String> jvmOptions;
    private final List<String> settings;
    private final Path log;
    private Process process;

    /** A node of the fault suite: small C1-compiled JVM, mail to {@code smtpPort}, retried quickly. */
    AppNode(String name, String databaseUrl, int smtpPort) throws IOException {
        this(name, databaseUrl, List.of("-Xmx640m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), List.of(
                "--ketenregie.demo.cohorten=false",
                "--ketenregie.loket.rate-limit.per-minute=1000000",
                "--ketenregie.loket.rate-limit.global-per-minute=1000000",
                // Outside the embedded H2 the app refuses the public demo key for stop links (StopLinkSecretCheck).
                "--ketenregie.mail.token-secret=fault-suite-stoplink-key-0123456789abcdef",
                // Real delivery to the suite's SMTP server, retried quickly so an outage is over within the test.
                "--ketenregie.mail.verzenden=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--ketenregie.mail.verzend-interval=PT0.5S",
                "--ketenregie.mail.eerste-wachttijd=PT1S",
                "--ketenregie.mail.max-wachttijd=PT2S",
                "--ketenregie.mail.max-pogingen=1000",
                "--camunda.bpm.job-execution.enabled=true"), Path.of("target", "fault-nodes"));
    }

    private AppNode(String name, String databaseUrl, List<String> jvmOptions, List<String> settings, Path logs)
            throws IOException {
        this.name = name;
        this.port = TemporaryPostgres.freePort();
        this.databaseUrl = databaseUrl;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.settings = List.copyOf(settings);
        Files.createDirectories(logs);
        this.log = logs.resolve(name + ".log");
    }

    /** A node with these JVM options (heap, GC log) and application settings ({@code --name=value}); log in {@code logs}. */
    public static AppNode withOptions(String name, String databaseUrl, List<String> jvmOptions, List<String> settings,
            Path logs) throws IOException {
        return new AppNode(name, databaseUrl, jvmOptions, settings, logs);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Starts the process; call {@link #awaitReady(Duration)} before sending traffic. */
    public AppNode start() throws IOException {
        String classPath = applicationClassPath();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, KetenregieApplication.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--ketenregie.demo=true",
                "--spring.main.banner-mode=off"));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("KETENREGIE_SECURE_COOKIES", "false");
        process = builder.start();
        return this;
    }

    /** The application's class path as the test JVM has it, each entry once, without the test classes. */
    private static String applicationClassPath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        java.util.Set<String> entries = new java.util.LinkedHashSet<>();
        for (String entry : all.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && !entry.replace('\\', '/').endsWith("test-classes")) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Polls readiness until UP; fails loudly when the process died or the deadline passed. */
    public Duration awaitReady(Duration deadline) throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (TemporaryPostgres.since(start).compareTo(deadline) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped with exit code " + process.exitValue() + "; see " + log);
            }
            if (status("/actuator/health/readiness") == 200) {
                return TemporaryPostgres.since(start);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + deadline + "; see " + log);
    }

    public int status(String path) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** SIGKILL: no shutdown hooks, no commit of what is in flight. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }
}
