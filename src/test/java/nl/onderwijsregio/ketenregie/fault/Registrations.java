package nl.onderwijsregio.ketenregie.fault;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Traffic: registrations sent one after another to one node until stopped, each with an email of its own, and
 * what each got back. A registration is acknowledged when the node answered 202.
 */
final class Registrations implements Runnable {

    /** One request: its email, HTTP status (-1: no answer, e.g. the node died), when it started and how long it took. */
    record Sent(String email, int status, long startNanos, long millis, String body) {
        boolean acknowledged() {
            return status == 202;
        }
    }

    private final AppNode node;
    private final AtomicBoolean running = new AtomicBoolean(true);
    final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private Thread thread;

    Registrations(AppNode node) {
        this.node = node;
    }

    Registrations start() {
        thread = new Thread(this, "registrations-" + node.name);
        thread.start();
        return this;
    }

    void stop() throws InterruptedException {
        running.set(false);
        thread.join(60_000);
    }

    @Override
    public void run() {
        while (running.get()) {
            String email = "fout." + UUID.randomUUID().toString().substring(0, 12) + "@example.nl";
            long start = System.nanoTime();
            int status;
            String body = "";
            try {
                HttpResponse<String> answer = Http.send(Http.postJson(node.url("/api/loket/aanmeldingen"),
                        Http.registration(email)));
                status = answer.statusCode();
                body = answer.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                status = -1;
            }
            sent.add(new Sent(email, status, start, (System.nanoTime() - start) / 1_000_000, body));
        }
    }

    long acknowledged() {
        return sent.stream().filter(Sent::acknowledged).count();
    }

    /** What the database holds for the traffic: lost (acknowledged, no dossier) and doubled (more than one). */
    record Audit(long acknowledged, long lost, long doubled, long withoutProcess) {
    }

    static Audit audit(Connection connection, List<Sent> sent) throws SQLException {
        long lost = 0;
        long doubled = 0;
        long withoutProcess = 0;
        for (Sent one : sent) {
            List<String> dossiers = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select cast(id as varchar) from dossier where email = ?")) {
                query.setString(1, one.email());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        dossiers.add(rows.getString(1));
                    }
                }
            }
            if (one.acknowledged() && dossiers.isEmpty()) {
                lost++;
            }
            if (dossiers.size() > 1) {
                doubled++;
            }
            for (String dossier : dossiers) {
                try (PreparedStatement query = connection.prepareStatement(
                        "select count(*) from act_hi_procinst where business_key_ = ?")) {
                    query.setString(1, dossier);
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) != 1) {
                            withoutProcess++;
                        }
                    }
                }
            }
        }
        return new Audit(sent.stream().filter(Sent::acknowledged).count(), lost, doubled, withoutProcess);
    }

    static Map<Integer, Long> statuses(List<Sent> sent) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        sent.forEach(one -> counts.merge(one.status(), 1L, Long::sum));
        return counts;
    }
}
