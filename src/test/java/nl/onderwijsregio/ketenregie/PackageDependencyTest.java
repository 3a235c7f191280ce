package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The feature packages depend on each other in one direction only, from top to bottom of {@link #LAYERS}
 * (drawn in docs/architecture.md): a package uses only packages of lower layers, so there is no cycle.
 */
class PackageDependencyTest {

    private static final String ROOT = "nl.onderwijsregio.ketenregie.";
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("demo"),
            Set.of("workspace", "reporting", "home", "apidocs"),
            Set.of("casework", "notification", "privacy"),
            Set.of("loket"),
            Set.of("journey", "garantiefonds", "kwaliteit", "langstudeerders"),
            Set.of("process"),
            Set.of("dossier"),
            Set.of("identity"),
            Set.of("organisation"),
            Set.of("web"));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?" + Pattern.quote(ROOT) + "([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void packagesOnlyUseLowerLayers() throws IOException {
        Map<String, Set<String>> uses = dependencies(Path.of("src/main/java/nl/onderwijsregio/ketenregie"));
        List<String> wrong = new ArrayList<>();
        uses.forEach((from, targets) -> targets.forEach(to -> {
            if (layer(from) >= layer(to)) {
                wrong.add(from + " -> " + to);
            }
        }));
        assertThat(uses.keySet()).as("every package has a layer").allSatisfy(p -> assertThat(layer(p)).isNotNegative());
        assertThat(wrong).as("dependencies against the layering").isEmpty();
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Set<String>> dependencies(Path sources) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class and the clock, at the root, wire everything
                }
                String pkg = relative.getName(0).toString();
                Set<String> targets = uses.computeIfAbsent(pkg, key -> new TreeSet<>());
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(pkg)) {
                        targets.add(matcher.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
