package nl.onderwijsregio.ketenregie.garantiefonds;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Flow-node coverage of GarantiefondsAanvraag, at least 90%. The journeys the tests drive to reach an
 * application are measured in the journey's own test class, so they are left out here.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
class FundProcessCoverage {

    @Bean
    @Primary
    ProcessEngineCoverageProperties processCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(0.9)
                .excludeProcessDefinitionKeys("ZijInstroomTraject", "VerlopenTaakOpvolgen", "PeerReviewCyclus",
                        "LangstudeerderBegeleiding").build();
    }
}
