package nl.onderwijsregio.ketenregie.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to go. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        log.info("Ketenregie is gestart: {}/login (aanmelden: {}/aanmelden, Tasklist: {}/camunda/app/tasklist/)",
                base, base, base);
        if (event.getApplicationContext().getEnvironment().matchesProfiles("demo")) {
            log.info("Demo: log in als kr.utrecht met wachtwoord 'demo'; alle demogebruikers staan in README.md");
        }
    }
}
