package nl.onderwijsregio.ketenregie.loket;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The privacy statement linked from the registration form (ketenregie.loket.privacy.*), set per
 * deployment: who is responsible, whom to contact, what the data is used for and how long it is kept.
 */
@ConfigurationProperties("ketenregie.loket.privacy")
record PrivacyStatement(String verwerkingsverantwoordelijke, String contact, List<String> doelen,
        List<String> bewaartermijnen) {

    PrivacyStatement {
        doelen = doelen == null ? List.of() : List.copyOf(doelen);
        bewaartermijnen = bewaartermijnen == null ? List.of() : List.copyOf(bewaartermijnen);
    }
}
