package nl.onderwijsregio.ketenregie.garantiefonds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying to the garantiefonds, for the API and the dossier page alike. Who: the region's ketenregisseur
 * or HR of the dossier's matched bestuur. When: the journey runs and is in sollicitatie,
 * geschiktheidsonderzoek or aanstelling (before the training starts), the region has a fund, and the
 * dossier has no open application. The application and its process start in one transaction.
 */
@Service
@Transactional
public class FundActions {

    static final Set<Stage> STAGES = EnumSet.of(Stage.SOLLICITATIE, Stage.GESCHIKTHEIDSONDERZOEK, Stage.AANSTELLING);
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final DossierQueries dossiers;
    private final FundApplications applications;
    private final FundSettings settings;
    private final FundProcess process;
    private final Clock clock;

    FundActions(DossierQueries dossiers, FundApplications applications, FundSettings settings, FundProcess process,
            Clock clock) {
        this.dossiers = dossiers;
        this.applications = applications;
        this.settings = settings;
        this.process = process;
        this.clock = clock;
    }

    /** Why the user cannot apply for this dossier now, or null when they can. */
    public String whyNot(KetenregieUser user, Dossier dossier) {
        if (!mayApply(user, dossier)) {
            return "Alleen de ketenregisseur van de regio of HR van het gematchte bestuur vraagt een garantie aan.";
        }
        if (settings.region(dossier.getRegionCode()).isEmpty()) {
            return "Deze onderwijsregio heeft geen garantiefonds.";
        }
        if (!dossier.isOpen() || !STAGES.contains(dossier.getCurrentStage())) {
            return "Een garantie kan alleen vóór de start van de opleiding: in de fase sollicitatie, "
                    + "geschiktheidsonderzoek of aanstelling.";
        }
        if (dossier.getBestuurCode() == null) {
            return "Er is nog geen bestuur gematcht; vraag de garantie aan na de match.";
        }
        if (applications.hasOpen(dossier.getId())) {
            return "Voor dit dossier loopt al een garantiefondsaanvraag.";
        }
        return null;
    }

    /** @return the new application's id */
    public UUID apply(KetenregieUser user, UUID dossierId, FundRequests.Application request) {
        Dossier dossier = dossiers.find(user, dossierId)
                .orElseThrow(() -> new ResourceNotFoundException("Dossier niet gevonden."));
        if (!mayApply(user, dossier)) {
            throw new AccessDeniedException(whyNot(user, dossier));
        }
        String problem = whyNot(user, dossier);
        if (problem != null) {
            throw new ConflictException("id", problem);
        }
        FundSettings.RegionFund fund = settings.region(dossier.getRegionCode()).orElseThrow();
        if (request.bedrag().compareTo(fund.maxBedrag()) > 0) {
            throw new InvalidRequestException("bedrag", "Het bedrag is hoger dan het maximum van het fonds: "
                    + Euro.format(fund.maxBedrag()) + ".");
        }
        if (!settings.takesPart(dossier.getRegionCode(), request.opleiding())) {
            throw new InvalidRequestException("opleiding", "Kies een lerarenopleiding die meedoet aan het fonds: "
                    + String.join(", ", fund.opleidingen()) + ".");
        }
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        if (!request.startdatumOpleiding().isAfter(today)) {
            throw new InvalidRequestException("startdatumOpleiding", "De geplande start van de opleiding moet in de toekomst liggen.");
        }
        FundApplication application = new FundApplication(UUID.randomUUID(), dossierId, dossier.getRegionCode(),
                dossier.getBestuurCode(), request.opleiding(), request.risico(), request.motivatie(),
                request.bedrag().setScale(2), request.startdatumOpleiding(), today.getYear(), FundStatus.INGEDIEND,
                null, null, null, null, null, null, null, user.userId(), clock.instant(), null);
        applications.insert(application);
        process.start(application, dossier.getDossierNumber(), user.userId());
        return application.id();
    }

    /** The dossier's applications, newest first, for a user who may see the dossier's fund section. */
    public List<FundApplication> ofDossier(KetenregieUser user, Dossier dossier) {
        return applications.ofDossier(dossier.getId()).stream().filter(a -> FundAccess.canSee(user, a)).toList();
    }

    /** Whether the user is someone who applies for this dossier at all (the region's ketenregisseur, HR of its bestuur). */
    public boolean mayApply(KetenregieUser user, Dossier dossier) {
        return (user.isKetenregisseur() && user.regions().contains(dossier.getRegionCode()))
                || (user.groups().contains(Groups.HR) && dossier.getBestuurCode() != null
                        && user.bestuurCodes().contains(dossier.getBestuurCode()));
    }
}
