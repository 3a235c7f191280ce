package nl.onderwijsregio.ketenregie.dossier;

/** Who pays for the zij-instromer's place; each stream is accounted for separately. */
public enum FundingStream {
    SUBSIDIE_ZIJINSTROOM("Subsidieregeling zij-instroom"),
    CONVENANT("Convenantmiddelen"),
    BESTUUR("Eigen middelen bestuur");

    private final String label;

    FundingStream(String label) {
        this.label = label;
    }

    /** As the form "Aanstelling regelen" names it. */
    public String label() {
        return label;
    }
}
