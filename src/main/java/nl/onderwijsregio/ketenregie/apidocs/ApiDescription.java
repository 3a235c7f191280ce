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
                    "De dossiers die je mag zien (eigen regio en organisatie), nieuwste aanmelding eerst. Filter op "
                            + "fase (`fase`) en vrije tekst in naam of e-mail (`q`). Management krijgt `403`.",
                    "200", null, null, "dossier-pagina", List.of(400, 401, 403)),
            new Endpoint("GET", "/api/dossiers/{id}", "Dossiers", "Eén dossier",
                    "Gegevens, toewijzing, tijdlijn van de fasen en notities van één dossier. Een dossier buiten je "
                            + "bereik is `404`, net als een onbekend dossier.",
                    "200", null, null, "dossier", List.of(400, 401, 403, 404)),
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
                    "200", null, "budget-verzoek", "budget", List.of(400, 401, 403)));

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
        for (String tag : List.of("Loket", "Dossiers", "Dossieracties", "Rapportage", "Garantiefonds")) {
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
