package nl.onderwijsregio.ketenregie.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.dossier.Stage;

/** Schemas that springdoc cannot derive from a Java type: the problem detail, plain answers, the report. */
final class SharedSchemas {

    static final Map<String, String> TAGS = Map.of(
            "Loket", "De openbare aanmelding van kandidaten (contract met de websites van de regio's).",
            "Dossiers", "Dossiers van kandidaten, binnen je regio en organisatie.",
            "Dossieracties", "Wat een ketenregisseur of ander lid van de keten met een dossier doet.",
            "Rapportage", "Geaggregeerde cijfers, met kleine aantallen afgeschermd.",
            "Garantiefonds", "Aanvragen, besluiten en budget van het garantiefonds.",
            "Langstudeerders", "De lijsten van langstudeerders van de lerarenopleidingen en hun begeleiding.",
            "Taken", "Open taken van dossiers oppakken, toewijzen en vrijgeven, via de engine.",
            "Privacy", "Verzoeken van kandidaten onder de AVG: wissen, inzage, en het leeslog (groep privacy).");

    static final Map<String, String> SUCCESS_TEXTS = Map.of(
            "200", "Gelukt.",
            "201", "Aangemaakt.",
            "202", "Aangenomen en vastgelegd.");

    private static final String REF = "#/components/schemas/";

    private SharedSchemas() {
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    static void addTo(Components components) {
        Schema field = new ObjectSchema().description("Een probleem met één veld of parameter.")
                .addProperty("veld", new StringSchema().description("Naam van het veld, zoals in de JSON of de URL."))
                .addProperty("melding", new StringSchema().description("Wat er mis is, in het Nederlands."))
                .required(List.of("veld", "melding"));
        field.setAdditionalProperties(false);
        components.addSchemas("Veldfout", field);

        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem detail (`application/problem+json`) met Nederlandse teksten.")
                .addProperty("type", new StringSchema().description("Altijd `about:blank`."))
                .addProperty("title", new StringSchema().description("Korte Nederlandse titel, bijvoorbeeld "
                        + "`Ongeldige invoer`."))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema().description("Uitleg voor de gebruiker."))
                .addProperty("instance", new StringSchema().description("Het pad van het verzoek."))
                .addProperty("fouten", new ArraySchema().items(new Schema<>().$ref(REF + "Veldfout"))
                        .description("Bij ongeldige invoer: per veld een melding."))
                .required(List.of("title", "status"));
        components.addSchemas("Probleem", problem);

        Schema message = new ObjectSchema().description("Een bevestiging in het Nederlands.")
                .addProperty("bericht", new StringSchema()).required(List.of("bericht"));
        message.setAdditionalProperties(false);
        components.addSchemas("Bericht", message);

        Schema created = new ObjectSchema().description("De id van de nieuwe aanvraag.")
                .addProperty("id", new StringSchema().format("uuid")).required(List.of("id"));
        created.setAdditionalProperties(false);
        components.addSchemas("AanvraagAangemaakt", created);

        Schema count = new Schema<>().description("Een aantal, of `\"<5\"` (1 tot de minimale celgrootte) of `\"x\"` "
                + "(afgeschermd omdat het een klein aantal zou verraden).");
        count.setOneOf(List.of(new IntegerSchema().minimum(BigDecimal.ZERO),
                new StringSchema().pattern("^(<[0-9]+|x)$")));
        components.addSchemas("Telling", count);

        Schema percentage = new Schema<>().description("Uitval als percentage met één decimaal, of `\"x\"` als "
                + "afgeschermd.");
        percentage.setOneOf(List.of(new NumberSchema().minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(100)),
                new StringSchema()._enum(List.of("x"))));
        components.addSchemas("Percentage", percentage);

        Schema row = new ObjectSchema().description("Eén fase van de trechter.")
                .addProperty("fase", new Schema<>().$ref(REF + "Fase"));
        for (String cell : List.of("binnengekomen", "doorgestroomd", "uitgevallen", "overgedragen", "lopend", "onnodig",
                "nietOnnodig")) {
            row.addProperty(cell, new Schema<>().$ref(REF + "Telling"));
        }
        row.addProperty("uitvalPercentage", new Schema<>().$ref(REF + "Percentage"));
        row.setRequired(List.copyOf(((Map<String, Schema>) row.getProperties()).keySet()));
        row.setAdditionalProperties(false);
        components.addSchemas("FaseRij", row);

        Schema totals = new ObjectSchema();
        for (String cell : List.of("kandidaten", "uitgevallen", "onnodig", "nietOnnodig", "overgedragen")) {
            totals.addProperty(cell, new Schema<>().$ref(REF + "Telling"));
        }
        totals.addProperty("uitvalPercentage", new Schema<>().$ref(REF + "Percentage"));
        totals.setRequired(List.copyOf(((Map<String, Schema>) totals.getProperties()).keySet()));
        totals.setAdditionalProperties(false);
        components.addSchemas("UitvalTotaal", totals);

        Schema report = new ObjectSchema().description("Uitval per fase voor het gekozen cohort en filter.")
                .addProperty("norm", new NumberSchema().description("De uitvalnorm (`ketenregie.rapportage.uitvalnorm`), "
                        + "als fractie."))
                .addProperty("fasen", new ArraySchema().items(new Schema<>().$ref(REF + "FaseRij")))
                .addProperty("totaal", new Schema<>().$ref(REF + "UitvalTotaal"))
                .required(List.of("norm", "fasen", "totaal"));
        report.setAdditionalProperties(false);
        components.addSchemas("UitvalPerFase", report);

        Schema stage = new StringSchema().description("Fase van het traject.");
        stage.setEnum(Arrays.stream(Stage.values()).map(Enum::name).toList());
        components.addSchemas("Fase", stage);
    }
}
