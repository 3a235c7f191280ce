package nl.onderwijsregio.ketenregie.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@link CommandGuard} that lean on Camunda internals: if an upgrade renames the fields it
 * reads or changes the command classes, this fails before any completion goes unchecked.
 */
class CommandGuardTest {

    @Test
    void readsTaskAndVariablesOfTheCompletionCommands() {
        Map<String, Object> variables = Map.of("uitkomst", "aanbod");
        assertThat(CommandGuard.field(CompleteTaskCmd.class, "taskId", new CompleteTaskCmd("t1", variables))).isEqualTo("t1");
        assertThat(CommandGuard.field(CompleteTaskCmd.class, "variables", new ResolveTaskCmd("t2", variables)))
                .isEqualTo(variables);
        SubmitTaskFormCmd submit = new SubmitTaskFormCmd("t3", variables, false, false);
        assertThat(CommandGuard.field(SubmitTaskFormCmd.class, "taskId", submit)).isEqualTo("t3");
        assertThat(((Map<?, ?>) CommandGuard.field(SubmitTaskFormCmd.class, "properties", submit)).get("uitkomst"))
                .isEqualTo("aanbod");
    }

    @Test
    void knowsEveryCommandThatWritesVariablesOutsideACompletion() {
        Map<String, Object> variables = Map.of("regio", "midden-nederland");
        assertThat(List.of(new SetTaskVariablesCmd("t", variables, false), new SetTaskVariablesCmd("t", variables, true),
                new SetExecutionVariablesCmd("e", variables, false),
                new PatchExecutionVariablesCmd("e", variables, List.of(), false),
                new RemoveTaskVariablesCmd("t", List.of("regio"), false)))
                .allMatch(CommandGuard::writesVariables);
        assertThat(CommandGuard.writesVariables(new ClaimTaskCmd("t", "u"))).isFalse();
        assertThat(CommandGuard.writesVariables(new CompleteTaskCmd("t", variables))).isFalse();
    }

    @Test
    void aReadOnlyFieldMayComeBackAsTheSameValueInAnotherType() {
        assertThat(CommandGuard.sameValue(1, 1L)).isTrue();
        assertThat(CommandGuard.sameValue(1, Variables.longValue(1L))).isTrue();
        assertThat(CommandGuard.sameValue(1, 1.0)).isTrue();
        assertThat(CommandGuard.sameValue(1, 0)).isFalse();
        assertThat(CommandGuard.sameValue("Intakegesprek voeren", "Intakegesprek voeren")).isTrue();
        assertThat(CommandGuard.sameValue(null, "")).isTrue();
        assertThat(CommandGuard.sameValue(null, "iets")).isFalse();
        assertThat(CommandGuard.sameValue("a", null)).isFalse();
    }
}
