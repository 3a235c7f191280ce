package nl.onderwijsregio.ketenregie.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The hand-written part of the description: Dutch summaries and descriptions, the shapes springdoc cannot
 * see (plain maps, the report), the problem responses of every endpoint, who may call it, and examples
 * (JSON files in {@code src/main/resources/apidocs/voorbeelden}). Keyed by method and path, so the
 * controllers stay free of documentation code.
 */
@Component
class ApiDescription implements GlobalOpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";

    private static final String REF = "#/components/schemas/";

    private record Endpoint(String method, String path, String tag, String summary, String description,
            String status, String bodySchema, String requestExample, String responseExample, List<Integer> errors) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/loket/aanmeldingen", "Loket", "Aanmelden als zij-instromer",
                    """
                    Openbaar: de websites van de onderwijsregio's sturen hier de aanmelding van een kandidaat heen.
                    Het antwoord `202` betekent dat de aanmelding is aangenomen en vastgelegd: een nieuw dossier met
                    een intakegesprek voor de ketenregisseur, of (bij een lopend dossier met hetzelfde e-mailadres
                    in dezelfde regio) een notitie in dat dossier. Het antwoord is in beide gevallen gelijk, zodat
                    het niet verraadt of het e-mailadres al bekend was. De kandidaat krijgt een bevestiging per mail.

                    Grenzen: hoogstens 16 kB per aanmelding, en per client (IP-adres) hoogstens
                    `ketenregie.loket.rate-limit.per-minute` aanmeldingen per minuut (standaard 10); daarboven `429`
                    met `Retry-After` (seconden). Browsers van andere websites mogen posten vanaf de origins in
                    `ketenregie.loket.cors-origins`.
                    """,
                    "202", "Bericht", "aanmelding", "aanmelding-ontvangen", List.of(400, 415, 429)),
            new Endpoint("GET", "/api/dossiers", "Dossiers", "Dossiers zoeken",
                    "De dossiers die je mag zien (eigen regio en organisatie), nieuwste aanmelding eerst, of met "
                            + "`sort=termijn` de vroegste termijn van een open taak eerst (verlopen termijnen bovenaan, "
                            + "dossiers zonder termijn achteraan); elk dossier noemt die termijn in `eersteTermijn`. "
                            + "Filter op fase (`fase`) en vrije tekst in naam of e-mail (`q`). Management krijgt `403`.",
                    "200", null, null, "dossier-pagina", List.of(400, 401, 403)),
            new Endpoint("GET", "/api/dossiers/{id}", "Dossiers", "Eén dossier",
                    "Gegevens, toewijzing, tijdlijn van de fasen en notities van één dossier. Een dossier buiten je "
                            + "bereik is `404`, net als een onbekend dossier.",
                    "200", null, null, "dossier", List.of(400, 401, 403, 404)),
            new Endpoint("GET", "/api/taken/{taakId}/dossier", "Dossiers", "Dossier bij een taak",
                    "Een korte samenvatting van het dossier waar een taak over gaat, zoals Camunda Tasklist die naast "
                            + "de taak toont: nummer, naam, fase, school, open termijnen en de laatste notities, met de "
                            + "link naar de dossierpagina. Een taak buiten je regio of van een dossier buiten je "
                            + "bereik is `404`, net als een onbekende taak.",
                    "200", null, null, "taak-dossier", List.of(401, 403, 404)),
            new Endpoint("POST", "/api/dossiers/{id}/uitval", "Dossieracties", "Uitval registreren",
                    "De ketenregisseur van de regio legt vast dat de kandidaat stopt, met reden en of het te "
                            + "voorkomen was. De lopende fase sluit als `UITGEVALLEN`.",
                    "202", "Bericht", "uitval", "uitval-geregistreerd", List.of(400, 401, 403, 404, 409)),
            new Endpoint("POST", "/api/dossiers/{id}/overdracht", "Dossieracties", "Warm overdragen",
                    "De ketenregisseur draagt de kandidaat over aan een andere onderwijsregio: daar opent een "
                            + "nieuw dossier met een intakegesprek; de lopende fase sluit als `OVERGEDRAGEN`.",
                    "202", "Bericht", "overdracht", "overdracht-geregistreerd", List.of(400, 401, 403, 404, 409)),
            new Endpoint("POST", "/api/dossiers/{id}/notities", "Dossieracties", "Notitie toevoegen",
                    "Een notitie bij het dossier; notities zijn onveranderlijk.",
                    "201", "Bericht", "notitie", "notitie-toegevoegd", List.of(400, 401, 403, 404)),
            new Endpoint("PUT", "/api/dossiers/{id}/gegevens", "Dossieracties", "Contactgegevens corrigeren",
                    "Corrigeert naam, e-mail en telefoon van de kandidaat, met een reden; de wijziging komt in de "
                            + "tijdlijn.",
                    "200", "Bericht", "gegevens", "gegevens-gewijzigd", List.of(400, 401, 403, 404, 409)),
            new Endpoint("POST", "/api/taken/{taakId}/toewijzing", "Taken", "Taak oppakken of toewijzen",
                    "Geeft een open taak aan `gebruiker`: je eigen gebruikersnaam om hem op te pakken, of die van "
                            + "een collega in dezelfde regio. Het gaat via de engine met jouw eigen rechten, dus "
                            + "Tasklist toont het meteen. Een taak die je niet ziet (andere regio, al afgerond) is "
                            + "`404`; een collega buiten de regio van het dossier, of buiten de groepen die de taak "
                            + "mogen oppakken, en een taak van een groep waar je zelf niet in zit, zijn `403`; een "
                            + "taak die al bij iemand anders ligt is `409` (geef hem eerst vrij).",
                    "200", "Bericht", "toewijzing", "taak-toegewezen", List.of(400, 401, 403, 404, 409)),
            new Endpoint("DELETE", "/api/taken/{taakId}/toewijzing", "Taken", "Taak vrijgeven",
                    "Haalt de behandelaar van een open taak weg, zodat iedereen van de groep hem kan oppakken. Mag "
                            + "wie de taak via de engine mag wijzigen.",
                    "200", "Bericht", null, "taak-vrijgegeven", List.of(401, 403, 404)),
            new Endpoint("POST", "/api/dossiers/{id}/wissen", "Privacy", "Persoonsgegevens wissen (art. 17 AVG)",
                    """
                    De privacyfunctionaris van de regio wist op verzoek van de kandidaat diens persoonsgegevens: een
                    lopend traject stopt als `UITGEVALLEN` met reden `KANDIDAAT_GESTOPT`, daarna worden naam,
                    e-mail, telefoon, beroep, notities en mails verwijderd, ook in dossiers die door een warme
                    overdracht aan dit dossier vastzitten. Fasehistorie, codes en datums blijven voor de rapportage.
                    De reden komt in de geschiedenis: zet er geen persoonsgegevens in. Alleen voor de groep
                    `privacy` (anderen `403`); een dossier van een andere regio is `404`.
                    """,
                    "200", "Bericht", "wissen", "gewist", List.of(400, 401, 403, 404, 409)),
            new Endpoint("GET", "/api/dossiers/{id}/inzage", "Privacy", "Inzage in alle gegevens (art. 15 AVG)",
                    """
                    Alles wat over de kandidaat van dit dossier is vastgelegd, voor de privacyfunctionaris om aan de
                    kandidaat te geven: persoonsgegevens met de tijdlijn, notities, mails, garantiefondsaanvragen,
                    welke organisaties toegang hadden, en het leeslog (ook deze inzage staat erin, met doel
                    `INZAGEVERZOEK`). Afdrukbaar op de pagina `/privacyverzoeken/dossiers/{id}`. Alleen voor de groep
                    `privacy` (anderen `403`); een dossier van een andere regio is `404`.
                    """,
                    "200", null, null, "inzage", List.of(400, 401, 403, 404)),
            new Endpoint("GET", "/api/dossiers/{id}/leeslog", "Privacy", "Leeslog van een dossier",
                    "Wie de persoonsgegevens van dit dossier zag, wanneer, via welk scherm en met welk doel. Alleen "
                            + "voor de groep `privacy` van de regio.",
                    "200", null, null, "leeslog", List.of(400, 401, 403, 404)),
            new Endpoint("GET", "/api/leeslog", "Privacy", "Leeslog van een medewerker",
                    "Welke dossiers van je eigen regio's een medewerker (`gebruiker`) bekeek tussen `van` en `tot` "
                            + "(datums, standaard de laatste 30 dagen), hoogstens 1000 regels. Alleen voor de groep "
                            + "`privacy`.",
                    "200", null, null, "leeslog", List.of(400, 401, 403)),
            new Endpoint("GET", "/api/rapportage/uitval-per-fase", "Rapportage", "Uitval per fase",
                    """
                    Instroom, doorstroom en uitval per fase van de eigen regio's, alleen als aantallen. Aantallen van
                    1 tot `ketenregie.rapportage.minimum-cel` staan als `"<5"`, cellen die ze zouden verraden als
                    `"x"`. Als CSV met `Accept: text/csv` of `formaat=csv`. Voor management en ketenregisseurs.
                    """,
                    "200", "UitvalPerFase", null, "uitval-per-fase", List.of(400, 401, 403)),
            new Endpoint("POST", "/api/dossiers/{id}/garantiefonds", "Garantiefonds", "Garantiefonds aanvragen",
                    "De ketenregisseur of HR van het gematchte bestuur vraagt een garantie aan voor de kandidaat "
                            + "(Midden Nederland). Per dossier loopt hoogstens één aanvraag (`409`).",
                    "201", "AanvraagAangemaakt", "garantiefonds-aanvraag", "garantiefonds-aangemaakt",
                    List.of(400, 401, 403, 404, 409)),
            new Endpoint("GET", "/api/garantiefonds", "Garantiefonds", "Garantiefondsaanvragen",
                    "De aanvragen die je mag zien, eventueel op status.",
                    "200", null, null, "garantiefonds-pagina", List.of(400, 401, 403)),
            new Endpoint("GET", "/api/garantiefonds/{id}", "Garantiefonds", "Eén garantiefondsaanvraag",
                    "Een aanvraag met statushistorie en grootboek.",
                    "200", null, null, "garantiefonds-detail", List.of(400, 401, 403, 404)),
            new Endpoint("GET", "/api/garantiefonds/budget", "Garantiefonds", "Budget van het garantiefonds",
                    "Budget, gereserveerd, uitbetaald en beschikbaar voor een regio en jaar (standaard dit jaar).",
                    "200", null, null, "budget", List.of(400, 401, 403)),
            new Endpoint("PUT", "/api/garantiefonds/budget", "Garantiefonds", "Budget vaststellen",
                    "Alleen voor beheer: stelt het budget van een regio voor een jaar vast. Lager dan wat al "
                            + "gereserveerd en uitbetaald is, kan niet (`400`).",
                    "200", null, "budget-verzoek", "budget", List.of(400, 401, 403)),
            new Endpoint("GET", "/api/kwaliteit/partnerschappen", "Kwaliteit", "Samen Opleiden-partnerschappen",
                    "De partnerschappen van je eigen regio's (voor beheer: alle), met scholen en lerarenopleidingen.",
                    "200", null, null, "partnerschappen", List.of(401)),
            new Endpoint("PUT", "/api/kwaliteit/partnerschappen/{code}", "Kwaliteit", "Partnerschap vastleggen",
                    "Alleen voor beheer: legt een partnerschap vast of vervangt het, met de groep `partnerschap:<code>` "
                            + "voor de coördinatoren. De scholen liggen in de regio van het partnerschap.",
                    "200", null, "partnerschap-verzoek", "partnerschap", List.of(400, 401, 403)),
            new Endpoint("POST", "/api/kwaliteit/monitorrondes", "Kwaliteit", "Monitorronde starten",
                    "De werkgroep kwaliteit van de regio start de jaarlijkse monitorronde: elk partnerschap krijgt een "
                            + "zelfevaluatie in de takenlijst. Per regio en jaar loopt hoogstens één ronde (`409`).",
                    "201", null, "monitorronde-verzoek", "kwaliteit-aangemaakt", List.of(400, 401, 403, 409)),
            new Endpoint("GET", "/api/kwaliteit/monitorrondes/{id}", "Kwaliteit", "Eén monitorronde",
                    "Scores per partnerschap en standaard, met tijdlijn. De werkgroep kwaliteit en het management zien "
                            + "alle partnerschappen, een coördinator alleen de eigen zelfevaluatie.",
                    "200", null, null, "monitorronde", List.of(400, 401, 404)),
            new Endpoint("POST", "/api/kwaliteit/peerreviews", "Kwaliteit", "Peer review starten",
                    "De werkgroep kwaliteit van de regio start een peer review. Per regio loopt hoogstens één (`409`).",
                    "201", null, "peerreview-verzoek", "kwaliteit-aangemaakt", List.of(400, 401, 403, 409)),
            new Endpoint("GET", "/api/kwaliteit/peerreviews/{id}", "Kwaliteit", "Eén peer review",
                    "Panel, bevindingen per standaard, verbeteracties en tijdlijn. Voor de werkgroep kwaliteit en het "
                            + "management van de regio en voor de panelleden van deze peer review.",
                    "200", null, null, "peerreview", List.of(400, 401, 404)),
            new Endpoint("POST", "/api/kwaliteit/peerreviews/{id}/panel", "Kwaliteit", "Panellid toevoegen",
                    "Zolang het panel wordt samengesteld (anders `409`). Na het plannen van de visitatie krijgt elk "
                            + "panellid een gastaccount voor alleen deze peer review, per e-mail.",
                    "201", null, "panellid-verzoek", "kwaliteit-aangemaakt", List.of(400, 401, 403, 404, 409)),
            new Endpoint("POST", "/api/kwaliteit/peerreviews/{id}/verbeteracties", "Kwaliteit", "Verbeteractie vastleggen",
                    "Na de bevindingen van het panel (anders `409`): een partnerschap als eigenaar, een standaard en een "
                            + "deadline in de toekomst.",
                    "201", null, "verbeteractie-verzoek", "kwaliteit-aangemaakt", List.of(400, 401, 403, 404, 409)),
            new Endpoint("POST", "/api/langstudeerders/import", "Langstudeerders", "Langstudeerders importeren",
                    """
                    Een lerarenopleiding stuurt haar lijst van langstudeerders als CSV (`Content-Type: text/csv`),
                    met de kopregel
                    `studentnummer;voornaam;achternaam;email;opleiding;sector;startjaar;ec_behaald;ec_totaal;school;regio`
                    (scheidingsteken `;` of `,`, UTF-8 met of zonder BOM of Windows-1252, aanhalingstekens en CRLF
                    zoals Excel ze schrijft). Alles of niets: met één fout wordt niets opgeslagen en is het antwoord
                    `400` met in `fouten` elke fout met `regel` (1 = de kopregel), `kolom` en `melding`. Bekende
                    studenten worden bijgewerkt; wie op een eerdere lijst stond en nu ontbreekt, staat in
                    `ontbrekend` en wordt niet verwijderd. Grenzen: `ketenregie.langstudeerders.import.max-regels`
                    (standaard 5000) regels en `.max-grootte` (standaard 2 MB). Parameter `opleiding` alleen als je
                    voor meer opleidingen werkt; header `X-Bestandsnaam` komt in het importlogboek.
                    """,
                    "200", "ImportResultaat", null, "langstudeerders-import", List.of(400, 401, 403)),
            new Endpoint("GET", "/api/langstudeerders", "Langstudeerders", "Langstudeerders",
                    "De langstudeerders die je mag zien: een opleiding haar eigen studenten, een schoolopleider wie "
                            + "op de eigen school lesgeeft, de ketenregisseur de regio. Filters: `lerarenopleiding`, "
                            + "`opleiding`, `sector`, `belemmering`, `opKoers`, `status`.",
                    "200", null, null, "langstudeerders-pagina", List.of(400, 401, 403)),
            new Endpoint("GET", "/api/langstudeerders/{id}", "Langstudeerders", "Eén langstudeerder",
                    "De student met plan, check-ins (studiepunten in de tijd) en tijdlijn.",
                    "200", null, null, "langstudeerders-detail", List.of(400, 401, 403, 404)));

    private static final Map<Integer, String> ERROR_TEXTS = Map.of(
            400, "Ongeldige invoer; per veld een melding in `fouten`.",
            401, "Niet ingelogd: stuur HTTP Basic-gegevens mee of log in.",
            403, "Geen toegang voor je rol.",
            404, "Niet gevonden, of buiten je bereik.",
            409, "Conflict met de huidige stand van het dossier of de aanvraag.",
            415, "Stuur JSON (`Content-Type: application/json`).",
            429, "Te veel aanmeldingen vanaf dit adres; probeer het na `Retry-After` seconden opnieuw.");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        SharedSchemas.addTo(components);
        for (String tag : List.of("Loket", "Dossiers", "Dossieracties", "Rapportage", "Garantiefonds", "Langstudeerders")) {
            if (openApi.getTags() == null || openApi.getTags().stream().noneMatch(t -> t.getName().equals(tag))) {
                openApi.addTagsItem(new Tag().name(tag).description(SharedSchemas.TAGS.get(tag)));
            }
        }
        if (openApi.getPaths() == null) {
            return;
        }
        for (Endpoint endpoint : ENDPOINTS) {
            PathItem item = openApi.getPaths().get(endpoint.path());
            Operation operation = item == null ? null
                    : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(endpoint.method()));
            if (operation != null) {
                describe(operation, endpoint);
            }
        }
    }

    private void describe(Operation operation, Endpoint endpoint) {
        operation.setTags(new ArrayList<>(List.of(endpoint.tag())));
        operation.setSummary(endpoint.summary());
        operation.setDescription(endpoint.description().strip());
        if (endpoint.path().equals("/api/loket/aanmeldingen")) {
            operation.setSecurity(List.of()); // public
        }
        if (endpoint.path().equals("/api/langstudeerders/import") && operation.getRequestBody() != null) {
            operation.getRequestBody().setRequired(true);
            operation.getRequestBody().setContent(new Content().addMediaType("text/csv", new MediaType()
                    .schema(new Schema<String>().type("string").description("De lijst als CSV."))
                    .example("studentnummer;voornaam;achternaam;email;opleiding;sector;startjaar;ec_behaald;ec_totaal;"
                            + "school;regio\r\n1790412;Sanne;de Vries;sanne.devries@student.hu.nl;"
                            + "Leraar Wiskunde tweedegraads;VO;2017;168;240;nuovo-domstad;utrecht-stad\r\n")));
        }
        if (endpoint.requestExample() != null && operation.getRequestBody() != null) {
            MediaType body = operation.getRequestBody().getContent().get(JSON);
            operation.getRequestBody().setRequired(true);
            body.setExamples(new LinkedHashMap<>(Map.of("voorbeeld", example(endpoint.requestExample()))));
        }
        ApiResponses responses = new ApiResponses();
        ApiResponse success = operation.getResponses() == null ? null : operation.getResponses().get(endpoint.status());
        if (success == null) {
            success = new ApiResponse();
        }
        success.setDescription(SharedSchemas.SUCCESS_TEXTS.getOrDefault(endpoint.status(), "Gelukt."));
        MediaType media = success.getContent() == null ? null : success.getContent().values().stream().findFirst()
                .orElse(null);
        if (endpoint.bodySchema() != null || media == null) {
            media = new MediaType().schema(new Schema<>().$ref(REF + endpoint.bodySchema()));
        } else {
            media = new MediaType().schema(media.getSchema());
        }
        media.setExamples(new LinkedHashMap<>(Map.of("voorbeeld", example(endpoint.responseExample()))));
        Content content = new Content().addMediaType(JSON, media);
        if (endpoint.path().equals("/api/rapportage/uitval-per-fase")) {
            content.addMediaType("text/csv", new MediaType().schema(new Schema<String>().type("string")
                    .description("Dezelfde tabel als CSV (puntkomma's, UTF-8)."))
                    .example("fase;binnengekomen;doorgestroomd;uitgevallen;overgedragen;lopend;uitvalPercentage\n"
                            + "ORIENTATIE;42;30;<5;0;9;x\n"));
        }
        success.setContent(content);
        responses.addApiResponse(endpoint.status(), success);
        for (int status : endpoint.errors()) {
            responses.addApiResponse(String.valueOf(status), problem(status));
        }
        operation.setResponses(responses);
    }

    private ApiResponse problem(int status) {
        ApiResponse response = new ApiResponse().description(ERROR_TEXTS.get(status))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref(REF + "Probleem"))
                        .examples(new LinkedHashMap<>(Map.of("voorbeeld", example("probleem-" + status))))));
        if (status == 429) {
            response.addHeaderObject("Retry-After", new Header().description("Na hoeveel seconden je het opnieuw "
                    + "kunt proberen.").schema(new Schema<Integer>().type("integer").minimum(java.math.BigDecimal.ONE)));
        }
        if (status == 401) {
            response.addHeaderObject("WWW-Authenticate", new Header().description("`Basic realm=\"Ketenregie\"`")
                    .schema(new Schema<String>().type("string")));
        }
        return response;
    }

    private Example example(String name) {
        String path = "apidocs/voorbeelden/" + name + ".json";
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            JsonNode value = json.readTree(in);
            return new Example().value(value);
        } catch (IOException missing) {
            throw new UncheckedIOException("Voorbeeld ontbreekt: " + path, missing);
        }
    }
}
