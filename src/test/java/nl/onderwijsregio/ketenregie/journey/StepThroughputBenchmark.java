package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.onderwijsregio.ketenregie.KetenregieApplication;
import nl.onderwijsregio.ketenregie.PostgresTestDatabase;
import nl.onderwijsregio.ketenregie.fault.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Throughput of completing "Intakegesprek voeren" of the journey against completing the only task of a bare
 * one-task process, both by the ketenregisseur over {@code POST /engine-rest/task/{id}/complete} on the same
 * application and PostgreSQL database, with 1 and 4 client threads. Blocks of bare and journey tasks alternate
 * (three rounds after a warm-up), so a machine that gets busier during the run affects both alike; the printed
 * ratio is journey/bare tasks per second. Not part of the test suite; run with {@code mvn -B test -Pbench-step}
 * (database {@code ketenregie.bench.database}, default ketenregie_bench_step, dropped and created).
 */
class StepThroughputBenchmark {

    static final int ROUNDS = 3;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, Object> INTAKE = Map.of("variables", Map.of(
            "sector", Map.of("value", "PO", "type", "String"),
            "opleidingsniveau", Map.of("value", "HBO", "type", "String"),
            "buitenlandsDiploma", Map.of("value", false, "type", "Boolean"),
            "eerderBevoegd", Map.of("value", false, "type", "Boolean")));

    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @Test
    void journeyStepAgainstBareTaskAtOneAndFourThreads() throws Exception {
        String url = PostgresTestDatabase.urlOf(System.getProperty("ketenregie.bench.database", "ketenregie_bench_step"));
        PostgresTestDatabase.recreate(url);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KetenregieApplication.class)
                .run("--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + url, "--server.port=0",
                        "--ketenregie.demo=true", "--ketenregie.demo.cohorten=false",
                        "--camunda.bpm.job-execution.enabled=false", "--ketenregie.mail.verzenden=false",
                        "--ketenregie.mail.token-secret=bench-step-stoplink-key-0123456789abcdef",
                        "--ketenregie.loket.rate-limit.per-minute=1000000",
                        "--ketenregie.loket.rate-limit.global-per-minute=1000000",
                        "--logging.level.root=warn", "--KETENREGIE_SECURE_COOKIES=false")) {
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            app.getBean(RepositoryService.class).createDeployment().name("kale taak").tenantId("utrecht-stad")
                    .addModelInstance("kale-taak.bpmn", Bpmn.createExecutableProcess("KaleTaak")
                            .camundaHistoryTimeToLive(1).startEvent().userTask("Taak").name("Taak")
                            .camundaCandidateGroups("ketenregisseur").endEvent().done())
                    .deploy();
            RuntimeService runtime = app.getBean(RuntimeService.class);
            TaskService tasks = app.getBean(TaskService.class);
            Blocks blocks = new Blocks(runtime, tasks);

            blocks.bare(1, 30);
            blocks.journey(1, 30);
            double[][] perSecond = new double[2][2];
            int[] threads = { 1, 4 };
            for (int t = 0; t < threads.length; t++) {
                int size = 40 * threads[t];
                double bareSeconds = 0;
                double journeySeconds = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    bareSeconds += blocks.bare(threads[t], size);
                    journeySeconds += blocks.journey(threads[t], size);
                }
                perSecond[t][0] = ROUNDS * size / bareSeconds;
                perSecond[t][1] = ROUNDS * size / journeySeconds;
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "%-8s %14s %18s %14s%n", "threads", "bare tasks/s", "journey tasks/s",
                    "journey/bare");
            for (int t = 0; t < threads.length; t++) {
                System.out.printf(Locale.ROOT, "%-8d %14.1f %18.1f %13.2fx%n", threads[t], perSecond[t][0],
                        perSecond[t][1], perSecond[t][1] / perSecond[t][0]);
            }
        }
    }

    /** Prepares a block of open tasks outside the timing, then times their completion over REST. */
    private final class Blocks {

        private final RuntimeService runtime;
        private final TaskService tasks;

        Blocks(RuntimeService runtime, TaskService tasks) {
            this.runtime = runtime;
            this.tasks = tasks;
        }

        double bare(int threads, int size) throws Exception {
            for (int i = 0; i < size; i++) {
                runtime.createProcessInstanceByKey("KaleTaak").processDefinitionTenantId("utrecht-stad").execute();
            }
            return complete(threads, open("Taak"), Map.of());
        }

        /** Candidates registered at the loket, as in production: each has its intake conversation open. */
        double journey(int threads, int size) throws Exception {
            for (int i = 0; i < size; i++) {
                HttpResponse<String> registered = post("/api/loket/aanmeldingen",
                        Http.registration("stap-" + UUID.randomUUID() + "@example.org"), null);
                assertThat(registered.statusCode() / 100).as(registered.body()).isEqualTo(2);
            }
            return complete(threads, open("Task_IntakeGesprek"), INTAKE);
        }

        private List<String> open(String taskKey) {
            return tasks.createTaskQuery().taskDefinitionKey(taskKey).tenantIdIn("utrecht-stad").list().stream()
                    .map(Task::getId).toList();
        }

        /** Seconds for {@code threads} clients to complete all of {@code ids}. */
        private double complete(int threads, List<String> ids, Map<String, Object> body) throws Exception {
            Queue<String> queue = new ConcurrentLinkedQueue<>(ids);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                clients.add(pool.submit(() -> {
                    for (String id = queue.poll(); id != null; id = queue.poll()) {
                        HttpResponse<String> done = post("/engine-rest/task/" + id + "/complete", body, "kr.utrecht");
                        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            pool.shutdown();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private HttpResponse<String> post(String path, Object body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
