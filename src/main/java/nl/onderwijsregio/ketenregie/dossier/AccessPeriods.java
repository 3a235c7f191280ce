package nl.onderwijsregio.ketenregie.dossier;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Need-to-know limits on organisation staff (ketenregie.privacy.toegang.*, docs/security.md). A ketenregisseur
 * keeps access to the region's dossiers; these limits apply to school, bestuur and institute staff.
 *
 * @param vliegendeStartNawerking how long the host school of a Vliegende Start keeps access after it ended
 * @param naEinde how long an organisation keeps access to a dossier after its track ended
 */
@Validated
@ConfigurationProperties("ketenregie.privacy.toegang")
public record AccessPeriods(@NotNull Period vliegendeStartNawerking, @NotNull Period naEinde) {
}
