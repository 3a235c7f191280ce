package nl.onderwijsregio.ketenregie.privacy;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Flow-node coverage of VerwijderverzoekAfhandelen, at least 90%. The journeys the tests stop to reach a request
 * and the follow-up of the overdue review are measured in the journey's own test class.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
class ErasureRequestProcessCoverage {

    @Bean
    @Primary
    ProcessEngineCoverageProperties processCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(0.9)
                .excludeProcessDefinitionKeys("ZijInstroomTraject", "VerlopenTaakOpvolgen", "GarantiefondsAanvraag",
                        "PeerReviewCyclus", "LangstudeerderBegeleiding").build();
    }
}
