package nl.onderwijsregio.ketenregie.langstudeerders;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Flow-node coverage of LangstudeerderBegeleiding, at least 90%. The journeys that referrals open are
 * measured in the journey's own test class, so they are left out here.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
class LangstudeerderProcessCoverage {

    @Bean
    @Primary
    ProcessEngineCoverageProperties processCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(0.9)
                .excludeProcessDefinitionKeys("ZijInstroomTraject", "VerlopenTaakOpvolgen", "GarantiefondsAanvraag").build();
    }
}
