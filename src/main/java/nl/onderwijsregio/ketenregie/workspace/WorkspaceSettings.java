package nl.onderwijsregio.ketenregie.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the work list (ketenregie.werklijst.*), documented in docs/operations.md.
 *
 * @param binnenkortDagen a task due within this many days counts as "binnenkort verlopend"
 * @param paginagrootte dossiers per page
 * @param streefuren coaching hours targeted in year 1 (shown to schoolopleiders)
 */
@ConfigurationProperties("ketenregie.werklijst")
record WorkspaceSettings(@DefaultValue("7") int binnenkortDagen, @DefaultValue("25") int paginagrootte,
        @DefaultValue("320") int streefuren) {
}
