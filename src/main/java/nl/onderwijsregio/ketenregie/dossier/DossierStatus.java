package nl.onderwijsregio.ketenregie.dossier;

/** Whether a dossier is still running, and if not, how it ended. */
public enum DossierStatus {
    LOPEND, UITGEVALLEN, OVERGEDRAGEN, AFGEROND;

    static DossierStatus after(Outcome endingOutcome) {
        return switch (endingOutcome) {
            case UITGEVALLEN -> UITGEVALLEN;
            case OVERGEDRAGEN -> OVERGEDRAGEN;
            case AFGEROND, DOORGESTROOMD -> AFGEROND;
        };
    }
}
