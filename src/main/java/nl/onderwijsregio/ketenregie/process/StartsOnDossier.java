package nl.onderwijsregio.ketenregie.process;

import nl.onderwijsregio.ketenregie.dossier.Dossier;

/**
 * A process that a feature may start on a dossier it has just opened, without knowing the feature that owns
 * the process (e.g. a langstudeerder referred to the zij-instroom journey). Started through
 * {@link ProcessRegistry#startOnDossier}.
 */
public interface StartsOnDossier extends KetenProcess {

    /** Starts the process for the dossier in the dossier's region; {@code actor} is who caused it. */
    void start(Dossier dossier, String actor);
}
