package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.onderwijsregio.ketenregie.dossier.ReadLog;
import nl.onderwijsregio.ketenregie.reporting.FunnelAggregate;
import nl.onderwijsregio.ketenregie.web.StartupWork;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Latency of the screens the ketenregisseur and management use at 1k, 100k and 185k dossiers (185k: the
 * national order of magnitude of several years of candidates), with the engine's tables filled to match, in
 * one run on PostgreSQL: p50/p95 and the ratios of the largest size to the smallest. Not part of the test
 * suite (the name does not end in Test); run with {@code mvn -B test -Pbench}. It recreates its own database,
 * {@code -Dketenregie.bench.database} (default ketenregie_bench). Results go into docs/benchmarks.md.
 *
 * <p>The data: the demo cohorts (about 300 candidates driven through the real journey by the demo
 * generator, with simulated time), multiplied by {@link DossierCopies} with set-based SQL into the dossier
 * tables and the engine's runtime and history tables.
 */
class ScaleBenchmark {

    static final String DATABASE = System.getProperty("ketenregie.bench.database", "ketenregie_bench");
    /** The sizes measured, smallest first; {@code -Dketenregie.bench.sizes=1000,185000} skips the middle one. */
    static final int[] SIZES = Arrays.stream(System.getProperty("ketenregie.bench.sizes", "1000,100000,185000")
            .split(",")).mapToInt(size -> Integer.parseInt(size.trim())).toArray();
    /**
     * {@code -Dketenregie.bench.reuse=true}: keep the database of an earlier run (its demo data, templates and
     * copies) and go on from there, instead of recreating it and generating the demo again.
     */
    static final boolean REUSE = Boolean.getBoolean("ketenregie.bench.reuse");
    static final int ROUNDS = 30;
    static final int WARMUP = 10;
    static final String KR = "kr.utrecht";
    static final String HAL = "application/hal+json";

    @Test
    void screensAt1k100kAnd185kDossiersWithEngineData() throws InterruptedException {
        String url = PostgresTestDatabase.url().replaceAll("/[^/]+$", "/" + DATABASE);
        if (!REUSE) {
            recreate(url);
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KetenregieApplication.class)
                .run("--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + url, "--server.port=0",
                        "--ketenregie.demo=true", "--ketenregie.demo.cohorten=true",
                        "--ketenregie.mail.token-secret=benchmark-only-stoplink-key-0123456789abcdef",
                        "--camunda.bpm.job-execution.enabled=false", "--ketenregie.mail.verzend-interval=PT1H",
                        "--logging.level.root=warn", "--KETENREGIE_SECURE_COOKIES=false")) {
            assertThat(app.getBean(StartupWork.class).awaitEnd(Duration.ofMinutes(30))).isTrue();
            // Its own connections: copying and vacuuming take longer than the application's statement timeout.
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
            TestRestTemplate http = new TestRestTemplate(new RestTemplateBuilder()
                    .rootUri("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort()));
            long demo = System.nanoTime();
            jdbc.execute("analyze");
            DossierCopies copies = new DossierCopies(jdbc);
            int base = jdbc.queryForObject("select count(*) from dossier where dossier_number not like '%-B%'",
                    Integer.class);
            System.out.printf("%nDemo cohorts: %d dossiers, %d of them with a journey as templates, in %d s%n", base,
                    copies.templates(), Duration.ofNanos(demo - started).toSeconds());
            Screens screens = new Screens(http, jdbc, app.getBean(ReadLog.class));
            List<Map<String, long[]>> results = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            int copied = copies.copied();
            for (int size : SIZES) {
                int upTo = Math.max(copied, (size - base + copies.templates() - 1) / copies.templates());
                long start = System.nanoTime();
                if (upTo > copied) {
                    copies.copy(copied + 1, upTo);
                    copied = upTo;
                }
                // The copies are written with SQL: the report's aggregate counts them as on a first start (ADR 0016).
                long filling = System.nanoTime();
                int counted = app.getBean(FunnelAggregate.class).fillMissing();
                System.out.printf("report aggregate: %,d dossiers added in %d s%n", counted,
                        Duration.ofNanos(System.nanoTime() - filling).toSeconds());
                jdbc.execute("vacuum analyze");
                sizes.add(count(jdbc, "dossier"));
                System.out.printf("%,d dossiers (copied and analysed in %d s): %s%n", sizes.get(sizes.size() - 1),
                        Duration.ofNanos(System.nanoTime() - start).toSeconds(), engineRows(jdbc));
                if (results.isEmpty()) {
                    screens.checkCopiesAreUsable();
                }
                results.add(screens.measure());
                // Printed as it goes, so a long run that is cut short still leaves its figures.
                print(sizes, results);
            }
            screens.completeCopiedTask();
            System.out.printf("Whole run: %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    /** The requests, as the user's browser, Tasklist or API client sends them. */
    static final class Screens {

        private final TestRestTemplate http;
        private final JdbcTemplate jdbc;
        private final ReadLog readLog;
        private BrowserSession browser;
        private final UUID dossier;
        private final String groupFilter;
        private final String overdueFilter;

        Screens(TestRestTemplate http, JdbcTemplate jdbc, ReadLog readLog) {
            this.http = http;
            this.jdbc = jdbc;
            this.readLog = readLog;
            // The running Utrecht journey with the most completed tasks: its first copy exists at every size.
            this.dossier = jdbc.queryForObject("select bench_id(d.id::text, 1)::uuid from bench_template_dossier d "
                    + "join dossier x on x.id = d.id join bench_template_instance i on i.dossier = d.id "
                    + "join act_hi_taskinst t on t.proc_inst_id_ = i.inst where x.region_code = 'utrecht-stad' "
                    + "and x.status = 'LOPEND' group by d.id order by count(*) desc, d.id limit 1", UUID.class);
            this.groupFilter = jdbc.queryForObject("select id_ from act_ru_filter where name_ = 'Taken van mijn groep'",
                    String.class);
            this.overdueFilter = jdbc.queryForObject("select id_ from act_ru_filter where name_ = 'Verlopen taken'",
                    String.class);
        }

        Map<String, long[]> measure() {
            // A fresh login per size: copying 185k dossiers outlasts the session timeout (30 minutes), and an
            // expired session answers the pages with a redirect to the login form.
            browser = BrowserSession.login(http, KR, "demo");
            TestRestTemplate kr = http.withBasicAuth(KR, "demo");
            List<UUID> page = jdbc.queryForList("select id from dossier where region_code = 'utrecht-stad' "
                    + "order by registered_at desc limit 20", UUID.class);
            String byCreated = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
            String byDue = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
            String group = "candidateGroup=ketenregisseur&unassigned=true";
            Map<String, long[]> times = new LinkedHashMap<>();
            times.put("werklijst, gefilterd (fase, sector)", times(() -> browser.get("/dossiers?fase=ORIENTATIE&sector=PO")));
            times.put("werklijst op termijn", times(() -> browser.get("/dossiers?sorteer=TERMIJN")));
            times.put("werklijst verlopen, op termijn", times(() -> browser.get("/dossiers?termijn=verlopen&sorteer=TERMIJN")));
            times.put("API dossiers?sort=termijn", times(() -> kr.getForEntity("/api/dossiers?sort=termijn", String.class)));
            times.put("dossierpagina", times(() -> browser.get("/dossiers/" + dossier)));
            times.put("rapportage uitval per fase (JSON)", times(() -> http.withBasicAuth("mgmt.utrecht", "demo")
                    .getForEntity("/api/rapportage/uitval-per-fase?regio=utrecht-stad", String.class)));
            times.put("Tasklist: Taken van mijn groep (15)", times(() -> post(kr, "/engine-rest/filter/" + groupFilter
                    + "/list?firstResult=0&maxResults=15", byCreated, HAL)));
            times.put("Tasklist: Taken van mijn groep, aantal", times(() -> post(kr, "/engine-rest/filter/" + groupFilter
                    + "/count", byCreated, MediaType.APPLICATION_JSON_VALUE)));
            times.put("Tasklist: Verlopen taken op termijn (15)", times(() -> post(kr, "/engine-rest/filter/"
                    + overdueFilter + "/list?firstResult=0&maxResults=15", byDue, HAL)));
            times.put("GET /engine-rest/task groep, op termijn", times(() -> kr.getForEntity("/engine-rest/task?" + group
                    + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15", String.class)));
            times.put("GET /engine-rest/task/count groep", times(() -> kr.getForEntity("/engine-rest/task/count?" + group,
                    String.class)));
            times.put("leeslog: 20 regels in een batch", times(() -> {
                // What the work list adds per request: one batch insert of the 20 dossiers it shows.
                readLog.record(KR, page, "/dossiers", ReadLog.Purpose.ZOEKEN);
                return ResponseEntity.ok("");
            }));
            return times;
        }

        /**
         * The copies are real to the engine and the pages: a copied intake task of Utrecht is in Tasklist's
         * group list for kr.utrecht, on the work list sorted by deadline and on its dossier's page.
         */
        void checkCopiesAreUsable() {
            browser = BrowserSession.login(http, KR, "demo");
            Map<String, Object> copy = copiedIntake();
            String taskId = (String) copy.get("id_");
            String number = (String) copy.get("dossier_number");
            ResponseEntity<String> tasklist = post(http.withBasicAuth(KR, "demo"), "/engine-rest/filter/" + groupFilter
                    + "/list?firstResult=0&maxResults=2000", "{\"taskDefinitionKey\":\"Task_IntakeGesprek\"}", HAL);
            assertThat(tasklist.getBody()).contains(taskId).contains(number);
            assertThat(browser.get("/dossiers?q=" + copy.get("achternaam").toString().replace(' ', '+')).getBody())
                    .contains(number).contains("Intakegesprek voeren");
            assertThat(browser.get("/dossiers/" + copy.get("dossier")).getBody()).contains(number)
                    .contains("Intakegesprek voeren");
            System.out.printf("Copied task %s of dossier %s: in Tasklist's group list, the work list and the dossier page%n",
                    taskId, number);
        }

        /** One copied task completed through the REST API as kr.utrecht: the journey moves on. */
        void completeCopiedTask() {
            Map<String, Object> copy = copiedIntake();
            String body = "{\"variables\":{\"sector\":{\"value\":\"PO\",\"type\":\"String\"},\"opleidingsniveau\":"
                    + "{\"value\":\"HBO\",\"type\":\"String\"},\"buitenlandsDiploma\":{\"value\":false,\"type\":\"Boolean\"},"
                    + "\"eerderBevoegd\":{\"value\":false,\"type\":\"Boolean\"}}}";
            ResponseEntity<String> done = post(http.withBasicAuth(KR, "demo"), "/engine-rest/task/" + copy.get("id_")
                    + "/complete", body, MediaType.APPLICATION_JSON_VALUE);
            assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            List<String> open = jdbc.queryForList("select t.name_ from act_ru_task t join act_ru_execution e "
                    + "on e.id_ = t.proc_inst_id_ where e.business_key_ = ?", String.class, copy.get("dossier").toString());
            assertThat(open).isNotEmpty().doesNotContain("Intakegesprek voeren");
            System.out.printf("Completed copied task %s of dossier %s over REST; open now: %s%n", copy.get("id_"),
                    copy.get("dossier_number"), open);
        }

        private Map<String, Object> copiedIntake() {
            return jdbc.queryForMap("select t.id_, d.id as dossier, d.dossier_number, d.achternaam from act_ru_task t "
                    + "join act_ru_execution e on e.id_ = t.proc_inst_id_ join dossier d on d.id::text = e.business_key_ "
                    + "where t.task_def_key_ = 'Task_IntakeGesprek' and t.tenant_id_ = 'utrecht-stad' and t.assignee_ is null "
                    + "and d.id not in (select id from bench_template_dossier) order by d.registered_at desc, d.id limit 1");
        }

        private static ResponseEntity<String> post(TestRestTemplate client, String path, String json, String accept) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setAccept(List.of(MediaType.parseMediaType(accept)));
            return client.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
        }
    }

    private static long[] times(Supplier<ResponseEntity<String>> request) {
        long[] micros = new long[ROUNDS];
        for (int i = -WARMUP; i < ROUNDS; i++) {
            long start = System.nanoTime();
            ResponseEntity<String> response = request.get();
            long took = (System.nanoTime() - start) / 1_000;
            assertThat(response.getStatusCode().is2xxSuccessful())
                    .as("%s %s %s", response.getStatusCode(), response.getHeaders().getLocation(), response.getBody())
                    .isTrue();
            if (i >= 0) {
                micros[i] = took;
            }
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void print(List<Integer> sizes, List<Map<String, long[]>> results) {
        StringBuilder header = new StringBuilder(String.format("%n%-42s", "screen"));
        for (int size : sizes) {
            String label = size >= 10_000 ? Math.round(size / 1000.0) + "k" : String.valueOf(size);
            header.append(String.format(" %9s %9s", "p50 " + label, "p95 " + label));
        }
        System.out.println(header.append(String.format(" %8s %8s", "p50 x", "p95 x")));
        for (String screen : results.get(0).keySet()) {
            StringBuilder line = new StringBuilder(String.format("%-42s", screen));
            for (Map<String, long[]> result : results) {
                line.append(String.format(" %7.1fms %7.1fms", p50(result.get(screen)) / 1000.0,
                        p95(result.get(screen)) / 1000.0));
            }
            long[] first = results.get(0).get(screen);
            long[] last = results.get(results.size() - 1).get(screen);
            System.out.println(line.append(String.format(" %7.2fx %7.2fx", (double) p50(last) / p50(first),
                    (double) p95(last) / p95(first))));
        }
        Map<String, long[]> largest = results.get(results.size() - 1);
        System.out.printf("leeslog / werklijst (p50, %s dossiers): %.1f%%%n", String.format("%,d", sizes.get(sizes.size() - 1)),
                100.0 * p50(largest.get("leeslog: 20 regels in een batch"))
                        / p50(largest.get("werklijst, gefilterd (fase, sector)")));
        System.out.println("x: largest against smallest size");
    }

    private static long p50(long[] sorted) {
        return sorted[ROUNDS / 2];
    }

    private static long p95(long[] sorted) {
        return sorted[(int) (ROUNDS * 0.95)];
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String engineRows(JdbcTemplate jdbc) {
        StringBuilder rows = new StringBuilder();
        for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_authorization",
                "act_ru_job", "act_ru_variable", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst")) {
            rows.append(rows.isEmpty() ? "" : ", ").append(table).append(String.format(" %,d", count(jdbc, table)));
        }
        Integer overdue = jdbc.queryForObject("select count(*) from act_ru_task where due_date_ < now()", Integer.class);
        return rows.append(String.format(" (tasks overdue %,d)", overdue)).toString();
    }

    private static void recreate(String url) {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (var connection = java.sql.DriverManager.getConnection(maintenance, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + database + "\" with (force)");
            statement.execute("create database \"" + database + "\"");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for the benchmark", e);
        }
    }
}
