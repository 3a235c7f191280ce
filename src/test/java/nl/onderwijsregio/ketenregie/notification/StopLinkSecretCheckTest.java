package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The start-up check of the stop-link key: the public demo key serves the embedded H2 demo only. */
class StopLinkSecretCheckTest {

    private static final String POSTGRES = "jdbc:postgresql://db:5432/ketenregie";

    @Test
    void theDemoKeyIsRefusedOutsideTheEmbeddedDatabaseNamingTheVariable() {
        assertThatThrownBy(() -> StopLinkSecretCheck.check(POSTGRES, StopLinkSecretCheck.DEMO_KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KETENREGIE_MAIL_TOKENSECRET")
                .hasMessageContaining("openssl rand -hex 32");
        assertThatCode(() -> StopLinkSecretCheck.check("jdbc:h2:file:./data/ketenregie", StopLinkSecretCheck.DEMO_KEY))
                .doesNotThrowAnyException();
    }

    @Test
    void aMissingOrShortSecretIsRefusedAndAStrongOneAccepted() {
        assertThatThrownBy(() -> StopLinkSecretCheck.check(POSTGRES, "")).hasMessageContaining("KETENREGIE_MAIL_TOKENSECRET");
        assertThatThrownBy(() -> StopLinkSecretCheck.check(POSTGRES, "a".repeat(31))).isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> StopLinkSecretCheck.check(POSTGRES, "0123456789abcdef0123456789abcdef"))
                .doesNotThrowAnyException();
    }

    @Test
    void theCheckKnowsTheKeyTheDemoProfileShips() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-demo.yml"));
        Properties demo = yaml.getObject();
        assertThat(demo.getProperty("ketenregie.mail.token-secret"))
                .isEqualTo("${KETENREGIE_MAIL_TOKENSECRET:" + StopLinkSecretCheck.DEMO_KEY + "}");
    }
}
