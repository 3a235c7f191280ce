package nl.onderwijsregio.ketenregie.dossier;

import nl.onderwijsregio.ketenregie.organisation.Sector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** JSON shapes of the dossier API. Field names are Dutch, as in the public contract. */
final class DossierJson {

    private DossierJson() {
    }

    record Page(List<Summary> items, long total, int page, int size) {
    }

    record Summary(UUID id, String dossiernummer, String voornaam, String achternaam, String email, String regio, Sector sector,
            Route route, Stage fase, DossierStatus status, String bestuur, String bestuurNaam, String school,
            String schoolNaam, Instant aangemeldOp, Instant eersteTermijn) {

        static Summary of(Dossier d, Map<String, String> bestuurNames, Map<String, String> schoolNames) {
            return new Summary(d.getId(), d.getDossierNumber(), d.getVoornaam(), d.getAchternaam(), d.getEmail(), d.getRegionCode(),
                    d.getSector(), d.getRoute(), d.getCurrentStage(), d.getStatus(), d.getBestuurCode(),
                    bestuurNames.get(d.getBestuurCode()), d.getSchoolCode(), schoolNames.get(d.getSchoolCode()),
                    d.getRegisteredAt(), d.getEersteTermijn());
        }
    }

    record Detail(UUID id, String dossiernummer, String voornaam, String achternaam, String email, String telefoon, String regio,
            Sector sector, String vak, String huidigBeroep, EducationLevel opleidingsniveau,
            boolean buitenlandsDiploma, Instant toestemmingPrivacyOp, Route route, Route routeAdvies, Stage fase,
            DossierStatus status, String bestuur, String bestuurNaam, String school, String schoolNaam,
            String opleiding, String schoolopleider, LocalDate contractStart, FundingStream financiering,
            SubsidyStatus subsidieStatus, LocalDate bevoegdOp, boolean achterstandBegeleiding,
            UUID overgedragenVan, Instant aangemeldOp, List<TimelineEntry> tijdlijn, List<Note> notities) {

        static Detail of(Dossier d, Map<String, String> bestuurNames, Map<String, String> schoolNames,
                List<StageTransition> timeline, List<DossierNote> notes) {
            return new Detail(d.getId(), d.getDossierNumber(), d.getVoornaam(), d.getAchternaam(), d.getEmail(), d.getTelefoon(),
                    d.getRegionCode(), d.getSector(), d.getVak(), d.getHuidigBeroep(), d.getOpleidingsniveau(),
                    d.isBuitenlandsDiploma(), d.getConsentGivenAt(), d.getRoute(), d.getRouteAdvies(),
                    d.getCurrentStage(), d.getStatus(), d.getBestuurCode(), bestuurNames.get(d.getBestuurCode()),
                    d.getSchoolCode(), schoolNames.get(d.getSchoolCode()), d.getOpleidingCode(), d.getSchoolopleider(),
                    d.getContractStart(), d.getFundingStream(), d.getSubsidyStatus(), d.getQualifiedOn(),
                    d.isCoachingBehind(), d.getHandedOverFrom(), d.getRegisteredAt(),
                    timeline.stream().map(TimelineEntry::of).toList(), notes.stream().map(Note::of).toList());
        }
    }

    record TimelineEntry(Stage fase, Instant binnen, Instant uit, Outcome uitkomst, DropoutReason reden,
            Boolean onnodig, String door) {

        static TimelineEntry of(StageTransition t) {
            return new TimelineEntry(t.getStage(), t.getEnteredAt(), t.getLeftAt(), t.getOutcome(), t.getReason(),
                    t.getAvoidable(), t.getActor());
        }
    }

    record Note(Instant op, String door, String tekst) {

        static Note of(DossierNote note) {
            return new Note(note.getCreatedAt(), note.getAuthor(), note.getText());
        }
    }
}
