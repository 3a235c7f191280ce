package nl.onderwijsregio.ketenregie.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.DecisionTable;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.junit.jupiter.api.Test;

/**
 * The intake's decision "Trajectadvies" evaluated on the standalone DMN engine with Camunda's FEEL engine and with
 * {@link ParsedOnceFeelEngine}, in alternating blocks, for the journey's candidates (every rule reached). Prints
 * microseconds per evaluation and the share; no database. Run on demand (docs/benchmarks.md):
 * {@code mvn -B test -Dtest=DecisionEvaluationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DecisionEvaluationBenchmark {

    private static final int ROUNDS = 5;
    private static final int PER_BLOCK = 2_000;

    private static final List<Map<String, Object>> CANDIDATES = List.of(
            candidate(true, false, "PO", "HBO"), candidate(false, true, "VO", "WO"),
            candidate(false, false, "PO", "HBO"), candidate(false, false, "PO", "MBO"),
            candidate(false, false, "VO", "WO"), candidate(false, false, "VO", "MBO"),
            candidate(false, false, "MBO", "HBO"), candidate(false, false, "MBO", "ANDERS"));

    @Test
    void parsedOnceAgainstCamundasFeel() {
        Block camunda = new Block(() -> new ScalaFeelEngine(List.of()));
        Block parsedOnce = new Block(() -> new ParsedOnceFeelEngine(List.of()));
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            camunda.run();
            parsedOnce.run();
        }
        long camundaNanos = 0;
        long parsedOnceNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
            camundaNanos += camunda.run();
            parsedOnceNanos += parsedOnce.run();
        }
        double camundaMicros = camundaNanos / 1000.0 / (ROUNDS * PER_BLOCK);
        double parsedOnceMicros = parsedOnceNanos / 1000.0 / (ROUNDS * PER_BLOCK);
        System.out.printf("%nTrajectadvies per evaluation: Camunda's FEEL %.1f µs, parsed once %.1f µs (%.1f%% of it)%n",
                camundaMicros, parsedOnceMicros, 100 * parsedOnceMicros / camundaMicros);
        assertThat(parsedOnce.lastAdvice).isEqualTo(camunda.lastAdvice).isNotNull();
    }

    private static final class Block {

        private final DecisionTable table;
        private String lastAdvice;

        Block(FeelEngineFactory feel) {
            table = DecisionTable.load("trajectadvies.dmn", "Trajectadvies", feel);
        }

        long run() {
            long started = System.nanoTime();
            for (int i = 0; i < PER_BLOCK; i++) {
                lastAdvice = table.evaluate(CANDIDATES.get(i % CANDIDATES.size())).getSingleResult().getSingleEntry();
            }
            return System.nanoTime() - started;
        }
    }

    private static Map<String, Object> candidate(boolean eerderBevoegd, boolean buitenlands, String sector,
            String niveau) {
        return Map.of("eerderBevoegd", eerderBevoegd, "buitenlandsDiploma", buitenlands, "sector", sector,
                "opleidingsniveau", niveau);
    }
}
