package nl.onderwijsregio.ketenregie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.web.StartupWork;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

/** The demo data is generated once, in the background, with changes refused and the job executor paused. */
class DemoStartTest {

    private final StartupWork work = new StartupWork();
    private final DossierQueries dossiers = mock(DossierQueries.class);
    private final ProcessEngineConfigurationImpl engine = mock(ProcessEngineConfigurationImpl.class);
    private final JobExecutor jobs = mock(JobExecutor.class);
    private final List<String> log = new ArrayList<>();

    DemoStartTest() {
        when(engine.getJobExecutor()).thenReturn(jobs);
        when(jobs.isActive()).thenReturn(true);
    }

    @Test
    void generatesEveryPartInTheBackgroundWhileChangesWaitAndJobsPause() throws Exception {
        DemoStart start = new DemoStart(List.of(generator("cohorten", false), generator("mislukt", true),
                generator("garantiefonds", false)), dossiers, work, engine, true);

        start.onAcceptingTraffic(accepting());
        start.onAcceptingTraffic(accepting()); // readiness may be announced again: generated once

        assertThat(work.awaitEnd(Duration.ofSeconds(30))).isTrue();
        assertThat(log).containsExactly("cohorten busy=true", "mislukt busy=true", "garantiefonds busy=true");
        assertThat(work.busy()).isFalse();
        InOrder order = inOrder(jobs);
        order.verify(jobs).shutdown();
        order.verify(jobs).start();
    }

    @Test
    void generatesNothingOnADatabaseWithDossiersOrWhenSwitchedOff() {
        when(dossiers.count()).thenReturn(12L);
        new DemoStart(List.of(generator("cohorten", false)), dossiers, work, engine, true).onAcceptingTraffic(accepting());
        when(dossiers.count()).thenReturn(0L);
        new DemoStart(List.of(generator("cohorten", false)), dossiers, work, engine, false).onAcceptingTraffic(accepting());

        assertThat(work.busy()).isFalse();
        assertThat(log).isEmpty();
        verify(jobs, never()).shutdown();
    }

    private DemoGenerator generator(String name, boolean fails) {
        return new DemoGenerator() {
            @Override
            public String what() {
                return name;
            }

            @Override
            public void generateUntilNow() {
                log.add(name + " busy=" + work.busy());
                if (fails) {
                    throw new IllegalStateException("kapot");
                }
            }
        };
    }

    private static AvailabilityChangeEvent<ReadinessState> accepting() {
        return new AvailabilityChangeEvent<>(new Object(), ReadinessState.ACCEPTING_TRAFFIC);
    }
}
