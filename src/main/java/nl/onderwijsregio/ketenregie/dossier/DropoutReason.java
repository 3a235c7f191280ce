package nl.onderwijsregio.ketenregie.dossier;

/** Why a candidate left the track. Codes are a public contract: extend, never rename. */
public enum DropoutReason {
    WERKDRUK("Werkdruk"),
    FINANCIEEL("Financiën of salaris"),
    GEEN_MATCH("Geen match met een school"),
    NIET_GESCHIKT("Niet geschikt (geschiktheidsonderzoek)"),
    OPLEIDING_TE_ZWAAR("Opleiding te zwaar"),
    PERSOONLIJKE_OMSTANDIGHEDEN("Persoonlijke omstandigheden"),
    ANDERE_BAAN("Andere baan"),
    BEGELEIDING_ONVOLDOENDE("Begeleiding niet beschikbaar of onvoldoende"),
    WONEN_REISTIJD("Wonen of reistijd"),
    OVERIG("Overig"),
    /** The candidate used the stop link from a mail (journey withdrawal path; any reason is noted). */
    KANDIDAAT_GESTOPT("Kandidaat gestopt (via de stoplink)");

    private final String label;

    DropoutReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
