package nl.onderwijsregio.ketenregie.kwaliteit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forms of the quality cycles follow the current version of the framework (ADR 0013): a score field
 * per criterion, a findings field per standard, and every answer of a self-evaluation local to its
 * partnership's subprocess.
 */
@IntegrationTest
class KwaliteitModelTest {

    @Autowired
    QualityFramework framework;

    @Test
    void theFormsAskExactlyTheCriteriaAndStandardsOfTheCurrentFramework() throws IOException {
        QualityFramework.Version current = framework.current(LocalDate.now());
        Set<String> selfEvaluation = keys("forms/zelfevaluatie-invullen.form");
        assertThat(selfEvaluation.stream().filter(key -> key.startsWith("score_")).collect(Collectors.toSet()))
                .isEqualTo(current.criteria().stream().map(c -> "score_" + c.code()).collect(Collectors.toSet()));
        assertThat(keys("forms/bevindingen-vastleggen.form").stream().filter(key -> key.startsWith("bevinding_"))
                .collect(Collectors.toSet()))
                .isEqualTo(current.standards().stream().map(s -> "bevinding_" + s.code()).collect(Collectors.toSet()));
        assertThat(current.standards()).hasSize(5).allSatisfy(s -> assertThat(s.criteria()).hasSizeBetween(3, 5));

        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/peer-review-cyclus.bpmn"));
        SubProcess subProcess = model.getModelElementById("SubProcess_Zelfevaluatie");
        Set<String> locals = subProcess.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class)
                .singleResult().getCamundaInputParameters().stream().map(CamundaInputParameter::getCamundaName)
                .collect(Collectors.toSet());
        Set<String> answers = new HashSet<>(selfEvaluation);
        answers.addAll(keys("forms/zelfevaluatie-beoordelen.form"));
        assertThat(locals).as("every answer of a self-evaluation stays with its partnership").containsAll(answers);
    }

    private static Set<String> keys(String form) throws IOException {
        Set<String> keys = new HashSet<>();
        new ObjectMapper().readTree(new File(form)).path("components")
                .forEach(component -> {
                    if (component.hasNonNull("key")) {
                        keys.add(component.get("key").asText());
                    }
                });
        return keys;
    }
}
