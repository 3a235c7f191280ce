package nl.onderwijsregio.ketenregie.demo;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.web.StartupWork;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo data on the first start of the demo profile (no dossiers yet, and ketenregie.demo.cohorten not
 * false): every {@link DemoGenerator} in order, in one background thread, so that a new user can log in
 * and look around within seconds instead of waiting two minutes for the simulated years. Meanwhile
 * {@link StartupWork} refuses changes and every page says what is happening, and the job executor pauses:
 * the generators move the one engine clock, and nobody else may act at their simulated moments.
 *
 * <p>It starts when the application accepts traffic, which Spring Boot announces after every
 * ApplicationReadyEvent listener ran, Camunda's start of the job executor included.
 */
@Component
@Profile("demo")
class DemoStart {

    private static final Logger log = LoggerFactory.getLogger(DemoStart.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl-NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final List<DemoGenerator> generators;
    private final DossierQueries dossiers;
    private final StartupWork work;
    private final ProcessEngineConfigurationImpl engine;
    private final boolean onFirstStart;
    private final AtomicBoolean started = new AtomicBoolean();

    DemoStart(List<DemoGenerator> generators, DossierQueries dossiers, StartupWork work,
            ProcessEngineConfigurationImpl engine, @Value("${ketenregie.demo.cohorten:false}") boolean onFirstStart) {
        this.generators = generators;
        this.dossiers = dossiers;
        this.work = work;
        this.engine = engine;
        this.onFirstStart = onFirstStart;
    }

    @EventListener
    public void onAcceptingTraffic(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !onFirstStart || dossiers.count() > 0
                || !started.compareAndSet(false, true)) {
            return;
        }
        work.begin(DemoStart::notice);
        Thread thread = new Thread(this::generateAll, "demo-gegevens");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs every generator; one that fails costs the demo its own part only. */
    void generateAll() {
        long start = System.nanoTime();
        JobExecutor jobs = engine.getJobExecutor();
        boolean jobsWereActive = jobs != null && jobs.isActive();
        if (jobsWereActive) {
            jobs.shutdown();
        }
        try {
            for (DemoGenerator generator : generators) {
                try {
                    generator.generateUntilNow();
                } catch (RuntimeException e) {
                    log.warn("Demo: {} niet (volledig) aangemaakt: {}", generator.what(), e.toString());
                }
            }
        } finally {
            ClockUtil.reset();
            if (jobsWereActive) {
                jobs.start();
            }
            work.end();
            log.info("Demo-gegevens aangemaakt in {} s; wijzigen kan weer",
                    Duration.ofNanos(System.nanoTime() - start).toSeconds());
        }
    }

    private static String notice() {
        return "Demo-gegevens worden aangemaakt: de keten is nagespeeld tot en met "
                + MONTH.format(ClockUtil.getCurrentTime().toInstant()) + ". Kijk gerust rond; wijzigen kan zodra dit klaar is "
                + "(over een paar minuten).";
    }
}
