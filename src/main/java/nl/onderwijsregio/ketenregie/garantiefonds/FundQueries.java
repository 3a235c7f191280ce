package nl.onderwijsregio.ketenregie.garantiefonds;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading applications and the budget, always through {@link FundAccess}; the administrator sets budgets. */
@Service
@Transactional
public class FundQueries {

    private final FundApplications applications;
    private final FundBudget budget;

    FundQueries(FundApplications applications, FundBudget budget) {
        this.applications = applications;
        this.budget = budget;
    }

    public FundJson.Page list(KetenregieUser user, FundStatus status, int page, int size) {
        FundApplications.Scope scope = FundAccess.scope(user)
                .orElseThrow(() -> new AccessDeniedException("Geen toegang tot garantiefondsaanvragen."));
        return new FundJson.Page(applications.list(scope, status, page, size).stream().map(FundJson.Summary::of).toList(),
                applications.count(scope, status), page, size);
    }

    public FundJson.Detail detail(KetenregieUser user, UUID id) {
        FundApplication application = applications.get(id).filter(a -> FundAccess.canSee(user, a))
                .orElseThrow(() -> new ResourceNotFoundException("Aanvraag niet gevonden."));
        return FundJson.Detail.of(application, applications.history(id), budget.ledger(id));
    }

    public FundBudget.Balance budget(KetenregieUser user, String region, int year) {
        if (!FundAccess.canSeeBudget(user, region)) {
            throw new AccessDeniedException("Geen toegang tot het garantiefonds van deze regio.");
        }
        return budget.balance(region, year);
    }

    public FundBudget.Balance setBudget(KetenregieUser user, String region, int year, FundRequests.Budget request) {
        if (!user.groups().contains(Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("Alleen een beheerder stelt het budget van het garantiefonds vast.");
        }
        if (!budget.setBudget(region, year, request.budget(), user.userId())) {
            throw new InvalidRequestException("budget", "Het budget kan niet lager zijn dan wat al gereserveerd en "
                    + "uitbetaald is.");
        }
        return budget.balance(region, year);
    }
}
