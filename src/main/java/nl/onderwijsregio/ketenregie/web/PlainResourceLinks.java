package nl.onderwijsregio.ketenregie.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages stay as written. Spring Boot registers {@link ResourceUrlEncodingFilter} because the webjars
 * locator is on the class path; it then looks up every {@code @{...}} link of a template as a possible static
 * resource, which for a link like {@code /dossiers/<id>} misses its cache and searches every jar of the class
 * path. In the load test that was a quarter of the CPU and most of what the work list page cost beyond its API
 * (docs/benchmarks.md). We use no versioned resource URLs; a webjar link without a version
 * ({@code /webjars/htmx.org/dist/htmx.min.js}) is still resolved when it is requested. Registering the filter
 * disabled keeps Spring Boot from registering its own.
 */
@Configuration
class PlainResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
