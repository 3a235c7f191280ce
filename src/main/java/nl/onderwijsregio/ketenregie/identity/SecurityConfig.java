package nl.onderwijsregio.ketenregie.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.web.ProblemResponses;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: Spring Security authenticates against the Camunda identity (form login in
 * the browser, HTTP Basic for APIs) and hands the user to the Camunda webapps and REST API, which then
 * apply their own authorization and tenant checks. See docs/adr/0002-one-login-through-spring-security.md.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    static final String REALM = "Ketenregie";

    /** Who may read the aggregated reports (/rapportage, /api/rapportage). */
    static final String[] REPORT_READERS = { "GROUP_" + Groups.MANAGEMENT, "GROUP_" + Groups.KETENREGISSEUR };

    /** Whether the reports are open to this login (the menu shows the link only then). */
    public static boolean readsReports(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(List.of(REPORT_READERS)::contains);
    }

    /**
     * Camunda REST: HTTP Basic only. The browser session is deliberately ignored here, so a forged
     * cross-site request carrying the session cookie gets nowhere, and CSRF tokens are not needed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName(REALM);
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(new MetricsPaths()).hasAuthority("GROUP_" + Groups.CAMUNDA_ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(throttledOr(challenge)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Our JSON API: the public intake is open; the rest needs a session or HTTP Basic. */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = throttledOr((request, response, exception) -> ProblemResponses.write(
                response, HttpStatus.UNAUTHORIZED, "Niet ingelogd",
                "Log in of stuur HTTP Basic-gegevens mee om deze gegevens te bekijken.", Map.of(),
                Map.of("WWW-Authenticate", "Basic realm=\"" + REALM + "\"")));
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/loket/aanmeldingen").permitAll()
                        // The loket's part of the API description, Swagger UI, and the CORS preflight of the loket.
                        .requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/api/openapi.json/loket", "/api/openapi.json/swagger-config").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/loket/aanmeldingen").permitAll()
                        .requestMatchers("/api/rapportage/**").hasAnyAuthority(REPORT_READERS)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, exception) -> ProblemResponses.write(response,
                                HttpStatus.FORBIDDEN, "Geen toegang",
                                "Deze handeling is niet toegestaan.", Map.of(), Map.of())))
                // Only a request that rides on a browser session can be forged cross-site, so only those need
                // the CSRF token; the public intake, HTTP Basic callers and anonymous requests (which then get
                // a clear 401) do not.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/loket/**")
                        .ignoringRequestMatchers(basicAuthRequest())
                        .ignoringRequestMatchers(request -> request.getRequestedSessionId() == null))
                .build();
    }

    /** The Camunda webapps: they have their own CSRF protection and security headers. */
    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(new MetricsPaths()).hasAuthority("GROUP_" + Groups.CAMUNDA_ADMIN)
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                // The logout button in Tasklist and Cockpit ends the shared session, not only Camunda's.
                .logout(logout -> logout
                        .logoutRequestMatcher(request -> request.getRequestURI().matches(".*/camunda/api/admin/auth/user/[^/]+/logout"))
                        .logoutSuccessHandler((request, response, authentication) -> response.setStatus(HttpServletResponse.SC_OK)))
                .build();
    }

    /** Our pages: form login, CSRF tokens in forms, strict content security policy. */
    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/aanmelden", "/aanmelden/bedankt", "/aanmelden/privacy", "/privacy", "/login", "/css/**", "/js/**",
                                "/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health",
                                "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        // The stop link in candidates' mails: no login, the signed token is the credential.
                        .requestMatchers("/stoppen/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("GROUP_" + Groups.CAMUNDA_ADMIN)
                        // Administration pages, e.g. the mail outbox (/beheer/mail).
                        .requestMatchers("/beheer/**").hasAuthority("GROUP_" + Groups.CAMUNDA_ADMIN)
                        // Aggregated reports: management and ketenregisseurs; dossier pages: case workers only.
                        .requestMatchers("/rapportage", "/rapportage/**").hasAnyAuthority(REPORT_READERS)
                        .requestMatchers("/dossiers", "/dossiers/**").access(caseWorkers())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?uitgelogd"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * Matches on the path within the application, whichever servlet serves it: /engine-rest and the
     * Camunda webapps are Jersey servlets, where Spring MVC's servlet-relative patterns would not match.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** A throttled login gets 429 with Retry-After and the Dutch wait; any other failure goes to {@code otherwise}. */
    private static AuthenticationEntryPoint throttledOr(AuthenticationEntryPoint otherwise) {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Te veel pogingen", throttled.getMessage(),
                        Map.of(), Map.of("Retry-After", Long.toString(throttled.retryAfterSeconds())));
            } else {
                otherwise.commence(request, response, exception);
            }
        };
    }

    /** People who work on cases (see KetenregieUser.worksOnCases); management and others get 403. */
    private static AuthorizationManager<RequestAuthorizationContext> caseWorkers() {
        return (authentication, context) -> new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof KetenregieUser user && user.worksOnCases());
    }

    private static RequestMatcher basicAuthRequest() {
        return request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        };
    }

    /** Tells the Camunda REST API who Spring Security authenticated. Runs after the Spring filter chain. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("ketenregie-engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityEngineAuthentication.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(101);
        return registration;
    }

    /** Tells the Camunda webapps (Tasklist, Cockpit, Admin) who Spring Security authenticated. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("ketenregie-webapp-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityEngineAuthentication.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }
}
