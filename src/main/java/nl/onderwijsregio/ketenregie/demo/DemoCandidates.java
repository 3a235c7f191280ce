package nl.onderwijsregio.ketenregie.demo;

import java.util.List;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.dossier.EducationLevel;
import nl.onderwijsregio.ketenregie.dossier.Sector;
import nl.onderwijsregio.ketenregie.loket.Registration;
import nl.onderwijsregio.ketenregie.loket.RegistrationService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A handful of invented candidates, registered through the real loket service on the first start, so a
 * new user finds intake tasks in Tasklist straight away. Nothing happens once any dossier exists.
 */
@Component
@Profile("demo")
class DemoCandidates {

    static final List<Registration> REGISTRATIONS = List.of(
            registration("Sevda", "Ağaoğlu-Özdemir", "sevda.agaoglu@example.nl", "utrecht-stad", Sector.PO, null,
                    "Accountmanager", EducationLevel.HBO, false),
            registration("Daan", "Koster", "daan.koster@example.nl", "utrecht-stad", Sector.VO, "Wiskunde",
                    "Data-analist", EducationLevel.WO, false),
            registration("Noë", "van den Berg", "noe.vandenberg@example.nl", "utrecht-stad", Sector.PO, null,
                    "Pedagogisch medewerker", EducationLevel.HBO, false),
            registration("Yonas", "Tesfaye", "yonas.tesfaye@example.nl", "utrecht-stad", Sector.VO, "Natuurkunde",
                    "Docent natuurkunde (Eritrea)", EducationLevel.WO, true),
            registration("Linda", "Schouten", "linda.schouten@example.nl", "midden-nederland", Sector.MBO,
                    "Elektrotechniek", "Installatiemonteur", EducationLevel.MBO, false),
            registration("Ramon", "de Wit", "ramon.dewit@example.nl", "midden-nederland", Sector.VO, "Informatica",
                    "Softwareontwikkelaar", EducationLevel.HBO, false));

    private final RegistrationService registrations;
    private final DossierQueries dossiers;

    DemoCandidates(RegistrationService registrations, DossierQueries dossiers) {
        this.registrations = registrations;
        this.dossiers = dossiers;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(20)
    public void registerOnFirstStart() {
        if (dossiers.count() == 0) {
            REGISTRATIONS.forEach(registrations::register);
        }
    }

    private static Registration registration(String voornaam, String achternaam, String email, String regio,
            Sector sector, String vak, String beroep, EducationLevel niveau, boolean buitenlandsDiploma) {
        return new Registration(voornaam, achternaam, email, null, regio, sector.name(), vak, beroep, niveau.name(),
                buitenlandsDiploma, true);
    }
}
