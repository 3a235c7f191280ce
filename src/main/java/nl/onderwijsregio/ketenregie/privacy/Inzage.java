package nl.onderwijsregio.ketenregie.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierRetention;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.PersonalDataHolder;
import nl.onderwijsregio.ketenregie.dossier.ReadLog;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.Lerarenopleiding;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.springframework.stereotype.Service;

/**
 * Access on request (art. 15 AVG): everything held about the candidate of one dossier, for the region's privacy
 * officer to hand over. Each feature contributes its part ({@link PersonalDataHolder}); this adds which
 * organisations had access and the read log. The export itself is logged as a read, with purpose
 * INZAGEVERZOEK, before the log is read, so the candidate sees it too.
 */
@Service
public class Inzage {

    /** An organisation that could see the dossier, and through which role. */
    public record Organisation(String soort, String code, String naam, String rol) {
    }

    private final DossierService dossiers;
    private final DossierRetention retention;
    private final List<PersonalDataHolder> holders;
    private final OrganisationService organisations;
    private final ReadLog readLog;
    private final Clock clock;

    Inzage(DossierService dossiers, DossierRetention retention, List<PersonalDataHolder> holders,
            OrganisationService organisations, ReadLog readLog, Clock clock) {
        this.dossiers = dossiers;
        this.retention = retention;
        this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::part)).toList();
        this.organisations = organisations;
        this.readLog = readLog;
        this.clock = clock;
    }

    public Map<String, Object> export(KetenregieUser user, UUID dossierId, String screen) {
        Dossier dossier = PrivacyAccess.requireOfficerFor(user, dossierId, dossiers);
        readLog.record(user.userId(), List.of(dossierId), screen, ReadLog.Purpose.INZAGEVERZOEK);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("dossier", dossierId);
        export.put("dossiernummer", dossier.getDossierNumber());
        export.put("opgesteldOp", clock.instant());
        export.put("opgesteldDoor", user.userId());
        export.put("gekoppeldeDossiers", retention.linkedByHandover(dossierId).stream()
                .filter(id -> !id.equals(dossierId)).toList());
        holders.forEach(holder -> export.put(holder.part(), holder.inzage(dossierId)));
        export.put("organisatiesMetToegang", withAccess(dossier));
        export.put("leeslog", readLog.ofDossier(dossierId));
        return export;
    }

    /** Who could open the dossier by the access rules of docs/security.md, with the organisation's name. */
    private List<Organisation> withAccess(Dossier dossier) {
        List<Organisation> result = new ArrayList<>();
        result.add(new Organisation("regio", dossier.getRegionCode(), organisations.region(dossier.getRegionCode())
                .map(region -> region.getName()).orElse(dossier.getRegionCode()), "ketenregisseur"));
        Map<String, String> schools = organisations.schoolNames();
        if (dossier.getVliegendeStartSchoolCode() != null) {
            result.add(new Organisation("school", dossier.getVliegendeStartSchoolCode(),
                    schools.get(dossier.getVliegendeStartSchoolCode()), "schoolopleider (Vliegende Start)"));
        }
        if (dossier.getSchoolCode() != null) {
            result.add(new Organisation("school", dossier.getSchoolCode(), schools.get(dossier.getSchoolCode()),
                    "schoolopleider"));
        }
        if (dossier.getBestuurCode() != null) {
            result.add(new Organisation("bestuur", dossier.getBestuurCode(),
                    organisations.bestuurNames().get(dossier.getBestuurCode()), "hr"));
        }
        if (dossier.getOpleidingCode() != null) {
            result.add(new Organisation("opleiding", dossier.getOpleidingCode(), organisations.opleidingen().stream()
                    .filter(o -> o.getCode().equals(dossier.getOpleidingCode())).map(Lerarenopleiding::getName)
                    .findFirst().orElse(dossier.getOpleidingCode()), "lerarenopleiding"));
        }
        return result;
    }
}
