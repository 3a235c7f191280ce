package nl.onderwijsregio.ketenregie.web;

import org.apache.catalina.filters.FailedRequestFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat silently drops the parameters of a form post over server.tomcat.max-http-form-post-size (or with
 * broken encoding); the CSRF check would then answer a misleading 403. Tomcat's FailedRequestFilter turns
 * that into 413 (too large) or 400 before anything else runs, and {@link ErrorPages} explains it in Dutch.
 */
@Configuration
class FormSizeCheck {

    @Bean
    FilterRegistrationBean<FailedRequestFilter> failedRequestFilter() {
        FilterRegistrationBean<FailedRequestFilter> registration = new FilterRegistrationBean<>(new FailedRequestFilter());
        registration.setName("ketenregie-failed-request");
        // After Spring Boot's CharacterEncodingFilter (HIGHEST_PRECEDENCE), or the parameters it parses would be
        // decoded as ISO-8859-1; before Spring Security, whose CSRF check reads them.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
