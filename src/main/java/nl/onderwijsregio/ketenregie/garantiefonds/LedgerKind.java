package nl.onderwijsregio.ketenregie.garantiefonds;

/** A change of money in the fund's ledger. */
public enum LedgerKind {
    RESERVERING("Reservering"),
    VRIJGAVE("Vrijgave"),
    UITBETALING("Uitbetaling"),
    CORRECTIE("Correctie");

    private final String label;

    LedgerKind(String label) {
        this.label = label;
    }

    /** The Dutch name users see. */
    public String label() {
        return label;
    }
}
