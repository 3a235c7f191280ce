package nl.onderwijsregio.ketenregie.garantiefonds;

/** Why the committee rejects an application (field {@code afwijzingReden}). */
public enum RejectionReason {
    NIET_TOELAATBAAR("Voldoet niet aan de voorwaarden"),
    ONVOLDOENDE_ONDERBOUWD("Risico onvoldoende onderbouwd"),
    BUDGET_ONTOEREIKEND("Budget van het fonds ontoereikend"),
    ANDERS("Anders");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    /** The Dutch name users see. */
    public String label() {
        return label;
    }
}
