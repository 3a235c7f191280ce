package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import nl.onderwijsregio.ketenregie.process.ParsedOnceFeelEngine;

/**
 * A decision table from the classpath on the standalone DMN engine with the FEEL engine of the process engine,
 * remembering which rules matched last.
 */
public final class DecisionTable {

    private final AtomicReference<DmnDecisionTableEvaluationEvent> lastEvaluation = new AtomicReference<>();
    private final DmnEngine engine;
    private final DmnDecision decision;

    private DecisionTable(String resource, String decisionKey, FeelEngineFactory feel) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(feel);
        configuration.customPostDecisionEvaluationListeners(List.of(
                event -> lastEvaluation.set((DmnDecisionTableEvaluationEvent) event.getDecisionResult())));
        engine = configuration.buildEngine();
        try (InputStream dmn = DecisionTable.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(dmn).as(resource + " on the classpath").isNotNull();
            decision = engine.parseDecision(decisionKey, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DecisionTable load(String resource, String decisionKey) {
        return load(resource, decisionKey, () -> new ParsedOnceFeelEngine(List.of()));
    }

    /** The same table on another FEEL engine, e.g. Camunda's own to compare with. */
    public static DecisionTable load(String resource, String decisionKey, FeelEngineFactory feel) {
        return new DecisionTable(resource, decisionKey, feel);
    }

    public DmnDecisionTableResult evaluate(Map<String, Object> variables) {
        return engine.evaluateDecisionTable(decision, variables);
    }

    /** The ids of the rules that matched in the last evaluation. */
    public List<String> matchingRules() {
        return lastEvaluation.get().getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
    }
}
