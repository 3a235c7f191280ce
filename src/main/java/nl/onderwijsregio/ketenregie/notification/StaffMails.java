package nl.onderwijsregio.ketenregie.notification;

import nl.onderwijsregio.ketenregie.process.ExtensionProperties;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Region;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mails to staff about tasks. A new task goes to its assignee or to the members of its groups in its region:
 * into their daily digest by default, at once for members who chose that or when the task is due within
 * {@code direct-binnen-werkdagen} working days. An escalation task ("Verlopen taak opvolgen: ...") is
 * mailed to the region's ketenregisseurs at once. Staff mails name the task, never the candidate.
 */
@Component
class StaffMails {

    /** BPMN property on a user task: the staff mail its creation sends instead of the usual task alert. */
    static final String STAFF_MAIL_PROPERTY = "stafMail";

    private final StaffDirectory directory;
    private final MailPreferences preferences;
    private final OrganisationService organisations;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaffMails(StaffDirectory directory, MailPreferences preferences, OrganisationService organisations,
            MailTemplates templates, MailSettings settings, Outbox outbox, JdbcTemplate jdbc, Clock clock) {
        this.directory = directory;
        this.preferences = preferences;
        this.organisations = organisations;
        this.templates = templates;
        this.settings = settings;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record TaskLine(String name, String regio, String uiterlijk, String link) {
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void taskCreated(DelegateTask task) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
        List<StaffDirectory.StaffMember> recipients = directory.forTask(task.getAssignee(), groups, task.getTenantId());
        boolean escalation = ExtensionProperties.get(task.getBpmnModelElementInstance(), STAFF_MAIL_PROPERTY)
                .map(MailKind::valueOf).filter(MailKind.ESCALATION::equals).isPresent();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        boolean urgent = WorkingDays.dueWithin(due, clock.instant(), settings.directBinnenWerkdagen());
        Map<String, MailPreferences.Mode> modes = escalation || urgent ? Map.of()
                : preferences.of(recipients.stream().map(StaffDirectory.StaffMember::userId).toList());
        List<Object[]> digest = new ArrayList<>();
        for (StaffDirectory.StaffMember member : recipients) {
            if (escalation) {
                mail(MailKind.ESCALATION, member, task.getTenantId(), List.of(line(task)), Map.of());
            } else if (urgent || modes.get(member.userId()) == MailPreferences.Mode.IMMEDIATE) {
                mail(MailKind.NEW_TASK, member, task.getTenantId(), List.of(line(task)), Map.of("spoed", urgent));
            } else {
                digest.add(new Object[] { member.userId(), task.getId(), task.getName(), task.getTenantId(),
                        due == null ? null : OffsetDateTime.ofInstant(due, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC) });
            }
        }
        if (!digest.isEmpty()) {
            // One round trip for all digest items of the task, however many members its group has.
            jdbc.batchUpdate("insert into mail_digest_item (user_id, task_id, task_name, region_code, due_at, created_at) "
                    + "values (?, ?, ?, ?, ?, ?)", digest);
        }
    }

    TaskLine line(DelegateTask task) {
        return line(task.getId(), task.getName(), task.getTenantId(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    TaskLine line(String taskId, String name, String regionCode, Instant due) {
        String region = organisations.region(regionCode).map(Region::getName).orElse(null);
        return new TaskLine(name, region, MailTemplates.date(due), settings.tasklistLink(taskId));
    }

    /**
     * The daily reminder of a staff member's overdue tasks: {@code shown} of their {@code total}, and when that
     * is not all of them, "en nog X verlopen taken" with a link to all of them ({@code allOverdue}).
     */
    void reminder(StaffDirectory.StaffMember member, String regionCode, List<TaskLine> shown, int total,
            String allOverdue) {
        mail(MailKind.DEADLINE_REMINDER, member, regionCode, shown,
                Map.of("aantal", total, "meer", total - shown.size(), "alleVerlopen", allOverdue));
    }

    /**
     * The daily digest of a staff member's new tasks that are still open: {@code shown} of their {@code total}, and
     * when that is not all of them, "en nog X nieuwe taken" with the link to Tasklist.
     */
    void digest(StaffDirectory.StaffMember member, String regionCode, List<TaskLine> shown, int total) {
        mail(MailKind.TASK_DIGEST, member, regionCode, shown, Map.of("aantal", total, "meer", total - shown.size()));
    }

    /** Writes one staff mail about {@code tasks} to the outbox (in the caller's transaction). */
    void mail(MailKind kind, StaffDirectory.StaffMember member, String regionCode, List<TaskLine> tasks,
            Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("voornaam", member.firstName() == null ? "collega" : member.firstName());
        variables.put("taken", tasks);
        variables.put("aantal", tasks.size());
        variables.put("tasklist", settings.link("/camunda/app/tasklist/"));
        variables.put("instellingen", settings.link("/instellingen/meldingen"));
        Region region = organisations.region(regionCode).orElse(null);
        variables.put("regio", region == null ? null : region.getName());
        // After the defaults: a mail that lists only some of its tasks counts all of them in "aantal".
        variables.putAll(extra);
        MailTemplates.Rendered mail = templates.render(kind, variables);
        outbox.add(new Mail(kind, member.email(), member.userId(), null, null, regionCode, mail.subject(), mail.text(),
                mail.html()));
    }
}
