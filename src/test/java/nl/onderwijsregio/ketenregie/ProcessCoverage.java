package nl.onderwijsregio.ketenregie;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Flow-node coverage of the processes, measured by camunda-process-test-coverage. A test class that imports
 * this (its own Spring context: the coverage plugin needs every process execution to belong to a test
 * class) and adds the listener must cover at least 90% of the flow nodes of the processes it starts; the
 * HTML report is written to target/process-test-coverage.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

    static final double MINIMUM = 0.9;

    @Bean
    @Primary
    ProcessEngineCoverageProperties processCoverageProperties() {
        // The journey's class also drives the follow-ups of overdue tasks; the garantiefonds, the langstudeerders
        // and the quality cycles have classes of their own.
        return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(MINIMUM)
                .excludeProcessDefinitionKeys("GarantiefondsAanvraag", "PeerReviewCyclus",
                        "LangstudeerderBegeleiding").build();
    }
}
