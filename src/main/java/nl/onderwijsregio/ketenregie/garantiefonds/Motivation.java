package nl.onderwijsregio.ketenregie.garantiefonds;

/** Why the employer applies (field {@code motivatie}); explanations go in the dossier notes. */
public enum Motivation {
    START_VOOR_GESCHIKTHEID("Start vóór de uitslag van het geschiktheidsonderzoek"),
    VOORFINANCIERING_OPLEIDING("Voorfinanciering van de opleiding"),
    KLEIN_BESTUUR("Klein bestuur met beperkte reserves"),
    TEKORTVAK("Vacature in een tekortvak"),
    ANDERS("Anders");

    private final String label;

    Motivation(String label) {
        this.label = label;
    }

    /** The Dutch name users see. */
    public String label() {
        return label;
    }
}
