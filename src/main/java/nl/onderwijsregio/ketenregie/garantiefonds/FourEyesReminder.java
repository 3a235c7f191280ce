package nl.onderwijsregio.ketenregie.garantiefonds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** "Commissie herinneren": the four-eyes confirmation is nearly due; the mail goes through the outbox. */
@Component("vierOgenHerinnering")
class FourEyesReminder implements JavaDelegate {

    private final ApplicationEventPublisher events;

    FourEyesReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new FundEvents.FourEyesReminderDue(FundTrack.applicationOf(execution),
                execution.getTenantId(), null));
    }
}
