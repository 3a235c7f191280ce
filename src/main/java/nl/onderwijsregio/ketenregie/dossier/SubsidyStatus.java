package nl.onderwijsregio.ketenregie.dossier;

/** State of the subsidy application (subsidieregeling zij-instroom) for this candidate. */
public enum SubsidyStatus {
    AANGEVRAAGD, TOEGEKEND, AFGEWEZEN, NIET_VAN_TOEPASSING
}
