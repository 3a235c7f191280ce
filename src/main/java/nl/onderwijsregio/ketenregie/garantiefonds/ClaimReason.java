package nl.onderwijsregio.ketenregie.garantiefonds;

/** Why the employer claims the guarantee (field {@code claimReden}). */
public enum ClaimReason {
    OPLEIDING_NIET_GESTART("Opleiding is niet gestart"),
    KANDIDAAT_GESTOPT("Kandidaat is gestopt"),
    NIET_GESCHIKT("Kandidaat bleek niet geschikt"),
    ANDERS("Anders");

    private final String label;

    ClaimReason(String label) {
        this.label = label;
    }

    /** The Dutch name users see. */
    public String label() {
        return label;
    }
}
