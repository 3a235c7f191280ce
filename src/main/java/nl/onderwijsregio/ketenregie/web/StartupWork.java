package nl.onderwijsregio.ketenregie.web;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Work the application does in the background right after it started, while people can already log in and
 * look around: generating the demo data. That work moves the engine clock through simulated time, so
 * until it is done every change is refused with a 503 ({@link StartupWorkFilter}) and every page shows
 * the notice (fragments/layout).
 */
@Component
public class StartupWork {

    private volatile Supplier<String> notice;
    private volatile CountDownLatch done = new CountDownLatch(0);

    /** {@code notice} says what is happening, in Dutch; it is asked again for every page. */
    public void begin(Supplier<String> notice) {
        done = new CountDownLatch(1);
        this.notice = notice;
    }

    public void end() {
        this.notice = null;
        done.countDown();
    }

    /** Waits until the work has ended; false when it still runs after {@code timeout}. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean busy() {
        return notice != null;
    }

    /** The notice for the page header, or null when nothing runs. */
    public String notice() {
        Supplier<String> current = notice;
        return current == null ? null : current.get();
    }
}
