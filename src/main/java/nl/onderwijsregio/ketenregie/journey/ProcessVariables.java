package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.PlatformVariables;

/**
 * The process variables of the journey. None of them is personal data: names and contact details live in
 * the dossier only. Organisation codes (school, bestuur, opleiding) route tasks to the right group.
 */
final class ProcessVariables {

    static final String REGIO = PlatformVariables.REGIO;
    static final String SECTOR = "sector";
    static final String ACTOR = PlatformVariables.ACTOR;

    static final String VAK = "vak";
    static final String OPLEIDINGSNIVEAU = "opleidingsniveau";
    static final String BUITENLANDS_DIPLOMA = "buitenlandsDiploma";
    static final String EERDER_BEVOEGD = "eerderBevoegd";

    static final String TRAJECTADVIES = "trajectadvies";
    static final String ROUTE_ADVIES = "routeAdvies";
    static final String ROUTE_ADVIES_LABEL = "routeAdviesLabel";
    static final String GESCHIKTHEIDSONDERZOEK = "geschiktheidsonderzoek";
    static final String ROUTE = "route";
    static final String AFWIJKING_REDEN = "afwijkingReden";
    static final String OPLEIDING = "opleiding";

    static final String UITKOMST = "uitkomst";
    static final String UITVAL_REDEN = PlatformVariables.UITVAL_REDEN;
    static final String ONNODIG = PlatformVariables.ONNODIG;
    static final String NAAR_REGIO = "naarRegio";

    static final String VLIEGENDE_START_SCHOOL = "vliegendeStartSchool";
    static final String SCHOOL_OPTIES = "schoolOpties";
    static final String SCHOOL = "school";
    static final String BESTUUR = "bestuur";
    static final String MATCH_RONDE = "matchRonde";
    static final String SOLLICITATIE_UITKOMST = "sollicitatieUitkomst";
    static final String AFWIJZING_REDEN = "afwijzingReden";

    static final String AANSTELLING_UITKOMST = "aanstellingUitkomst";
    static final String NIET_DOOR_REDEN = "nietDoorReden";
    static final String CONTRACT_START = "contractStart";
    static final String SCHOOLOPLEIDER = "schoolopleider";
    static final String SCHOOLOPLEIDER_OPTIES = "schoolopleiderOpties";
    static final String FINANCIERING = "financiering";
    static final String SUBSIDIE_STATUS = "subsidieStatus";

    static final String UREN = "uren";
    static final String BEVOEGD_OP = "bevoegdOp";
    static final String JAAR = "jaar";
    static final String NOG_IN_ONDERWIJS = "nogInOnderwijs";
    static final String WERKPLEK = "werkplek";
    static final String VERTREK_REDEN = "vertrekReden";

    private ProcessVariables() {
    }
}
