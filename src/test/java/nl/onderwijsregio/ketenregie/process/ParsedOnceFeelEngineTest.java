package nl.onderwijsregio.ketenregie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The remembering FEEL engine answers exactly as Camunda's, and parses each expression once. */
class ParsedOnceFeelEngineTest {

    private final FeelEngine camunda = new ScalaFeelEngine(List.of());
    private final ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());

    private final VariableContext variables = Variables.createVariables()
            .putValue("sector", "PO").putValue("uren", 12).putValue("eerderBevoegd", true)
            .putValue("naam", "Sanne").putValue("leeg", null).asVariableContext();

    @ParameterizedTest
    @ValueSource(strings = {"sector", "uren + 1", "eerderBevoegd", "string length(naam)", "leeg",
        "if uren > 10 then \"veel\" else \"weinig\"", "[1, 2, uren]", "{fase: sector}",
        "date(\"2026-11-30\") + duration(\"P1D\")", "upper case(sector) = \"PO\"", "onbekend",
        "uren / 0", "onbekendeFunctie(1)", "uren +", "sector ="})
    void anExpressionGivesCamundasAnswer(String expression) {
        assertSameAnswer(engine -> engine.evaluateSimpleExpression(expression, variables));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"PO\"", "\"PO\",\"VO\"", "not(\"MBO\")", "-", "> 10", "[1..12]", "< 5, > 11",
        "true", "? > 3", "null", "\"PO\" ,", "onbekendeFunctie(?)", "> \"tekst\""})
    void aUnaryTestGivesCamundasAnswer(String test) {
        assertSameAnswer(engine -> engine.evaluateSimpleUnaryTests(test, "uren", variables));
        assertSameAnswer(engine -> engine.evaluateSimpleUnaryTests(test, "sector", variables));
    }

    @Test
    void eachExpressionIsParsedOnceAndAFailureNotAtAll() {
        for (int i = 0; i < 3; i++) {
            parsedOnce.evaluateSimpleExpression("uren + " + (i % 2), variables);
            parsedOnce.evaluateSimpleUnaryTests("> 10", "uren", variables);
            assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression("uren +", variables))
                    .isInstanceOf(FeelException.class);
        }

        assertThat(parsedOnce.remembered()).as("two expressions and one test, the failed parse not kept").isEqualTo(3);
    }

    private void assertSameAnswer(Function<FeelEngine, Object> evaluation) {
        Object expected;
        try {
            expected = evaluation.apply(camunda);
        } catch (FeelException failure) {
            assertThatThrownBy(() -> evaluation.apply(parsedOnce)).isInstanceOf(FeelException.class)
                    .hasMessage(failure.getMessage());
            return;
        }
        assertThat(evaluation.apply(parsedOnce)).isEqualTo(expected);
        assertThat(evaluation.apply(parsedOnce)).as("the second time, from the remembered parse").isEqualTo(expected);
    }
}
