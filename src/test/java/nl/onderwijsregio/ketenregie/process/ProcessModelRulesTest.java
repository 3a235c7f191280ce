package nl.onderwijsregio.ketenregie.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.garantiefonds.FundProcess;
import nl.onderwijsregio.ketenregie.garantiefonds.FundStatus;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderProcess;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderStatus;
import nl.onderwijsregio.ketenregie.journey.ZijInstroomJourney;
import nl.onderwijsregio.ketenregie.kwaliteit.CycleStatus;
import nl.onderwijsregio.ketenregie.kwaliteit.KwaliteitProcess;
import nl.onderwijsregio.ketenregie.notification.MailKind;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The rules every process model of Ketenregie follows, checked over every {@code processes/*.bpmn}, so a
 * new process that breaks one fails the build:
 * <ul>
 * <li>the process has a history time to live;</li>
 * <li>every user task has a due date from {@code ketenregie.<proces>.termijnen.*} that is configured, a
 * Camunda Form that exists in {@code forms/}, and a completion check (a complete task listener);</li>
 * <li>every user task escalates when overdue (a timeout listener {@code termijnVerstreken} with the same
 * period as its due date) or says why not ({@code escalatie=nee});</li>
 * <li>stage and outcome codes are codes of the process's track;</li>
 * <li>every choice ({@code keuze} with two or more options) is read by a gateway of the process;</li>
 * <li>a variable that routes tasks ({@code candidateGroups}, {@code assignee}) is an editable field of at
 * most one form, whose task has its own completion listener to check it against case data;</li>
 * <li>declared mails are mails that exist.</li>
 * </ul>
 */
class ProcessModelRulesTest {

    /** The codes each process's track knows; a process that declares stages must be listed here. */
    private static final Map<String, Set<String>> TRACK_CODES = Map.of(
            ZijInstroomJourney.PROCESS_KEY, names(Stage.values()),
            FundProcess.PROCESS_KEY, statuses(FundStatus.values(), false),
            KwaliteitProcess.PROCESS_KEY, statuses(CycleStatus.values(), false),
            LangstudeerderProcess.PROCESS_KEY, statuses(LangstudeerderStatus.values(), false));
    private static final Map<String, Set<String>> TRACK_OUTCOMES = Map.of(
            ZijInstroomJourney.PROCESS_KEY, names(Outcome.values()),
            FundProcess.PROCESS_KEY, statuses(FundStatus.values(), true),
            KwaliteitProcess.PROCESS_KEY, statuses(CycleStatus.values(), true),
            LangstudeerderProcess.PROCESS_KEY, statuses(LangstudeerderStatus.values(), true));
    private static final Set<String> MAILS = names(MailKind.values());
    private static final Pattern DUE = Pattern.compile("^\\$\\{termijnen\\.taak\\('([a-z]+)', '([a-z0-9]+)'\\)}$");
    private static final Pattern ESCALATION = Pattern.compile("^\\$\\{termijnen\\.escalatie\\('([a-z]+)', '([a-z0-9]+)'\\)}$");

    private static final Pattern ROUTING_VARIABLE = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    private final Properties settings = settings();
    private final Map<String, Set<String>> formKeys = editableFormKeys();
    private final Set<String> forms = formKeys.keySet();

    @TestFactory
    Stream<DynamicTest> everyProcessFollowsTheRules() {
        File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
        assertThat(models).isNotEmpty();
        return Arrays.stream(models).sorted().map(file -> DynamicTest.dynamicTest(file.getName(), () -> {
            List<String> problems = problemsOf(Bpmn.readModelFromFile(file));
            assertThat(problems).as(file.getName()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> theRulesCatchABrokenModel() {
        BpmnModelInstance broken = Bpmn.createExecutableProcess("Kapot").camundaHistoryTimeToLive(null)
                .startEvent().userTask("Task_Zonder").name("Zonder alles").endEvent().done();
        List<String> problems = problemsOf(broken);
        return Stream.of("historyTimeToLive", "due date", "form", "completion check", "escalates")
                .map(rule -> DynamicTest.dynamicTest(rule, () -> assertThat(problems).anyMatch(p -> p.contains(rule))));
    }

    List<String> problemsOf(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(process.getId() + ": no historyTimeToLive");
            }
            String conditions = process.getChildElementsByType(SequenceFlow.class).stream()
                    .map(flow -> flow.getConditionExpression() == null ? "" : flow.getConditionExpression().getTextContent())
                    .collect(Collectors.joining(" "))
                    + model.getModelElementsByType(SequenceFlow.class).stream()
                    .map(flow -> flow.getConditionExpression() == null ? "" : flow.getConditionExpression().getTextContent())
                    .collect(Collectors.joining(" "));
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                ExtensionProperties.get(element, TrackListener.STAGE_PROPERTY).ifPresent(code -> {
                    if (!TRACK_CODES.getOrDefault(process.getId(), Set.of()).contains(code)) {
                        problems.add(element.getId() + ": stage " + code + " is not a code of the track of " + process.getId());
                    }
                });
                ExtensionProperties.get(element, TrackListener.OUTCOME_PROPERTY).ifPresent(code -> {
                    if (!TRACK_OUTCOMES.getOrDefault(process.getId(), Set.of()).contains(code)) {
                        problems.add(element.getId() + ": outcome " + code + " is not an outcome of " + process.getId());
                    }
                });
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                problems.addAll(userTaskProblems(task, conditions));
            }
            problems.addAll(routingProblems(model));
        }
        return problems;
    }

    private List<String> userTaskProblems(UserTask task, String conditions) {
        List<String> problems = new ArrayList<>();
        String id = task.getId();
        Matcher due = task.getCamundaDueDate() == null ? null : DUE.matcher(task.getCamundaDueDate());
        if (due == null || !due.matches()) {
            problems.add(id + ": no due date of the form ${termijnen.taak('<proces>', '<taak>')}");
        } else if (!settings.containsKey("ketenregie." + due.group(1) + ".termijnen." + due.group(2))) {
            problems.add(id + ": due date period ketenregie." + due.group(1) + ".termijnen." + due.group(2)
                    + " is not configured");
        }
        if (task.getCamundaFormRef() == null || !forms.contains(task.getCamundaFormRef())) {
            problems.add(id + ": no form in forms/ (formRef " + task.getCamundaFormRef() + ")");
        }
        List<CamundaTaskListener> listeners = task.getExtensionElements() == null ? List.of()
                : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list();
        if (listeners.stream().noneMatch(listener -> "complete".equals(listener.getCamundaEvent()))) {
            problems.add(id + ": no completion check (complete task listener)");
        }
        boolean noEscalation = ExtensionProperties.get(task, "escalatie").filter("nee"::equals).isPresent();
        List<CamundaTaskListener> timeouts = listeners.stream()
                .filter(listener -> "timeout".equals(listener.getCamundaEvent())).toList();
        if (!noEscalation && timeouts.size() != 1) {
            problems.add(id + ": never escalates (no timeout listener ${termijnVerstreken}, nor escalatie=nee)");
        }
        for (CamundaTaskListener timeout : timeouts) {
            String timer = timeout.getTimeouts().isEmpty() || timeout.getTimeouts().iterator().next().getTimeDuration() == null
                    ? "" : timeout.getTimeouts().iterator().next().getTimeDuration().getTextContent();
            Matcher escalation = ESCALATION.matcher(timer);
            if (!"${termijnVerstreken}".equals(timeout.getCamundaDelegateExpression()) || !escalation.matches()
                    || due == null || !due.matches() || !escalation.group(1).equals(due.group(1))
                    || !escalation.group(2).equals(due.group(2))) {
                problems.add(id + ": escalates other than by ${termijnVerstreken} after its own due period");
            }
        }
        ExtensionProperties.get(task, ChoiceTaskCompleted.CHOICE_PROPERTY).ifPresent(choice -> {
            String variable = choice.substring(0, choice.indexOf(':'));
            boolean realChoice = choice.substring(choice.indexOf(':') + 1).split(",").length > 1;
            if (realChoice && !Pattern.compile("\\b" + variable + "\\b").matcher(conditions).find()) {
                problems.add(id + ": choice " + variable + " is read by no gateway");
            }
        });
        for (String mail : List.of("kandidaatMail", "kandidaatMailBijAfronden", "stafMail")) {
            ExtensionProperties.get(task, mail).filter(kind -> !MAILS.contains(kind))
                    .ifPresent(kind -> problems.add(id + ": unknown mail " + kind));
        }
        return problems;
    }

    private List<String> routingProblems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        Set<String> routing = new java.util.TreeSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            for (String expression : new String[] { task.getCamundaCandidateGroups(), task.getCamundaAssignee() }) {
                Matcher matcher = ROUTING_VARIABLE.matcher(expression == null ? "" : expression);
                while (matcher.find()) {
                    routing.add(matcher.group(1));
                }
            }
        }
        for (String variable : routing) {
            List<UserTask> setters = model.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> formKeys.getOrDefault(task.getCamundaFormRef(), Set.of()).contains(variable))
                    .toList();
            if (setters.size() > 1) {
                problems.add("routing variable " + variable + " is a field of " + setters.size() + " forms");
            }
            for (UserTask setter : setters) {
                boolean ownCheck = setter.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
                        .list().stream().anyMatch(listener -> "complete".equals(listener.getCamundaEvent())
                                && !"${keuzeGecontroleerd}".equals(listener.getCamundaDelegateExpression()));
                if (!ownCheck) {
                    problems.add(setter.getId() + ": sets routing variable " + variable + " without its own check");
                }
            }
        }
        return problems;
    }

    /** The codes of a process's own track: its steps, or ({@code ends}) its outcomes. */
    private static Set<String> statuses(TrackStatus[] values, boolean ends) {
        return Arrays.stream(values).filter(status -> status.isEnd() == ends).map(TrackStatus::name)
                .collect(Collectors.toSet());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    private static Properties settings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource("src/main/resources/application.yml"));
        return yaml.getObject();
    }

    /** Per form id, the keys of its fields that a user can edit (not read-only or disabled). */
    private static Map<String, Set<String>> editableFormKeys() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> keys = new HashMap<>();
        for (File form : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
            try {
                var tree = json.readTree(form);
                Set<String> all = new java.util.HashSet<>();
                Set<String> readOnly = new java.util.HashSet<>();
                DeclaredVariables.collect(tree, all, readOnly);
                all.removeAll(readOnly);
                keys.put(tree.get("id").asText(), all);
            } catch (IOException e) {
                throw new IllegalStateException("Unreadable form " + form, e);
            }
        }
        return keys;
    }
}
