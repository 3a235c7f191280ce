package nl.onderwijsregio.ketenregie.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Hands the user that Spring Security authenticated to Camunda (webapps and /engine-rest), with their
 * groups and tenants, so the engine applies its authorization and tenant checks to that user.
 * Camunda instantiates this class by name from a filter init parameter.
 */
public class SpringSecurityEngineAuthentication implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return CurrentUser.get()
                .map(SpringSecurityEngineAuthentication::toResult)
                .orElseGet(AuthenticationResult::unsuccessful);
    }

    private static AuthenticationResult toResult(KetenregieUser user) {
        AuthenticationResult result = AuthenticationResult.successful(user.userId());
        result.setGroups(List.copyOf(user.groups()));
        result.setTenants(List.copyOf(user.regions()));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security sends the challenge (login page or WWW-Authenticate) before we get here.
    }
}
