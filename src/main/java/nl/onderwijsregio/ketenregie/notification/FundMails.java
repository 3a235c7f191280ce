package nl.onderwijsregio.ketenregie.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.garantiefonds.Euro;
import nl.onderwijsregio.ketenregie.garantiefonds.FundEvents;
import nl.onderwijsregio.ketenregie.identity.Groups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Staff mails of the garantiefonds, written to the outbox in the step's transaction: the committee's
 * decision to the staff member who applied (of the candidate only the first name), and a reminder to the
 * region's committee before a four-eyes confirmation is due.
 */
@Component
class FundMails {

    private final StaffDirectory directory;
    private final StaffMails staffMails;
    private final DossierService dossiers;
    private final MailSettings settings;

    FundMails(StaffDirectory directory, StaffMails staffMails, DossierService dossiers, MailSettings settings) {
        this.directory = directory;
        this.staffMails = staffMails;
        this.dossiers = dossiers;
        this.settings = settings;
    }

    @EventListener
    public void decisionMade(FundEvents.DecisionMade decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("toegekend", decision.granted());
        variables.put("bedrag", decision.amount() == null ? null : Euro.format(decision.amount()));
        variables.put("reden", decision.reason());
        variables.put("kandidaat", dossiers.get(decision.dossierId()).getVoornaam());
        variables.put("dossier", settings.link("/dossiers/" + decision.dossierId()));
        directory.user(decision.applicant()).ifPresent(member ->
                staffMails.mail(MailKind.FUND_DECISION, member, decision.regionCode(), List.of(), variables));
    }

    @EventListener
    public void fourEyesReminderDue(FundEvents.FourEyesReminderDue reminder) {
        Map<String, Object> variables = Map.of("overzicht", settings.link("/garantiefonds"));
        directory.forTask(null, List.of(Groups.GARANTIEFONDS_COMMISSIE), reminder.regionCode()).forEach(member ->
                staffMails.mail(MailKind.FUND_FOUR_EYES_REMINDER, member, reminder.regionCode(), List.of(), variables));
    }
}
