package nl.onderwijsregio.ketenregie.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Response times and errors per kind of call, collected by all simulated users at once. */
final class Statistics {

    private static final class Call {
        final List<Long> micros = new ArrayList<>();
        int errors;
        String firstError;
    }

    private final Map<String, Call> calls = new ConcurrentHashMap<>();

    /** A call that answered: an error when its status is not the expected kind (2xx, or 3xx for a form post). */
    void record(String call, long micros, int status, boolean ok) {
        Call stats = calls.computeIfAbsent(call, name -> new Call());
        synchronized (stats) {
            stats.micros.add(micros);
            if (!ok) {
                stats.errors++;
                if (stats.firstError == null) {
                    stats.firstError = "HTTP " + status;
                }
            }
        }
    }

    /** A call that did not answer at all (timeout, connection refused). */
    void failed(String call, long micros, Exception cause) {
        Call stats = calls.computeIfAbsent(call, name -> new Call());
        synchronized (stats) {
            stats.micros.add(micros);
            stats.errors++;
            if (stats.firstError == null) {
                stats.firstError = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
    }

    long calls() {
        return calls.values().stream().mapToLong(call -> call.micros.size()).sum();
    }

    long errors() {
        return calls.values().stream().mapToLong(call -> call.errors).sum();
    }

    void print(Duration ran) {
        System.out.printf(Locale.ROOT, "%-38s %7s %7s %9s %9s %9s %7s%n", "call", "count", "per s", "p50", "p95", "max",
                "errors");
        for (Map.Entry<String, Call> entry : new TreeMap<>(calls).entrySet()) {
            Call call = entry.getValue();
            synchronized (call) {
                List<Long> sorted = new ArrayList<>(call.micros);
                sorted.sort(null);
                int n = sorted.size();
                System.out.printf(Locale.ROOT, "%-38s %7d %7.2f %7.1fms %7.1fms %7.1fms %7d%s%n", entry.getKey(), n,
                        n / (ran.toMillis() / 1000.0), sorted.get(n / 2) / 1000.0,
                        sorted.get(Math.min(n - 1, (int) (n * 0.95))) / 1000.0, sorted.get(n - 1) / 1000.0,
                        call.errors, call.firstError == null ? "" : "  (first: " + call.firstError + ")");
            }
        }
        System.out.printf(Locale.ROOT, "total: %d calls, %.1f per second, %d errors%n", calls(),
                calls() / (ran.toMillis() / 1000.0), errors());
    }
}
