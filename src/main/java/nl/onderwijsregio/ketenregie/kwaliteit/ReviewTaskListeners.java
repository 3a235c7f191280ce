package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The task listeners of a peer review, one bean per task (named as in the BPMN). Each checks the
 * completion in Dutch, then writes the review's case data; panel members and actions are entered through
 * the API or the review page beforehand, and the completion checks that they are complete.
 */
@Configuration
class ReviewTaskListeners {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final PeerReviews reviews;
    private final MonitorRounds rounds;
    private final QualityFramework framework;
    private final GuestAccounts guests;
    private final Clock clock;

    ReviewTaskListeners(PeerReviews reviews, MonitorRounds rounds, QualityFramework framework, GuestAccounts guests,
            Clock clock) {
        this.reviews = reviews;
        this.rounds = rounds;
        this.framework = framework;
        this.guests = guests;
        this.clock = clock;
    }

    /** "Zelfevaluatierapport opstellen": the report is the latest closed monitor round plus a free section. */
    @Bean("zelfevaluatierapportOpgesteld")
    TaskListener reportDrafted() {
        return task -> {
            TaskVariables variables = new TaskVariables(task);
            PeerReview review = review(task);
            String free = variables.requiredText("vrijeTekst", 4000, "het vrije deel van het rapport");
            List<MonitorRound> latest = rounds.latestClosed(review.regionCode(), 1);
            if (latest.isEmpty()) {
                variables.problem("Sluit eerst een monitorronde af: het zelfevaluatierapport bouwt daarop voort.");
            }
            variables.failIfInvalid();
            reviews.prepare(review.id(), latest.get(0).id(), free);
        };
    }

    /** "Panel samenstellen": a chair, a reviewer from another onderwijsregio and one from a lerarenopleiding. */
    @Bean("panelSamengesteld")
    TaskListener panelComposed() {
        return task -> {
            TaskVariables variables = new TaskVariables(task);
            List<PanelMember> panel = reviews.panel(review(task).id());
            long chairs = panel.stream().filter(m -> m.role() == PanelMember.Role.VOORZITTER).count();
            if (chairs != 1) {
                variables.problem("Het panel heeft precies één voorzitter nodig (nu " + chairs + ").");
            }
            if (panel.stream().noneMatch(m -> m.origin() == PanelMember.Origin.ANDERE_REGIO)) {
                variables.problem("Voeg minstens één reviewer uit een andere onderwijsregio toe.");
            }
            if (panel.stream().noneMatch(m -> m.origin() == PanelMember.Origin.LERARENOPLEIDING)) {
                variables.problem("Voeg minstens één reviewer van een lerarenopleiding toe.");
            }
            variables.failIfInvalid();
        };
    }

    /** "Visitatie plannen": the visit lies ahead and the report is due after it; then the panel is invited. */
    @Bean("bezoekGepland")
    TaskListener visitPlanned() {
        return task -> {
            TaskVariables variables = new TaskVariables(task);
            LocalDate visit = variables.requiredDate("bezoekdatum", "de datum van de visitatie");
            LocalDate deadline = variables.requiredDate("rapportdeadline", "de uiterste datum van het panelrapport");
            LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
            if (visit != null && !visit.isAfter(today)) {
                variables.problem("De visitatie moet in de toekomst liggen.");
            }
            if (visit != null && deadline != null && !deadline.isAfter(visit)) {
                variables.problem("Het panelrapport is pas na de visitatie klaar: kies een latere uiterste datum.");
            }
            variables.failIfInvalid();
            UUID id = review(task).id();
            reviews.plan(id, visit, deadline);
            task.getExecution().setVariable(KwaliteitProcess.VISIT_AT,
                    Date.from(visit.atStartOfDay(NETHERLANDS).toInstant()));
            guests.invite(reviews.get(id).orElseThrow());
        };
    }

    /** The panel's findings are due on the report deadline planned for this review. */
    @Bean("panelrapportTermijn")
    TaskListener reportDeadline() {
        return task -> {
            LocalDate deadline = review(task).reportDeadline();
            if (deadline != null) {
                task.setDueDate(Date.from(deadline.atStartOfDay(NETHERLANDS).toInstant()));
            }
        };
    }

    /** "Bevindingen vastleggen": a finding for every standard of the framework, and recommendations. */
    @Bean("bevindingenVastgelegd")
    TaskListener findingsRecorded() {
        return task -> {
            TaskVariables variables = new TaskVariables(task);
            PeerReview review = review(task);
            Map<String, String> findings = new LinkedHashMap<>();
            for (QualityFramework.Standard standard : framework.version(review.frameworkVersion()).orElseThrow().standards()) {
                findings.put(standard.code(), variables.requiredText("bevinding_" + standard.code(), 4000,
                        "de bevinding bij " + standard.name()));
            }
            String recommendations = variables.requiredText("aanbevelingen", 4000, "de aanbevelingen");
            variables.failIfInvalid();
            reviews.recordFindings(review.id(), review.frameworkVersion(), findings, recommendations);
        };
    }

    /** "Verbeteracties vaststellen": at least one action, each with an owner, deadline and standard. */
    @Bean("verbeteractiesVastgesteld")
    TaskListener actionsDefined() {
        return task -> {
            TaskVariables variables = new TaskVariables(task);
            if (reviews.actions(review(task).id()).isEmpty()) {
                variables.problem("Leg eerst minstens één verbeteractie vast op de pagina van de peer review.");
            }
            variables.failIfInvalid();
        };
    }

    /** "Voortgang verbeteractie melden": done or continuing, with an explanation. */
    @Bean("verbeteractieGemeld")
    TaskListener actionReported() {
        return task -> {
            TaskVariables variables = new TaskVariables(task);
            String progress = variables.requiredChoice("voortgang", List.of("afgerond", "loopt_door"), "de voortgang");
            String explanation = variables.requiredText("toelichting", 2000, "de toelichting");
            variables.failIfInvalid();
            reviews.report(UUID.fromString((String) task.getVariable(KwaliteitProcess.ACTION)),
                    "afgerond".equals(progress) ? ImprovementAction.Status.AFGEROND : ImprovementAction.Status.LOOPT_DOOR,
                    explanation, variables.actor(), clock.instant());
        };
    }

    /** "Peer review afsluiten": the werkgroep's conclusion for the annual report; the track then closes it. */
    @Bean("peerReviewAfgesloten")
    TaskListener reviewClosed() {
        return task -> {
            TaskVariables variables = new TaskVariables(task);
            String conclusion = variables.requiredText("conclusie", 4000, "de conclusie voor het jaarverslag");
            variables.failIfInvalid();
            reviews.conclude(review(task).id(), conclusion);
        };
    }

    private PeerReview review(DelegateTask task) {
        return reviews.get(CycleTasks.review(task)).orElseThrow();
    }
}
