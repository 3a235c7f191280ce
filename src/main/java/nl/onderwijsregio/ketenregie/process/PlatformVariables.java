package nl.onderwijsregio.ketenregie.process;

/** Process variables every Ketenregie process understands. None of them is personal data. */
public final class PlatformVariables {

    /** Region code; also the tenant of the process instance (set by the server at the start). */
    public static final String REGIO = "regio";
    /** The dossier's short number for staff (UTR-2026-0042), on every instance of a dossier; shown with its tasks. */
    public static final String DOSSIERNUMMER = "dossiernummer";
    /** Transient: who started the step, when no staff member is logged in. Never stored. */
    public static final String ACTOR = "actor";
    /** Reason code (DropoutReason) when a choice ends the track as a dropout. */
    public static final String UITVAL_REDEN = "uitvalReden";
    /** Whether that dropout was avoidable. */
    public static final String ONNODIG = "onnodig";

    private PlatformVariables() {
    }
}
