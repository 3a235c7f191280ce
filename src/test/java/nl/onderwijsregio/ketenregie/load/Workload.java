package nl.onderwijsregio.ketenregie.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.onderwijsregio.ketenregie.fault.Http;

/**
 * What the simulated users do, by role: six in ten are ketenregisseurs (work list as page and as API with the
 * same filters, dossier pages, Tasklist's "Taken van mijn groep", completing intake conversations over REST),
 * one in ten is management (the funnel report as page and API), one in ten is a candidate registering at the
 * loket, two in ten are schoolopleiders ("Mijn zij-instromers"). Each user logs in once, like a browser.
 */
final class Workload {

    private static final String[] KETENREGISSEURS = { "kr.utrecht", "kr2.utrecht", "kr.mnl" };
    private static final String[] STAGES = { "AANMELDING", "ORIENTATIE", "SOLLICITATIE" };
    /** The work list page's number of dossiers (ketenregie.werklijst.paginagrootte), asked of the API as well. */
    private static final int PAGE_SIZE = 25;
    private static final Map<String, String> REGION = Map.of("kr.utrecht", "utrecht-stad", "kr2.utrecht",
            "utrecht-stad", "kr.mnl", "midden-nederland");

    private final LoadClient client;
    private final Map<String, List<String>> dossiers;
    private final String groupFilter;
    private final boolean report;
    /** Intake tasks some user is completing or has completed: no two users take the same task. */
    private final Set<String> taken = ConcurrentHashMap.newKeySet();

    private Workload(LoadClient client, Map<String, List<String>> dossiers, String groupFilter, boolean report) {
        this.client = client;
        this.dossiers = dossiers;
        this.groupFilter = groupFilter;
        this.report = report;
    }

    /**
     * The dossiers each ketenregisseur opens, and the id of Tasklist's shared group filter. Without the report
     * ({@code report} false) management's share of the users are ketenregisseurs too, so that a profile of the
     * pages is not dominated by the report's suppression.
     */
    static Workload prepare(LoadClient client, boolean report) throws IOException, InterruptedException {
        Map<String, List<String>> dossiers = new LinkedHashMap<>();
        for (String user : KETENREGISSEURS) {
            List<String> ids = new ArrayList<>();
            LoadClient.json(expect(client.getBasic(user, "/api/dossiers?size=100"))).path("items")
                    .forEach(dossier -> ids.add(dossier.path("id").asText()));
            if (ids.isEmpty()) {
                throw new IllegalStateException("no dossiers for " + user + ": demo cohorts missing?");
            }
            dossiers.put(user, ids);
        }
        JsonNode filters = LoadClient.json(expect(client.getBasic("kr.utrecht",
                "/engine-rest/filter?name=Taken%20van%20mijn%20groep")));
        return new Workload(client, dossiers, filters.get(0).path("id").asText(), report);
    }

    User user(int index) {
        return switch (index % 10) {
            case 0, 1, 2, 3, 4, 5 -> new Ketenregisseur(KETENREGISSEURS[index % KETENREGISSEURS.length]);
            case 6 -> report ? new Management() : new Ketenregisseur(KETENREGISSEURS[index % KETENREGISSEURS.length]);
            case 7 -> new Candidate();
            default -> new Schoolopleider();
        };
    }

    /** One simulated user: each call to {@link #act} is one thing a person does, timed. */
    abstract class User {

        private LoadClient.Session session;

        abstract void act(Statistics statistics) throws InterruptedException;

        LoadClient.Session session(String user, Statistics statistics) throws IOException, InterruptedException {
            if (session == null) {
                long start = System.nanoTime();
                session = client.login(user);
                statistics.record("inloggen (formulier)", (System.nanoTime() - start) / 1000, 302, true);
            }
            return session;
        }

        /** Times one request; 2xx is the expected answer. */
        HttpResponse<String> timed(Statistics statistics, String call, Request request) throws InterruptedException {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = request.send();
                statistics.record(call, (System.nanoTime() - start) / 1000, response.statusCode(),
                        response.statusCode() / 100 == 2);
                return response;
            } catch (IOException | RuntimeException e) {
                statistics.failed(call, (System.nanoTime() - start) / 1000, e);
                return null;
            }
        }
    }

    @FunctionalInterface
    interface Request {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private final class Ketenregisseur extends User {

        private final String user;

        Ketenregisseur(String user) {
            this.user = user;
        }

        @Override
        void act(Statistics statistics) throws InterruptedException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int dice = random.nextInt(100);
            String stage = STAGES[random.nextInt(STAGES.length)];
            try {
                LoadClient.Session browser = session(user, statistics);
                if (dice < 30) {
                    timed(statistics, "werklijst (pagina) ?fase=", () -> client.get(browser, "/dossiers?fase=" + stage));
                } else if (dice < 45) {
                    // As many dossiers as the page shows (ketenregie.werklijst.paginagrootte), not the API's default 20.
                    timed(statistics, "werklijst (API) ?fase=", () -> client.get(browser,
                            "/api/dossiers?size=" + PAGE_SIZE + "&fase=" + stage));
                } else if (dice < 70) {
                    List<String> ids = dossiers.get(user);
                    String id = ids.get(random.nextInt(ids.size()));
                    timed(statistics, "dossierpagina", () -> client.get(browser, "/dossiers/" + id));
                } else if (dice < 85) {
                    timed(statistics, "Tasklist: Taken van mijn groep (REST)", () -> client.getBasic(user,
                            "/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=15"));
                } else {
                    completeIntake(statistics);
                }
            } catch (IOException | RuntimeException e) {
                statistics.failed("inloggen (formulier)", 0, e);
            }
        }

        /** Finds an intake conversation of the region nobody else took, and completes it over REST. */
        private void completeIntake(Statistics statistics) throws IOException, InterruptedException {
            HttpResponse<String> open = timed(statistics, "taak zoeken (REST)", () -> client.getBasic(user,
                    "/engine-rest/task?taskDefinitionKey=Task_IntakeGesprek&tenantIdIn=" + REGION.get(user)
                            + "&maxResults=50"));
            if (open == null || open.statusCode() != 200) {
                return;
            }
            for (JsonNode task : LoadClient.json(open)) {
                String id = task.path("id").asText();
                if (taken.add(id)) {
                    Map<String, Object> variables = Map.of(
                            "sector", Map.of("value", "PO", "type", "String"),
                            "opleidingsniveau", Map.of("value", "HBO", "type", "String"),
                            "buitenlandsDiploma", Map.of("value", false, "type", "Boolean"),
                            "eerderBevoegd", Map.of("value", false, "type", "Boolean"));
                    timed(statistics, "Intakegesprek voeren afronden (REST)", () -> client.postJsonBasic(user,
                            "/engine-rest/task/" + id + "/complete", Map.of("variables", variables)));
                    return;
                }
            }
        }
    }

    private final class Management extends User {

        @Override
        void act(Statistics statistics) throws InterruptedException {
            try {
                if (ThreadLocalRandom.current().nextBoolean()) {
                    LoadClient.Session browser = session("mgmt.utrecht", statistics);
                    timed(statistics, "rapportage (pagina)", () -> client.get(browser, "/rapportage"));
                } else {
                    timed(statistics, "rapportage uitval per fase (API)", () -> client.getBasic("mgmt.utrecht",
                            "/api/rapportage/uitval-per-fase?regio=utrecht-stad"));
                }
            } catch (IOException | RuntimeException e) {
                statistics.failed("inloggen (formulier)", 0, e);
            }
        }
    }

    private final class Candidate extends User {

        @Override
        void act(Statistics statistics) throws InterruptedException {
            Map<String, Object> registration = new LinkedHashMap<>(Http.registration("last-" + UUID.randomUUID()
                    + "@example.org"));
            registration.put("regio", ThreadLocalRandom.current().nextInt(10) < 7 ? "utrecht-stad" : "midden-nederland");
            registration.put("sector", ThreadLocalRandom.current().nextBoolean() ? "PO" : "VO");
            timed(statistics, "loket: aanmelding (API)", () -> client.postJson("/api/loket/aanmeldingen", registration));
        }
    }

    private final class Schoolopleider extends User {

        @Override
        void act(Statistics statistics) throws InterruptedException {
            try {
                LoadClient.Session browser = session("so.spo.overvecht", statistics);
                timed(statistics, "Mijn zij-instromers (pagina)", () -> client.get(browser, "/dossiers"));
            } catch (IOException | RuntimeException e) {
                statistics.failed("inloggen (formulier)", 0, e);
            }
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
        return response;
    }
}
