package nl.onderwijsregio.ketenregie.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The login throttle on its own, with a hand-moved clock: per client and user, per client, and the wait. */
class LoginThrottleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofSeconds(30), Duration.ofMinutes(2),
            nanos::get);

    @Test
    void aClientWaitsAfterTooManyFailuresForOneUserWhileOtherClientsDoNot() {
        for (int i = 0; i < 3; i++) {
            throttle.check("10.0.0.1", "kr.utrecht");
            throttle.failed("10.0.0.1", "kr.utrecht");
        }
        assertThatThrownBy(() -> throttle.check("10.0.0.1", "kr.utrecht"))
                .isInstanceOf(LoginThrottledException.class)
                .hasMessage("Te veel pogingen, probeer het over 30 seconden opnieuw.");
        assertThatCode(() -> throttle.check("10.0.0.2", "kr.utrecht")).doesNotThrowAnyException();

        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThatCode(() -> throttle.check("10.0.0.1", "kr.utrecht")).doesNotThrowAnyException();
        throttle.failed("10.0.0.1", "kr.utrecht");
        assertThatThrownBy(() -> throttle.check("10.0.0.1", "kr.utrecht"))
                .hasMessage("Te veel pogingen, probeer het over 60 seconden opnieuw.");
    }

    @Test
    void aClientGuessingManyUserNamesWaitsToo() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.3", "gebruiker" + i);
        }
        assertThatThrownBy(() -> throttle.check("10.0.0.3", "iemand.anders")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void theWaitNeverExceedsTheMaximum() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("10.0.0.4", "hr.spo");
        }
        assertThatThrownBy(() -> throttle.check("10.0.0.4", "hr.spo"))
                .hasMessage("Te veel pogingen, probeer het over 120 seconden opnieuw.");
    }
}
