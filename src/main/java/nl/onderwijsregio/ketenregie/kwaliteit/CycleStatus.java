package nl.onderwijsregio.ketenregie.kwaliteit;

/** The statuses of a monitor round or peer review: the codes of the track of PeerReviewCyclus. */
public enum CycleStatus {
    ZELFEVALUATIES("Zelfevaluaties"),
    VOORBEREIDING("Voorbereiding"),
    PANEL("Panel samenstellen"),
    PLANNING("Visitatie plannen"),
    VISITATIE("Visitatie gepland"),
    BEVINDINGEN("Bevindingen"),
    VERBETERACTIES("Verbeteracties"),
    OPVOLGING("Opvolging verbeteracties"),
    AFSLUITEN("Afsluiten"),
    AFGESLOTEN("Afgesloten");

    private final String label;

    CycleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the status ends the cycle (an outcome in the BPMN). */
    public boolean isEnd() {
        return this == AFGESLOTEN;
    }
}
