package nl.onderwijsregio.ketenregie.demo;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo identities have a publicly known password. They belong on the embedded database; on any other
 * database the operator must say so explicitly with KETENREGIE_DEMO=true. Checked before the first
 * migration, so a refused start leaves the database untouched.
 */
@Component
@Profile("demo")
class DemoProfileGuard implements FlywayMigrationStrategy {

    private final String datasourceUrl;
    private final boolean demoAllowed;

    DemoProfileGuard(@Value("${spring.datasource.url}") String datasourceUrl,
            @Value("${ketenregie.demo:false}") boolean demoAllowed) {
        this.datasourceUrl = datasourceUrl;
        this.demoAllowed = demoAllowed;
    }

    @Override
    public void migrate(Flyway flyway) {
        check();
        flyway.migrate();
    }

    void check() {
        if (!datasourceUrl.startsWith("jdbc:h2:") && !demoAllowed) {
            throw new IllegalStateException("Het demo-profiel maakt gebruikers met het bekende wachtwoord 'demo' aan "
                    + "en is daarom alleen bedoeld voor de ingebouwde H2-database. Deze database is " + datasourceUrl
                    + ". Start zonder het profiel 'demo', of zet KETENREGIE_DEMO=true als dit bewust een demo-omgeving is.");
        }
    }
}
