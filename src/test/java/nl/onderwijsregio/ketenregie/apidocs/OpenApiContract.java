package nl.onderwijsregio.ketenregie.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The served OpenAPI 3.1 description, with its schemas checked by a JSON Schema 2020-12 validator (networknt):
 * a schema is the whole description with a {@code $ref} to the schema's place, so references between
 * components resolve as they do for integrators.
 */
final class OpenApiContract {

    static final ObjectMapper JSON = new ObjectMapper();

    final JsonNode description;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    OpenApiContract(String description) throws Exception {
        this.description = JSON.readTree(description);
    }

    /** Validation errors of a value against the schema at a JSON pointer into the description. */
    List<String> validate(String pointer, JsonNode value) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> {
            ObjectNode root = description.deepCopy();
            root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
            root.put("$ref", "#" + p);
            return registry.getSchema(root);
        });
        return schema.validate(value).stream().map(Error::toString).toList();
    }

    /** The pointer of the schema of a documented response, or null when the description does not have it. */
    String responseSchema(String path, String method, int status, String mediaType) {
        String pointer = "/paths/" + escape(path) + "/" + method.toLowerCase() + "/responses/" + status + "/content/"
                + escape(mediaType) + "/schema";
        return description.at(pointer).isMissingNode() ? null : pointer;
    }

    /** Every operation: (path, method) with the operation node. */
    void forEachOperation(TriConsumer action) {
        Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    action.accept(path.getKey(), method.getKey(), method.getValue());
                }
            }
        }
    }

    /** Every media type with a schema: its JSON pointer, and each example value (with a label). */
    List<String> validateAllExamples(BiConsumer<String, Integer> counted) {
        List<String> problems = new ArrayList<>();
        int[] count = { 0 };
        forEachOperation((path, method, operation) -> {
            String base = "/paths/" + escape(path) + "/" + method;
            mediaTypes(base + "/requestBody/content", problems, count);
            Iterator<String> statuses = operation.path("responses").fieldNames();
            while (statuses.hasNext()) {
                mediaTypes(base + "/responses/" + statuses.next() + "/content", problems, count);
            }
        });
        counted.accept("examples", count[0]);
        return problems;
    }

    private void mediaTypes(String contentPointer, List<String> problems, int[] count) {
        JsonNode content = description.at(contentPointer);
        Iterator<String> types = content.fieldNames();
        while (types.hasNext()) {
            String type = types.next();
            String mediaPointer = contentPointer + "/" + escape(type);
            JsonNode media = description.at(mediaPointer);
            if (media.path("schema").isMissingNode()) {
                continue;
            }
            List<JsonNode> values = new ArrayList<>();
            if (media.has("example")) {
                values.add(media.get("example"));
            }
            media.path("examples").forEach(example -> values.add(example.path("value")));
            for (JsonNode value : values) {
                count[0]++;
                if (type.equals("text/csv")) {
                    value = JSON.getNodeFactory().textNode(value.asText());
                }
                for (String error : validate(mediaPointer + "/schema", value)) {
                    problems.add(mediaPointer + ": " + error);
                }
            }
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    @FunctionalInterface
    interface TriConsumer {
        void accept(String path, String method, JsonNode operation);
    }
}
