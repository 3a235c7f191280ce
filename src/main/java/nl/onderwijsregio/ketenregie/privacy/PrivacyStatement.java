package nl.onderwijsregio.ketenregie.privacy;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who speaks in the public privacy statement ({@code /privacy}), set per deployment
 * ({@code ketenregie.privacy.verklaring.*}): the controller, how to reach the privacy officer, and the purposes.
 * The periods are not set here: the page shows the ones the retention job enforces ({@link PrivacySettings}).
 */
@Validated
@ConfigurationProperties("ketenregie.privacy.verklaring")
record PrivacyStatement(@NotBlank String verwerkingsverantwoordelijke, @NotBlank String functionaris,
        @NotBlank String contact, List<String> doelen) {

    PrivacyStatement {
        doelen = doelen == null ? List.of() : List.copyOf(doelen);
    }
}
