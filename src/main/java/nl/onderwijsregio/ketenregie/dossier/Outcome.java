package nl.onderwijsregio.ketenregie.dossier;

/** How a stage ended. */
public enum Outcome {
    /** Moved on to the next stage. */
    DOORGESTROOMD,
    /** Dropped out; a reason code and the avoidable flag are recorded. */
    UITGEVALLEN,
    /** Warm handover to another region or sector: not dropout. */
    OVERGEDRAGEN,
    /** The track ended as planned. */
    AFGEROND
}
