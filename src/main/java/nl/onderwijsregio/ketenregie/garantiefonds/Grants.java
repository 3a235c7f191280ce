package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A grant becomes final: its amount is reserved from the fund, or the completion is refused. */
@Component
class Grants {

    private final FundBudget budget;
    private final ApplicationEventPublisher events;

    Grants(FundBudget budget, ApplicationEventPublisher events) {
        this.budget = budget;
        this.events = events;
    }

    void reserve(TaskVariables variables, FundApplication application, BigDecimal amount) {
        if (!budget.reserve(application.regionCode(), application.budgetYear(), application.id(), amount, variables.actor())) {
            FundBudget.Balance balance = budget.balance(application.regionCode(), application.budgetYear());
            variables.problem("Het budget van het garantiefonds voor " + application.budgetYear()
                    + " is niet toereikend: er is nog " + Euro.format(balance.beschikbaar()) + " beschikbaar. "
                    + "Ken een lager bedrag toe of wijs af met reden Budget ontoereikend.");
            variables.failIfInvalid();
        }
        events.publishEvent(new FundEvents.DecisionMade(application.id(), application.dossierId(),
                application.regionCode(), application.appliedBy(), true, amount, null));
    }
}
