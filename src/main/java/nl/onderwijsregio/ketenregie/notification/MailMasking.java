package nl.onderwijsregio.ketenregie.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the technical administrator sees of a mail on /beheer/mail: enough to find and retry it, not the
 * candidate's address and never a stop-link token, which would let the reader stop someone's track.
 * Staff addresses stay readable: the administrator manages those.
 */
final class MailMasking {

    static final String HIDDEN = "[verborgen]";
    private static final Pattern STOP_LINK = Pattern.compile("(/stoppen/)[^\\s\"'<>&]+");

    private MailMasking() {
    }

    /** {@code sanne.devries@example.nl} becomes {@code s***@example.nl}. */
    static String address(String address) {
        int at = address.indexOf('@');
        if (at < 1) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    static String recipient(OutboxMessage message) {
        return message.recipientUser() == null ? address(message.recipient()) : message.recipient();
    }

    /** The mail's text or HTML with the candidate's address masked and stop-link tokens removed. */
    static String content(String content, OutboxMessage message) {
        String masked = STOP_LINK.matcher(content).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN));
        if (message.recipientUser() == null && !message.recipient().isEmpty()) {
            masked = masked.replace(message.recipient(), address(message.recipient()));
        }
        return masked;
    }
}
