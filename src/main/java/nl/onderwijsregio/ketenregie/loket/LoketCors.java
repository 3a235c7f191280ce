package nl.onderwijsregio.ketenregie.loket;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The regions' own websites post registrations from the browser: CORS for POST /api/loket/aanmeldingen only,
 * from the origins in {@code ketenregie.loket.cors-origins} (none by default), without cookies. Spring Security
 * applies Spring MVC's CORS configuration, so the preflight is answered before any login check.
 */
@Configuration(proxyBeanMethods = false)
class LoketCors implements WebMvcConfigurer {

    private final List<String> origins;

    LoketCors(@Value("${ketenregie.loket.cors-origins:}") List<String> origins) {
        this.origins = origins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (origins.isEmpty()) {
            return;
        }
        registry.addMapping("/api/loket/aanmeldingen")
                .allowedOrigins(origins.toArray(String[]::new))
                .allowedMethods("POST")
                .allowedHeaders("Content-Type", "Accept", "Accept-Language")
                .exposedHeaders("Retry-After")
                .allowCredentials(false)
                .maxAge(3600);
    }
}
