package nl.onderwijsregio.ketenregie.process;

import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Reads the camunda:property extension properties the BPMN declares on an element: the way our models
 * declare behaviour (stage, choices, answers to clear, mails, escalation) that one generic listener carries
 * out (ADR 0005, 0007).
 */
public final class ExtensionProperties {

    private ExtensionProperties() {
    }

    public static Optional<String> get(BaseElement element, String name) {
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }
}
