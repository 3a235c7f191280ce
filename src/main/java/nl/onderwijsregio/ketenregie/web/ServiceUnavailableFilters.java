package nl.onderwijsregio.ketenregie.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.thymeleaf.ITemplateEngine;

/**
 * Registers the filters that answer 503 before every other filter, Spring Session's included:
 * {@link DatabaseUnavailableFilter} first, then {@link StartupWorkFilter}.
 */
@Configuration
class ServiceUnavailableFilters {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ITemplateEngine templates) {
        return first(new DatabaseUnavailableFilter(templates), 0);
    }

    @Bean
    FilterRegistrationBean<StartupWorkFilter> startupWorkFilter(StartupWork work, ITemplateEngine templates) {
        return first(new StartupWorkFilter(work, templates), 1);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> first(F filter, int position) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + position);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
