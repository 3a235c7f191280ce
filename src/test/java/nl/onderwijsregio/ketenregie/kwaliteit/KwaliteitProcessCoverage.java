package nl.onderwijsregio.ketenregie.kwaliteit;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Flow-node coverage of PeerReviewCyclus, at least 90%; the follow-up of overdue tasks is measured elsewhere. */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
class KwaliteitProcessCoverage {

    @Bean
    @Primary
    ProcessEngineCoverageProperties processCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(0.9)
                .excludeProcessDefinitionKeys("ZijInstroomTraject", "VerlopenTaakOpvolgen", "GarantiefondsAanvraag")
                .build();
    }
}
