package nl.onderwijsregio.ketenregie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform keeps processes apart: a process records steps only on its own track, and a message for
 * the journey reaches the journey also when another process of the same dossier waits for a message of
 * the same name. Both processes here are test models deployed next to the real ones.
 */
@IntegrationTest
class ProcessPlatformTest {

    @Autowired
    JourneyDriver driver;

    @Autowired
    JourneyCommands commands;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProcessEngine engine;

    @Test
    void decisionsEvaluateTheirFeelWithExpressionsParsedOnce() {
        DefaultDmnEngineConfiguration dmn =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration();

        String advice = engine.getDecisionService().evaluateDecisionTableByKey("Trajectadvies")
                .variables(Map.<String, Object>of("eerderBevoegd", false, "buitenlandsDiploma", false, "sector", "VO",
                        "opleidingsniveau", "WO"))
                .evaluate().getSingleResult().getSingleEntry();

        assertThat(advice).isEqualTo("ZIB_VO");
        assertThat(dmn.getFeelEngine()).isInstanceOf(ParsedOnceFeelEngine.class);
        assertThat(((ParsedOnceFeelEngine) dmn.getFeelEngine()).remembered()).isPositive();
    }

    @Test
    void aProcessWithoutATrackCannotEndTheJourneysTrack() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        BpmnModelInstance model = Bpmn.createExecutableProcess("TestZonderSpoor").camundaHistoryTimeToLive(1)
                .startEvent().endEvent("End_Uitgevallen").done();
        declare(model, "End_Uitgevallen", "outcome", "UITGEVALLEN");
        deploy(model);
        List<String> before = journey.stages();

        assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey("TestZonderSpoor")
                .businessKey(journey.dossierId.toString()).setVariable("regio", "utrecht-stad")
                .setVariable("uitvalReden", "WERKDRUK").execute())
                .hasMessageContaining("has no Track");

        assertThat(journey.stages()).isEqualTo(before).last().isEqualTo("ORIENTATIE:open");
        assertThat(journey.dossierRow()).containsEntry("STATUS", "LOPEND");
    }

    @Test
    void aMessageForTheJourneyReachesOnlyTheJourney() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        deploy(Bpmn.createExecutableProcess("TestWachtOpStop").camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent().message("KandidaatStopt").endEvent().done());
        String other = runtimeService.createProcessInstanceByKey("TestWachtOpStop")
                .businessKey(journey.dossierId.toString()).setVariable("regio", "utrecht-stad").execute().getId();

        assertThat(commands.candidateStops(journey.dossierId, DropoutReason.WERKDRUK, false, null, "kr.utrecht")).isTrue();

        assertThat(journey.ended()).isTrue();
        assertThat(journey.stages()).last().isEqualTo("ORIENTATIE:UITGEVALLEN");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(other).count())
                .as("the other process of the dossier still waits").isOne();
    }

    @Test
    void withoutARunningJourneyNothingIsCorrelated() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        commands.candidateStops(journey.dossierId, DropoutReason.WERKDRUK, false, null, "kr.utrecht");

        assertThat(commands.candidateStops(journey.dossierId, DropoutReason.WERKDRUK, false, null, "kr.utrecht")).isFalse();
    }

    private static void declare(BpmnModelInstance model, String elementId, String name, String value) {
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(name);
        property.setCamundaValue(value);
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        properties.addChildElement(property);
        ExtensionElements extensions = model.newInstance(ExtensionElements.class);
        extensions.addChildElement(properties);
        ((BaseElement) model.getModelElementById(elementId)).setExtensionElements(extensions);
    }

    private void deploy(BpmnModelInstance model) {
        repositoryService.createDeployment().addModelInstance("test-" + System.nanoTime() + ".bpmn", model).deploy();
    }
}
