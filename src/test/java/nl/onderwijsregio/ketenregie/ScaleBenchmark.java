package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import nl.onderwijsregio.ketenregie.dossier.ReadLog;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.reporting.FunnelAggregate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Latency of the screens the ketenregisseur and management use, at 1k and at 100k dossiers, measured in
 * one run on PostgreSQL and printed as p50/p95 and the 100k/1k ratio. Not part of the test suite (the
 * name does not end in Test); run with {@code mvn -B test -Pbench}. It uses its own database,
 * ketenregie_bench, which it recreates. Results go into docs/benchmarks.md.
 */
class ScaleBenchmark {

    static final int ROUNDS = 40;
    static final int WARMUP = 60;
    static final List<Stage> STAGES = Arrays.asList(Stage.values());
    static final String[] SCHOOLS = {"spo-zonnewijzer", "spo-kompas", "ksu-regenboog", "pcou-morgenster"};
    static final String[] BESTUREN = {"spo-utrecht", "spo-utrecht", "ksu", "pcou-willibrord"};

    @Test
    void workListDossierPageAndFunnelAt1kAnd100k() {
        String url = PostgresTestDatabase.url().replaceAll("/[^/]+$", "/ketenregie_bench");
        recreate(url);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KetenregieApplication.class)
                .run("--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + url, "--server.port=0",
                        "--ketenregie.demo=true", "--ketenregie.demo.cohorten=false",
                        "--camunda.bpm.job-execution.enabled=false", "--ketenregie.mail.verzend-interval=PT1H",
                        "--logging.level.root=warn", "--KETENREGIE_SECURE_COOKIES=false")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TestRestTemplate http = new TestRestTemplate(new RestTemplateBuilder()
                    .rootUri("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort()));
            Random random = new Random(42);
            // The rows are inserted with SQL, so the report's aggregate is filled from them as on a first start.
            FunnelAggregate aggregate = app.getBean(FunnelAggregate.class);
            seed(jdbc, 0, 1_000, random);
            aggregate.fillMissing();
            ReadLog readLog = app.getBean(ReadLog.class);
            Measured small = measure(http, jdbc, readLog);
            seed(jdbc, 1_000, 99_000, random);
            long filling = System.nanoTime();
            aggregate.fillMissing();
            System.out.printf("report aggregate filled for 99,000 dossiers in %.1f s%n", (System.nanoTime() - filling) / 1e9);
            Measured large = measure(http, jdbc, readLog);
            System.out.println();
            System.out.printf("%-40s %10s %10s %10s %10s %8s%n", "screen", "p50 1k", "p95 1k", "p50 100k", "p95 100k",
                    "p50 x");
            print("werklijst, eerste pagina, gefilterd", small.workList, large.workList);
            print("werklijst op termijn, eerste pagina", small.byDeadline, large.byDeadline);
            print("dossierpagina", small.dossier, large.dossier);
            print("rapportage uitval per fase (JSON)", small.funnel, large.funnel);
            print("leeslog: 20 regels in een batch", small.readLog, large.readLog);
            System.out.printf("leeslog / werklijst (p50, 100k): %.1f%%%n",
                    100.0 * large.readLog[ROUNDS / 2] / large.workList[ROUNDS / 2]);
        }
    }

    record Measured(long[] workList, long[] byDeadline, long[] dossier, long[] funnel, long[] readLog) {
    }

    private Measured measure(TestRestTemplate http, JdbcTemplate jdbc, ReadLog readLog) {
        BrowserSession browser = BrowserSession.login(http, "kr.utrecht", "demo");
        TestRestTemplate management = http.withBasicAuth("mgmt.utrecht", "demo");
        String dossier = jdbc.queryForObject("select id from dossier where region_code = 'utrecht-stad' "
                + "order by registered_at desc limit 1", String.class);
        List<UUID> page = jdbc.queryForList("select id from dossier where region_code = 'utrecht-stad' "
                + "order by registered_at desc limit 20", UUID.class);
        return new Measured(
                times(() -> browser.get("/dossiers?fase=ORIENTATIE&sector=PO")),
                times(() -> browser.get("/dossiers?sorteer=TERMIJN")),
                times(() -> browser.get("/dossiers/" + dossier)),
                times(() -> management.getForEntity("/api/rapportage/uitval-per-fase?regio=utrecht-stad", String.class)),
                times(() -> {
                    // What the work list adds per request: one batch insert of the 20 dossiers it shows.
                    readLog.record("kr.utrecht", page, "/dossiers", ReadLog.Purpose.ZOEKEN);
                    return ResponseEntity.ok("");
                }));
    }

    private static long[] times(Supplier<ResponseEntity<String>> request) {
        long[] micros = new long[ROUNDS];
        for (int i = -WARMUP; i < ROUNDS; i++) {
            long start = System.nanoTime();
            ResponseEntity<String> response = request.get();
            long took = (System.nanoTime() - start) / 1_000;
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            if (i >= 0) {
                micros[i] = took;
            }
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void print(String screen, long[] small, long[] large) {
        long p50s = small[ROUNDS / 2];
        long p95s = small[(int) (ROUNDS * 0.95)];
        long p50l = large[ROUNDS / 2];
        long p95l = large[(int) (ROUNDS * 0.95)];
        System.out.printf("%-40s %8.1fms %8.1fms %8.1fms %8.1fms %7.2fx%n", screen, p50s / 1000.0, p95s / 1000.0,
                p50l / 1000.0, p95l / 1000.0, (double) p50l / p50s);
    }

    /** Dossiers with realistic stage histories, inserted directly (the journey itself is measured elsewhere). */
    private static void seed(JdbcTemplate jdbc, int first, int count, Random random) {
        List<Object[]> dossiers = new ArrayList<>();
        List<Object[]> transitions = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = first; i < first + count; i++) {
            UUID id = UUID.randomUUID();
            Instant registered = now.minus(Duration.ofDays(random.nextInt(3 * 365)));
            int reached = Math.min(STAGES.size() - 1, (int) Math.abs(random.nextGaussian() * 3));
            boolean dropped = random.nextInt(100) < 9;
            String status = dropped ? "UITGEVALLEN" : reached == STAGES.size() - 1 ? "AFGEROND" : "LOPEND";
            int school = random.nextInt(SCHOOLS.length);
            boolean matched = reached >= Stage.AANSTELLING.ordinal();
            String region = random.nextInt(10) < 7 ? "utrecht-stad" : "midden-nederland";
            dossiers.add(new Object[] {id, "Kandidaat" + i, "Bench" + (i % 997), "bench" + i + "@voorbeeld.nl", region,
                    random.nextInt(10) < 6 ? "PO" : "VO", "HBO", random.nextInt(100) < 8, Timestamp.from(registered),
                    STAGES.get(reached).name(), status, Timestamp.from(registered),
                    "LOPEND".equals(status) ? "bench" + i + "@voorbeeld.nl" : null,
                    matched && region.equals("utrecht-stad") ? BESTUREN[school] : null,
                    matched && region.equals("utrecht-stad") ? SCHOOLS[school] : null,
                    // The earliest open task deadline (process/OpenTaskDeadlines keeps it in real use): a
                    // month either side of now for running dossiers, one in ten without an open task.
                    "LOPEND".equals(status) && random.nextInt(10) > 0
                            ? Timestamp.from(now.plus(Duration.ofHours(random.nextInt(60 * 24) - 30 * 24))) : null});
            Instant entered = registered;
            for (int stage = 0; stage <= reached; stage++) {
                Instant left = entered.plus(Duration.ofDays(5 + random.nextInt(60)));
                boolean last = stage == reached;
                String outcome = !last ? "DOORGESTROOMD" : dropped ? "UITGEVALLEN" : "AFGEROND".equals(status) ? "AFGEROND" : null;
                transitions.add(new Object[] {id, STAGES.get(stage).name(), Timestamp.from(entered),
                        outcome == null ? null : Timestamp.from(left), outcome, dropped && last ? "WERKDRUK" : null,
                        dropped && last ? Boolean.FALSE : null, "bench"});
                entered = left;
            }
        }
        jdbc.batchUpdate("insert into dossier (id, voornaam, achternaam, email, region_code, sector, opleidingsniveau, "
                + "buitenlands_diploma, consent_given_at, current_stage, status, registered_at, open_email_key, "
                + "bestuur_code, school_code, eerste_termijn) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                dossiers);
        jdbc.batchUpdate("insert into stage_transition (dossier_id, stage, entered_at, left_at, outcome, reason, "
                + "avoidable, actor) values (?, ?, ?, ?, ?, ?, ?, ?)", transitions);
        jdbc.execute("analyze");
    }

    private static void recreate(String url) {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (var connection = java.sql.DriverManager.getConnection(maintenance, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for the benchmark", e);
        }
    }
}
