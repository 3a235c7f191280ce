package nl.onderwijsregio.ketenregie.garantiefonds;

/** The risk a guarantee covers (field {@code risico}). */
public enum RiskType {
    LOONKOSTEN_VOOR_START("Loonkosten vóór de start van de opleiding"),
    OPLEIDINGSKOSTEN_VOORSCHOT("Voorschot op de opleidingskosten"),
    CONTRACTRISICO_GESCHIKTHEID("Contractrisico tot het geschiktheidsonderzoek"),
    OVERIG("Overig risico");

    private final String label;

    RiskType(String label) {
        this.label = label;
    }

    /** The Dutch name users see. */
    public String label() {
        return label;
    }
}
