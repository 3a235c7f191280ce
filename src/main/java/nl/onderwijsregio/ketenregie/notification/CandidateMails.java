package nl.onderwijsregio.ketenregie.notification;

import nl.onderwijsregio.ketenregie.process.BusinessKey;
import nl.onderwijsregio.ketenregie.process.ExtensionProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.dossier.TrackEnded;
import nl.onderwijsregio.ketenregie.loket.CandidateRegistered;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Region;
import nl.onderwijsregio.ketenregie.organisation.School;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails to candidates (who have no login). Each is written to the outbox in the transaction of the step
 * that causes it: the registration, a task of the journey being created or completed, the end of the track.
 * Process variables carry no personal data, so name and address come from the dossier.
 */
@Component
class CandidateMails {

    static final String ON_CREATE = "kandidaatMail";
    static final String ON_COMPLETE = "kandidaatMailBijAfronden";

    private final DossierService dossiers;
    private final OrganisationService organisations;
    private final MailTemplates templates;
    private final StopLinks stopLinks;
    private final Outbox outbox;

    CandidateMails(DossierService dossiers, OrganisationService organisations, MailTemplates templates,
            StopLinks stopLinks, Outbox outbox) {
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.templates = templates;
        this.stopLinks = stopLinks;
        this.outbox = outbox;
    }

    /** A new dossier (never a repeated registration): confirmation with what happens next. */
    @EventListener
    public void registered(CandidateRegistered event) {
        send(MailKind.REGISTRATION_CONFIRMATION, dossiers.get(event.dossierId()), Map.of(), true);
    }

    /** A user task that declares {@code kandidaatMail} in the BPMN sends that mail when it is created. */
    @EventListener(condition = "#task.eventName == 'create'")
    public void taskCreated(DelegateTask task) {
        declaredMail(task, ON_CREATE).ifPresent(kind -> {
            Dossier dossier = dossier(task);
            switch (kind) {
                case INTAKE_INVITATION -> send(kind, dossier, Map.of("uiterlijk", MailTemplates.date(task.getDueDate())), true);
                case VLIEGENDE_START_INVITATION -> send(kind, dossier, Map.of("school", organisations
                        .school(dossier.getVliegendeStartSchoolCode()).map(School::getName)
                        .orElse("een school in de regio")), true);
                case FOLLOW_UP -> send(kind, dossier, Map.of("jaar", task.getVariable("jaar")), false);
                default -> throw new IllegalStateException("Mail " + kind + " cannot be declared on a task");
            }
        });
    }

    /**
     * A user task that declares {@code kandidaatMailBijAfronden} sends that mail when it is completed; today
     * the outcome of the application procedure.
     */
    @EventListener(condition = "#task.eventName == 'complete'")
    public void taskCompleted(DelegateTask task) {
        declaredMail(task, ON_COMPLETE).filter(MailKind.APPLICATION_OUTCOME::equals).ifPresent(kind -> {
            Object outcome = task.getVariable("sollicitatieUitkomst");
            Dossier dossier = dossier(task);
            String bestuur = dossier.getBestuurCode() == null ? null
                    : organisations.bestuurNames().get(dossier.getBestuurCode());
            Map<String, Object> variables = new HashMap<>();
            variables.put("aanbod", "aanbod".equals(outcome));
            variables.put("bestuur", bestuur == null ? "het schoolbestuur" : bestuur);
            send(kind, dossier, variables, true);
        });
    }

    /** After a dropout: the exit question (why, and could we have done something). */
    @EventListener
    public void trackEnded(TrackEnded event) {
        if (event.outcome() != Outcome.UITGEVALLEN) {
            return;
        }
        send(MailKind.EXIT_QUESTION, dossiers.get(event.dossierId()),
                Map.of("viaStoplink", event.reason() == DropoutReason.KANDIDAAT_GESTOPT), false);
    }

    private void send(MailKind kind, Dossier dossier, Map<String, Object> extra, boolean withStopLink) {
        Region region = organisations.region(dossier.getRegionCode())
                .orElseThrow(() -> new IllegalStateException("Unknown region " + dossier.getRegionCode()));
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put("voornaam", dossier.getVoornaam());
        variables.put("regio", region.getName());
        variables.put("regioEmail", region.getContactEmail());
        variables.put("regioWebsite", region.getWebsite());
        variables.put("stoplink", withStopLink && dossier.isOpen() ? stopLinks.link(dossier.getId()) : null);
        MailTemplates.Rendered mail = templates.render(kind, variables);
        outbox.add(new Mail(kind, dossier.getEmail(), null, region.getContactEmail(), dossier.getId(),
                dossier.getRegionCode(), mail.subject(), mail.text(), mail.html()));
    }

    private Dossier dossier(DelegateTask task) {
        return dossiers.get(BusinessKey.of(task));
    }

    /** A refused completion rolls back, its mail included: the outbox is written in the same transaction. */
    private static Optional<MailKind> declaredMail(DelegateTask task, String property) {
        return ExtensionProperties.get(task.getBpmnModelElementInstance(), property).map(MailKind::valueOf);
    }
}
