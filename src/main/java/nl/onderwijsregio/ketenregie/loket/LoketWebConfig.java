package nl.onderwijsregio.ketenregie.loket;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hooks the intake's limits and its strict JSON reading into Spring MVC. */
@Configuration
class LoketWebConfig implements WebMvcConfigurer {

    private final ClientRateLimit rateLimit;
    private final IntakeBodyLimit bodyLimit;
    private final ObjectMapper objectMapper;

    LoketWebConfig(ClientRateLimit rateLimit, IntakeBodyLimit bodyLimit, ObjectMapper objectMapper) {
        this.rateLimit = rateLimit;
        this.bodyLimit = bodyLimit;
        this.objectMapper = objectMapper;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Every request counts against the client's limit, also one that is too large.
        registry.addInterceptor(rateLimit);
        registry.addInterceptor(bodyLimit);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new StrictRegistrationReader(objectMapper));
    }
}
