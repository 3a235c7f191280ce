package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Two sender instances, each with its own connections, on one PostgreSQL database (always PostgreSQL, also
 * when the rest of the suite runs on H2): every message is delivered exactly once.
 */
class TwoSendersOnPostgresTest {

    static final int MESSAGES = 60;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void twoSendersNeverSendAMessageTwice() throws Exception {
        String url = PostgresTestDatabase.url();
        // The same migrations as the application with the demo profile (idempotent when already applied).
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration", "classpath:db/demo")
                .outOfOrder(true).load().migrate();
        JdbcTemplate setup = new JdbcTemplate(dataSource(url));
        List<UUID> ids = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < MESSAGES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            setup.update("insert into mail_outbox (id, kind, recipient, subject, body_text, body_html, status, attempts, "
                    + "created_at, next_attempt_at) values (?, 'NEW_TASK', ?, 'Test', 'Tekst', '<p>Tekst</p>', "
                    + "'PENDING', 0, ?, ?)", id, "twee-verzenders-" + i + "@example.nl", now, now);
        }

        OutboxSender first = sender(url);
        OutboxSender second = sender(url);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // Both senders wait for the same signal, so they compete for the same rows.
            List<Future<Integer>> results = new ArrayList<>();
            results.add(threads.submit(drain(first, start)));
            results.add(threads.submit(drain(second, start)));
            start.countDown();
            for (Future<Integer> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> wanted = ids.stream().map(UUID::toString).toList();
        Map<String, Long> received = Arrays.stream(greenMail.getReceivedMessages()).map(MailTestSupport::decode)
                .map(MailTestSupport.Received::outboxId)
                .filter(wanted::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(MESSAGES).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        assertThat(setup.queryForList("select status || ':' || attempts from mail_outbox where id in ("
                + String.join(",", wanted.stream().map(id -> "'" + id + "'").toList()) + ")", String.class))
                .hasSize(MESSAGES).containsOnly("SENT:1");
    }

    private static Callable<Integer> drain(OutboxSender sender, CountDownLatch start) {
        return () -> {
            start.await();
            int total = 0;
            for (int handled = sender.sendDue(); handled > 0; handled = sender.sendDue()) {
                total += handled;
            }
            return total;
        };
    }

    /** An instance of its own: own connections, own transactions, own SMTP client. */
    private static OutboxSender sender(String url) {
        DriverManagerDataSource dataSource = dataSource(url);
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("localhost");
        smtp.setPort(ServerSetupTest.SMTP.getPort());
        MailSettings settings = new MailSettings(true, "Ketenregie <noreply@ketenregie.local>", "http://localhost:8080",
                Duration.ofSeconds(10), 8, Duration.ofMinutes(1), Duration.ofHours(1), 10,
                "test-secret-test-secret-test-secret!", Period.ofDays(60), Period.ofDays(90), false, "0 0 7 * * *",
                "0 30 7 * * *", 2, 20, 500, 20);
        return new OutboxSender(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource), smtp,
                settings, Clock.systemUTC());
    }

    private static DriverManagerDataSource dataSource(String url) {
        return new DriverManagerDataSource(url, "postgres", "");
    }
}
