package nl.onderwijsregio.ketenregie.notification;

/** Where a mail is: waiting to be delivered (also between retries), delivered, or given up on. */
public enum OutboxStatus {
    PENDING("Wacht op verzending"),
    SENT("Verzonden"),
    FAILED("Mislukt");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
