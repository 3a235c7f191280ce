package nl.onderwijsregio.ketenregie.journey;

/**
 * The few process variables of the journey. None of them is personal data: names and contact details
 * live in the dossier only.
 */
final class ProcessVariables {

    /** Region code; also the tenant of the process instance. */
    static final String REGIO = "regio";
    static final String SECTOR = "sector";
    /** Transient: who started the step, for the stage history when no staff member is logged in. */
    static final String ACTOR = "actor";

    // Set by the intake conversation form.
    static final String VAK = "vak";
    static final String OPLEIDINGSNIVEAU = "opleidingsniveau";
    static final String BUITENLANDS_DIPLOMA = "buitenlandsDiploma";
    static final String UITKOMST = "uitkomst";
    static final String UITVAL_REDEN = "uitvalReden";
    static final String ONNODIG = "onnodig";

    private ProcessVariables() {
    }
}
