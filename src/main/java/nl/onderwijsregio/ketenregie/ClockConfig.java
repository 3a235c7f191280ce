package nl.onderwijsregio.ketenregie;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /** One clock for all case data, so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
