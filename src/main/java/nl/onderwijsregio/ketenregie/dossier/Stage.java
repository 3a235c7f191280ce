package nl.onderwijsregio.ketenregie.dossier;

/** The stages of the zij-instroom journey, in order. Codes are a public contract: extend, never rename. */
public enum Stage {
    AANMELDING("Aanmelding"),
    ORIENTATIE("Oriëntatie"),
    VLIEGENDE_START("Vliegende Start"),
    SOLLICITATIE("Sollicitatie en matching"),
    GESCHIKTHEIDSONDERZOEK("Geschiktheidsonderzoek"),
    AANSTELLING("Aanstelling"),
    DUBBELE_BEZETTING("Dubbele bezetting"),
    BEGELEIDING("Begeleiding"),
    INDUCTIE("Inductie"),
    BEHOUD("Behoud");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From appointment until coaching ends the zij-instromer occupies a guidance place at the school. */
    public boolean usesGuidanceCapacity() {
        return this == AANSTELLING || this == DUBBELE_BEZETTING || this == BEGELEIDING;
    }
}
