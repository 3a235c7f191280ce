package nl.onderwijsregio.ketenregie.fault;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.ketenregie.notification.OutboxSender;

/**
 * The SMTP server of the fault suite: GreenMail on a port of its own that can be taken away (an outage) and
 * brought back on the same port. It remembers the outbox id of every mail received by any of its runs, so
 * lost and doubled mails can be counted over the whole suite.
 */
final class SmtpServer implements AutoCloseable {

    final int port;
    private final List<String> receivedBefore = new ArrayList<>();
    private GreenMail running;

    SmtpServer() throws IOException {
        this.port = TemporaryPostgres.freePort();
    }

    SmtpServer start() {
        running = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        running.start();
        return this;
    }

    /** The outage: the port refuses connections until {@link #start()}. */
    void stop() throws MessagingException {
        receivedBefore.addAll(idsOf(running));
        running.stop();
        running = null;
    }

    /** The outbox id (header {@value OutboxSender#MESSAGE_ID_HEADER}) of every mail received so far, repeats included. */
    List<String> received() throws MessagingException {
        List<String> all = new ArrayList<>(receivedBefore);
        if (running != null) {
            all.addAll(idsOf(running));
        }
        return all;
    }

    private static List<String> idsOf(GreenMail server) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            ids.add(message.getHeader(OutboxSender.MESSAGE_ID_HEADER, null));
        }
        return ids;
    }

    @Override
    public void close() {
        if (running != null) {
            running.stop();
        }
    }
}
