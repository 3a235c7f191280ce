package nl.onderwijsregio.ketenregie.identity;

import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Spring Security login (form and HTTP Basic) against the Camunda identity. The principal carries the
 * user's groups and regions, so the case pages, the API and the Camunda webapps agree on who it is.
 * Failed attempts are throttled per client by {@link LoginThrottle} before Camunda checks the password.
 */
@Component
public class CamundaAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

    private final CamundaIdentity identity;
    private final RecentLogins recentLogins;
    private final LoginThrottle throttle;

    CamundaAuthenticationProvider(CamundaIdentity identity, RecentLogins recentLogins, LoginThrottle throttle) {
        this.identity = identity;
        this.recentLogins = recentLogins;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Onjuiste gebruikersnaam of wachtwoord");
        }
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "onbekend";
        throttle.check(client, userId);
        if (!identity.checkPassword(userId, credentials.toString())) {
            throttle.failed(client, userId);
            throw new BadCredentialsException("Onjuiste gebruikersnaam of wachtwoord");
        }
        throttle.succeeded(client, userId);
        KetenregieUser user = recentLogins.load(userId);
        List<SimpleGrantedAuthority> authorities = user.groups().stream()
                .map(group -> new SimpleGrantedAuthority("GROUP_" + group))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
