package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.onderwijsregio.ketenregie.browser.ReadmeScreenshots;
import nl.onderwijsregio.ketenregie.web.StartupWork;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's run command: no profile given, so the demo profile on a file-based H2 database. Runs in a
 * fresh folder under target/ and starts twice to show the data survives a restart. Once the demo data is
 * complete it takes the README's screenshots of it (ReadmeScreenshots).
 */
class EmbeddedDefaultStartupTest {

    @Test
    void startsOnFileBasedH2WithDemoDataAndKeepsItAcrossARestart() throws IOException, InterruptedException {
        Path folder = Path.of("target", "embedded-default-test");
        deleteRecursively(folder);
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("ketenregie");

        long dossiers;
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = start(url)) {
            Duration ready = Duration.ofNanos(System.nanoTime() - started);
            assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
            assertThat(context.getEnvironment().matchesProfiles("demo")).isTrue();
            // The demo cohorts are generated in the background: the application is up before they are done.
            StartupWork work = context.getBean(StartupWork.class);
            assertThat(work.busy()).isTrue();
            assertThat(work.notice()).startsWith("Demo-gegevens worden aangemaakt");
            assertThat(work.awaitEnd(Duration.ofMinutes(10))).as("demo data generated within 10 minutes").isTrue();
            System.out.printf("First start on the embedded default: ready after %d s, demo data complete after %d s%n",
                    ready.toSeconds(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
            StartupAssertions.assertStartedWithDemoData(context);
            dossiers = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select count(*) from dossier", Long.class);
            assertThat(dossiers).isPositive();
            assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "select count(*) from dossier where status = 'LOPEND' and eerste_termijn is not null", Long.class))
                    .as("the demo's running dossiers carry their earliest open deadline (sort by deadline)").isPositive();
            // The README's screenshots: this is the demo a new user sees, generated once for both.
            ReadmeScreenshots.take(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        }
        try (ConfigurableApplicationContext restarted = start(url)) {
            assertThat(restarted.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select count(*) from dossier", Long.class)).isEqualTo(dossiers);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // Command-line arguments outrank the system properties Maven sets for the other tests; an empty
        // profile list means "none given", so the default profile of application.yml applies.
        return new SpringApplicationBuilder(KetenregieApplication.class)
                .run("--spring.profiles.active=", "--spring.datasource.url=" + url, "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", SecondEngine.named("embedded-default"));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
