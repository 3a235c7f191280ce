package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Garantiefondsaanvraag aanvullen": HR of the bestuur corrects the application; the same rules as for a
 * new application hold. The eligibility advice is then determined again.
 */
@Component("garantiefondsAangevuld")
class ApplicationSupplemented implements TaskListener {

    private final FundApplications applications;
    private final FundSettings settings;
    private final Clock clock;

    ApplicationSupplemented(FundApplications applications, FundSettings settings, Clock clock) {
        this.applications = applications;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        UUID id = FundTasks.application(task);
        FundApplication application = applications.get(id).orElseThrow();
        FundSettings.RegionFund fund = settings.region(application.regionCode()).orElseThrow();
        BigDecimal amount = FundTasks.amount(variables, task, FundProcess.AMOUNT, fund.maxBedrag(), "gevraagd bedrag");
        RiskType risk = variables.requiredEnum(FundProcess.RISK, RiskType.class, "soort risico");
        String opleiding = variables.requiredChoice(FundProcess.OPLEIDING, fund.opleidingen(), "lerarenopleiding");
        LocalDate trainingStart = variables.requiredDate(FundProcess.TRAINING_START, "geplande start van de opleiding");
        if (trainingStart != null && !trainingStart.isAfter(LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))))) {
            variables.problem("De geplande start van de opleiding moet in de toekomst liggen.");
        }
        Motivation motivation = variables.requiredEnum(FundProcess.MOTIVATION, Motivation.class, "motivatie");
        variables.failIfInvalid();
        applications.supplement(id, amount, risk, opleiding, trainingStart, motivation);
        task.getExecution().setVariables(FundProcess.applicationVariables(amount, risk, opleiding, trainingStart, motivation));
    }
}
