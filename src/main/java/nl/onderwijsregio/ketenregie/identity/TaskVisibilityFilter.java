package nl.onderwijsregio.ketenregie.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A task you may not see does not exist for you. Camunda answers an operation on a task of another
 * region with an engine error (HTTP 500); for the REST API and Tasklist we answer 404 instead, the same
 * as for an unknown id, before the request reaches Camunda. Visibility is the engine's own: a task query
 * under the user's groups and tenants.
 */
class TaskVisibilityFilter extends OncePerRequestFilter {

    private static final Pattern TASK_PATH = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)(?:/.*)?$");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    static {
        PATHS.setUrlDecode(true);
        PATHS.setRemoveSemicolonContent(true);
    }

    /** The same for a task of another region and one that is gone, e.g. completed a moment ago by someone else. */
    private static final String GONE = "Taak niet gevonden. Bestond hij wel, dan heeft iemand anders hem intussen afgerond.";

    private static final Set<String> COLLECTION_PATHS = Set.of("count", "create", "report");

    private final TaskService taskService;
    private final IdentityService identityService;

    TaskVisibilityFilter(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = TASK_PATH.matcher(normalisedPath(request));
        Optional<KetenregieUser> user = CurrentUser.get();
        if (matcher.matches() && !COLLECTION_PATHS.contains(matcher.group(1)) && user.isPresent()
                && !visible(matcher.group(1), user.get())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Niet gevonden\",\"status\":404,"
                    + "\"detail\":\"" + GONE + "\",\"message\":\"" + GONE + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The path as Camunda's REST layer matches it: percent-decoded, without ;parameters, with repeated
     * slashes merged. Matching the raw URI would let /engine-rest/t%61sk/{id} slip past.
     */
    static String normalisedPath(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    }

    private boolean visible(String taskId, KetenregieUser user) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.userId(), List.copyOf(user.groups()), List.copyOf(user.regions()));
        try {
            return taskService.createTaskQuery().taskId(taskId).count() > 0;
        } finally {
            if (previous != null) {
                identityService.setAuthentication(previous);
            } else {
                identityService.clearAuthentication();
            }
        }
    }

    @Configuration
    static class Registration {

        /** After Spring Security (which knows the user), before Camunda's REST and webapp resources. */
        @Bean
        FilterRegistrationBean<TaskVisibilityFilter> taskVisibility(TaskService taskService,
                IdentityService identityService) {
            FilterRegistrationBean<TaskVisibilityFilter> registration =
                    new FilterRegistrationBean<>(new TaskVisibilityFilter(taskService, identityService));
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            registration.setOrder(100);
            return registration;
        }
    }
}
