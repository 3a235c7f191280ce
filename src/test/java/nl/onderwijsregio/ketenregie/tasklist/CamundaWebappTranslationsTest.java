package nl.onderwijsregio.ketenregie.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Dutch nl.json of each Camunda webapp against the en.json of the webjar on the classpath: the same
 * keys, and per text the same placeholders and HTML tags. After a Camunda upgrade this lists what to
 * translate (docs/translations.md).
 */
class CamundaWebappTranslationsTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|%[sd]");
    /** Lower-case tags as Camunda writes them; "<Operation>" is a text shown to the user, not a tag. */
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-z][a-z0-9]*(\\s[^<>]*)?/?>");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void dutchHasExactlyTheKeysOfTheEnglishOriginal(String app) throws IOException {
        JsonNode en = locale(app, "en");
        JsonNode nl = locale(app, "nl");
        Set<String> english = keys(en.get("labels"));
        Set<String> dutch = keys(nl.get("labels"));
        assertThat(difference(english, dutch)).as(app + ": labels missing in nl.json").isEmpty();
        assertThat(difference(dutch, english)).as(app + ": labels in nl.json that en.json does not have").isEmpty();
        assertThat(keys(nl)).as(app + ": top-level sections").isEqualTo(keys(en));
        if (en.has("dateLocales")) {
            assertThat(shape(nl.get("dateLocales"), "")).as(app + ": dateLocales")
                    .isEqualTo(shape(en.get("dateLocales"), ""));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void dutchKeepsPlaceholdersAndHtmlOfEachText(String app) throws IOException {
        JsonNode en = locale(app, "en");
        JsonNode nl = locale(app, "nl");
        List<String> differences = new ArrayList<>();
        compareTexts("labels", en.get("labels"), nl.get("labels"), differences);
        if (en.has("dateLocales")) {
            compareTexts("dateLocales", en.get("dateLocales"), nl.get("dateLocales"), differences);
        }
        assertThat(differences).as(app + ": placeholders or HTML differ from en.json").isEmpty();
    }

    private void compareTexts(String path, JsonNode en, JsonNode nl, List<String> differences) {
        if (en.isTextual()) {
            String dutch = nl == null ? "" : nl.asText();
            if (!matches(PLACEHOLDER, en.asText()).equals(matches(PLACEHOLDER, dutch))
                    || !matches(HTML_TAG, en.asText()).equals(matches(HTML_TAG, dutch))) {
                differences.add(path + ": \"" + en.asText() + "\" vs \"" + dutch + "\"");
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = en.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            compareTexts(path + "." + field.getKey(), field.getValue(), nl == null ? null : nl.get(field.getKey()),
                    differences);
        }
    }

    private JsonNode locale(String app, String language) throws IOException {
        String resource = LOCALES.formatted(app, language);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            // Jackson skips the UTF-8 byte order mark Camunda's files start with.
            return json.readTree(in);
        }
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    /** Paths of all leaves, arrays with their length: the structure moment.js expects. */
    private static Set<String> shape(JsonNode node, String path) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> paths.addAll(shape(field.getValue(), path + "/" + field.getKey())));
        } else if (node.isArray()) {
            paths.add(path + "[" + node.size() + "]");
        } else {
            paths.add(path);
        }
        return paths;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }
}
