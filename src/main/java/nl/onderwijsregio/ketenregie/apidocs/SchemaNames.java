package nl.onderwijsregio.ketenregie.apidocs;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the JSON shapes of the API their Dutch schema names (several features have a nested {@code Page},
 * {@code Summary} or {@code Note}, which would otherwise collide), and states what Jackson really writes:
 * a response record always has every field, and a field that is not a Java primitive may be {@code null}.
 * A request field that Bean Validation does not require may be left out or be {@code null}.
 */
class SchemaNames implements ModelConverter {

    /** Java class (binary name, without the package) to the schema name integrators see. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("loket.Registration", "Aanmelding"),
            Map.entry("dossier.DossierJson$Page", "DossierPagina"),
            Map.entry("dossier.DossierJson$Summary", "DossierSamenvatting"),
            Map.entry("dossier.DossierJson$Detail", "Dossier"),
            Map.entry("dossier.DossierJson$TimelineEntry", "TijdlijnRegel"),
            Map.entry("dossier.DossierJson$Note", "Notitie"),
            Map.entry("workspace.TaskCaseSummaryApiController$TaskCaseSummary", "TaakDossier"),
            Map.entry("workspace.TaskCaseSummaryApiController$OpenDeadline", "OpenTermijn"),
            Map.entry("workspace.TaskCaseSummaryApiController$RecentNote", "RecenteNotitie"),
            Map.entry("casework.CaseRequests$Dropout", "UitvalVerzoek"),
            Map.entry("casework.CaseRequests$Handover", "OverdrachtVerzoek"),
            Map.entry("casework.CaseRequests$Note", "NotitieVerzoek"),
            Map.entry("casework.CaseRequests$Correction", "GegevensCorrectie"),
            Map.entry("casework.TaskAssignmentApiController$Toewijzing", "ToewijzingVerzoek"),
            Map.entry("garantiefonds.FundJson$Page", "GarantiefondsPagina"),
            Map.entry("garantiefonds.FundJson$Summary", "GarantiefondsAanvraagSamenvatting"),
            Map.entry("garantiefonds.FundJson$Detail", "GarantiefondsAanvraag"),
            Map.entry("garantiefonds.FundJson$StatusEntry", "GarantiefondsStatusRegel"),
            Map.entry("garantiefonds.FundJson$LedgerEntry", "GrootboekRegel"),
            Map.entry("garantiefonds.FundRequests$Application", "GarantiefondsAanvraagVerzoek"),
            Map.entry("garantiefonds.FundRequests$Budget", "BudgetVerzoek"),
            Map.entry("garantiefonds.FundBudget$Balance", "BudgetStand"),
            Map.entry("kwaliteit.KwaliteitJson$PartnershipSummary", "Partnerschap"),
            Map.entry("kwaliteit.KwaliteitJson$PartnershipPage", "PartnerschapPagina"),
            Map.entry("kwaliteit.KwaliteitJson$Created", "KwaliteitAangemaakt"),
            Map.entry("kwaliteit.KwaliteitJson$TimelineEntry", "KwaliteitTijdlijnRegel"),
            Map.entry("kwaliteit.KwaliteitJson$StandardName", "Standaard"),
            Map.entry("kwaliteit.KwaliteitJson$Evaluation", "Zelfevaluatie"),
            Map.entry("kwaliteit.KwaliteitJson$RoundDetail", "Monitorronde"),
            Map.entry("kwaliteit.KwaliteitJson$PanelMemberJson", "Panellid"),
            Map.entry("kwaliteit.KwaliteitJson$Finding", "Bevinding"),
            Map.entry("kwaliteit.KwaliteitJson$Action", "Verbeteractie"),
            Map.entry("kwaliteit.KwaliteitJson$ReviewDetail", "PeerReview"),
            Map.entry("kwaliteit.KwaliteitRequests$Round", "MonitorrondeVerzoek"),
            Map.entry("kwaliteit.KwaliteitRequests$Review", "PeerReviewVerzoek"),
            Map.entry("kwaliteit.KwaliteitRequests$PanelMember", "PanellidVerzoek"),
            Map.entry("kwaliteit.KwaliteitRequests$Action", "VerbeteractieVerzoek"),
            Map.entry("kwaliteit.KwaliteitRequests$Partnership", "PartnerschapVerzoek"),
            Map.entry("langstudeerders.ImportJson$Result", "ImportResultaat"),
            Map.entry("langstudeerders.ImportJson$Problem", "ImportFout"),
            Map.entry("langstudeerders.LangstudeerderJson$Page", "LangstudeerderPagina"),
            Map.entry("langstudeerders.LangstudeerderJson$Summary", "LangstudeerderSamenvatting"),
            Map.entry("langstudeerders.LangstudeerderJson$Detail", "Langstudeerder"),
            Map.entry("langstudeerders.LangstudeerderJson$Plan", "BegeleidingsPlan"),
            Map.entry("langstudeerders.LangstudeerderJson$Checkin", "Checkin"),
            Map.entry("langstudeerders.LangstudeerderJson$TimelineEntry", "LangstudeerderTijdlijnRegel"),
            Map.entry("privacy.PrivacyRequests$Erasure", "WisVerzoek"),
            Map.entry("dossier.ReadLog$Entry", "LeeslogRegel"));

    static final String ROOT = "nl.onderwijsregio.ketenregie.";

    /** Request bodies: only what Bean Validation requires is required. */
    private static final Set<String> REQUESTS = Set.of("Aanmelding", "UitvalVerzoek", "OverdrachtVerzoek",
            "NotitieVerzoek", "GegevensCorrectie", "GarantiefondsAanvraagVerzoek", "BudgetVerzoek", "WisVerzoek");

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> cls = rawClass(type.getType());
        String name = cls == null ? null : nameOf(cls);
        if (name == null) {
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        }
        type.name(name);
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Schema model = context.getDefinedModels().get(name);
        if (model != null && cls.isRecord() && model.getProperties() != null) {
            describeNulls(model, cls, REQUESTS.contains(name));
        }
        return resolved;
    }

    static String nameOf(Class<?> cls) {
        if (!cls.getName().startsWith(ROOT)) {
            return null;
        }
        return NAMES.get(cls.getName().substring(ROOT.length()));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void describeNulls(Schema model, Class<?> cls, boolean request) {
        List<String> required = model.getRequired() == null ? new ArrayList<>() : new ArrayList<>(model.getRequired());
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : cls.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            boolean primitive = component.getType().isPrimitive();
            if (!request && !required.contains(component.getName())) {
                required.add(component.getName());
            }
            if (!primitive && !(request && required.contains(component.getName()))) {
                properties.put(component.getName(), nullable(property));
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
    }

    /** The same schema, also allowing {@code null} (JSON Schema 2020-12 as in OpenAPI 3.1). */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema wrapper = new Schema();
            wrapper.setAnyOf(List.of(property, new Schema().type("null")));
            return wrapper;
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
        } else if (property.getType() != null) {
            property.addType(property.getType());
            property.addType("null");
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.getEnum().add(null);
        }
        return property;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        try {
            return Json.mapper().constructType(type).getRawClass();
        } catch (RuntimeException notAType) {
            return null;
        }
    }
}
