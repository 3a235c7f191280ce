package nl.onderwijsregio.ketenregie.kwaliteit;

import nl.onderwijsregio.ketenregie.process.TrackStatus;

/** The statuses of a monitor round or peer review: the codes of the track of PeerReviewCyclus. */
public enum CycleStatus implements TrackStatus {
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

    @Override
    public String label() {
        return label;
    }

    /** Whether the status ends the cycle (an outcome in the BPMN). */
    @Override
    public boolean isEnd() {
        return this == AFGESLOTEN;
    }
}
