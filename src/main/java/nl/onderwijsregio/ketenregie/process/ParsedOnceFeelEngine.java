package nl.onderwijsregio.ketenregie.process;

import camundajar.impl.scala.collection.Iterator;
import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine for decision tables, with each expression parsed once and the built-in functions built
 * once. The engine it extends parses every input expression and every rule's input entry on each evaluation and
 * rebuilds the table of all built-in functions for each of them: a sixth of a journey step's work in the JVM
 * (docs/benchmarks.md, "Where a journey step's time goes"). The intake's decision took 1.4 ms on Camunda's engine
 * and takes 12.5 µs on this one (DecisionEvaluationBenchmark). Parsing, validation, the interpreter, value mapping
 * and the messages of a failed evaluation are FEEL's own; only the two repetitions are gone (docs/adr/0025).
 * Public for the decision tables' tests, which evaluate with it as the engine does.
 */
public class ParsedOnceFeelEngine extends ScalaFeelEngine {

    /** Far above the distinct expressions of all deployed decisions; a guard, not a tuning knob. */
    static final int MAX_REMEMBERED = 10_000;

    private final ValueMapper values;
    private final FunctionProvider functions;
    private final FeelInterpreter interpreter;
    private final java.util.Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final java.util.Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    public ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> customFunctions) {
        super(customFunctions);
        values = feelEngine.valueMapper();
        functions = new FunctionProvider.CompositeFunctionProvider(
                toScalaList(new BuiltinFunctions(feelEngine.clock(), values), feelEngine.functionProvider()));
        interpreter = new FeelInterpreter(values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
        return (T) evaluate(parsed, new ContextVariableWrapper(variables));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
        VariableProvider input = new StaticVariableProvider(new Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
        VariableProvider provider = new CompositeVariableProvider(
                toScalaList(input, new ContextVariableWrapper(variables)));
        return BoxesRunTime.unboxToBoolean(evaluate(parsed, provider));
    }

    int remembered() {
        return expressions.size() + unaryTests.size();
    }

    private static ParsedExpression parsed(java.util.Map<String, ParsedExpression> memory, String expression,
            Function<String, Either<Failure, ParsedExpression>> parser) {
        ParsedExpression parsed = memory.get(expression);
        if (parsed == null) {
            Either<Failure, ParsedExpression> result = parser.apply(expression);
            if (result instanceof Left<Failure, ParsedExpression> failure) {
                throw LOGGER.evaluationException(failure.value().message());
            }
            parsed = ((Right<Failure, ParsedExpression>) result).value();
            if (memory.size() >= MAX_REMEMBERED) {
                memory.clear();
            }
            memory.put(expression, parsed);
        }
        return parsed;
    }

    /** What FEEL's own {@code FeelEngine.evaluate} does after parsing, with the built-in functions kept. */
    private Object evaluate(ParsedExpression parsed, VariableProvider variables) {
        EvalContext context = new EvalContext(values, variables, functions, new EvaluationFailureCollector());
        try {
            return unpacked(parsed, interpreter.eval(parsed.expression(), context), context);
        } catch (FeelException failure) {
            throw failure;
        } catch (RuntimeException e) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "' : " + e);
        }
    }

    private Object unpacked(ParsedExpression parsed, Val result, EvalContext context) {
        Iterator<EvaluationFailure> failures = context.failureCollector().failures().iterator();
        while (failures.hasNext()) {
            EvaluationFailure failure = failures.next();
            if (failure.failureType() == EvaluationFailureType.ASSERT_FAILURE$.MODULE$) {
                throw LOGGER.evaluationException("Assertion failure on evaluate the expression '" + parsed.text()
                        + "': " + failure.failureMessage());
            }
        }
        String error = result instanceof ValError e ? e.error() : result instanceof ValFatalError f ? f.error() : null;
        if (error != null) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error);
        }
        return values.unpackVal(result);
    }
}
