package nl.onderwijsregio.ketenregie.notification;

/**
 * The demo profile signs stop links with a key that is public (application-demo.yml). That is acceptable
 * only on the embedded H2 demo: on any other database there may be real candidates, and anyone could forge
 * their stop links. There the application refuses to start until a secret of its own is set.
 */
final class StopLinkSecretCheck {

    /** The fallback of ketenregie.mail.token-secret in application-demo.yml. */
    static final String DEMO_KEY = "demo-only-stoplink-key-not-for-production-use";
    static final int MIN_LENGTH = 32;

    private StopLinkSecretCheck() {
    }

    static void check(String datasourceUrl, String secret) {
        boolean embeddedDemo = datasourceUrl.startsWith("jdbc:h2:");
        if (secret == null || secret.length() < MIN_LENGTH || (!embeddedDemo && secret.equals(DEMO_KEY))) {
            throw new IllegalStateException("Zet KETENREGIE_MAIL_TOKENSECRET (ketenregie.mail.token-secret) op een "
                    + "geheime waarde van minstens " + MIN_LENGTH + " tekens, bijvoorbeeld met: echo "
                    + "\"KETENREGIE_MAIL_TOKENSECRET=$(openssl rand -hex 32)\" > .env. Daarmee worden de stoplinks "
                    + "in mails aan kandidaten ondertekend; de demosleutel is openbaar en mag alleen op de ingebouwde "
                    + "H2-database. Deze database is " + datasourceUrl + ".");
        }
    }
}
