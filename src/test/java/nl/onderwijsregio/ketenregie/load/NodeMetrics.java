package nl.onderwijsregio.ketenregie.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Heap and garbage collection of the node, from its actuator metrics (in a session of the demo administrator), before and
 * after the load: collections and their pause time during the run, full collections, heap used and maximum.
 */
record NodeMetrics(double gcPauses, double gcSeconds, double fullGcs, double heapUsed, double heapMax,
        double heapAfterGc) {

    static NodeMetrics read(LoadClient client, LoadClient.Session admin) throws IOException, InterruptedException {
        return new NodeMetrics(
                value(client, admin, "jvm.gc.pause", null, "COUNT"),
                value(client, admin, "jvm.gc.pause", null, "TOTAL_TIME"),
                value(client, admin, "jvm.gc.pause", "action:end of major GC", "COUNT"),
                value(client, admin, "jvm.memory.used", "area:heap", "VALUE"),
                value(client, admin, "jvm.memory.max", "area:heap", "VALUE"),
                value(client, admin, "jvm.memory.usage.after.gc", null, "VALUE"));
    }

    void printSince(NodeMetrics before, Duration ran) {
        double seconds = gcSeconds - before.gcSeconds;
        System.out.printf(Locale.ROOT, "heap: max %.0f MB, used at the end %.0f MB, after the last collection %.0f%% of "
                + "the long-lived pool; GC during the run: %.0f pauses, %.1f s (%.1f%% of the time), %.0f full%n",
                heapMax / 1e6, heapUsed / 1e6, heapAfterGc * 100, gcPauses - before.gcPauses, seconds,
                100 * seconds / (ran.toMillis() / 1000.0), fullGcs - before.fullGcs);
    }

    /** One statistic of a metric (0 when the metric or tag has no data yet, e.g. before the first full GC). */
    private static double value(LoadClient client, LoadClient.Session admin, String metric, String tag, String statistic)
            throws IOException, InterruptedException {
        String path = "/actuator/metrics/" + metric
                + (tag == null ? "" : "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20"));
        var response = client.get(admin, path);
        if (response.statusCode() == 404) {
            return 0;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        for (JsonNode measurement : LoadClient.json(response).path("measurements")) {
            if (statistic.equals(measurement.path("statistic").asText())) {
                return measurement.path("value").asDouble();
            }
        }
        return 0;
    }
}
