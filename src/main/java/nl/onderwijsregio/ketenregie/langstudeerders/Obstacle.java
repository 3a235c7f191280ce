package nl.onderwijsregio.ketenregie.langstudeerders;

/** Why a student takes longer than nominal, as found at the intake (several may apply). */
public enum Obstacle {
    COMBINATIE_WERK_STUDIE("Combinatie van werk en studie"),
    FINANCIEEL("Financieel"),
    STUDIEVAARDIGHEDEN("Studievaardigheden"),
    PERSOONLIJKE_OMSTANDIGHEDEN("Persoonlijke omstandigheden"),
    MOTIVATIE("Motivatie"),
    STAGEPLEK("Stageplek"),
    TOETS_OF_SCRIPTIE("Toets of scriptie"),
    OVERIG("Overig");

    private final String label;

    Obstacle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
