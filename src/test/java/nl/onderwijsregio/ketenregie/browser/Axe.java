package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm devDependency, installed by {@code npm ci} as .ci/run does) in the page under test: the
 * serious and critical violations of WCAG 2.1 A and AA rules, as "rule (impact): element, …" lines.
 */
final class Axe {

    static final Path SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(arguments[0], {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(result => done(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(error => done(['axe failed: ' + error]));
            """;

    private Axe() {
    }

    /** Violations in the whole page. */
    static List<String> seriousViolations(WebDriver driver) {
        return seriousViolations(driver, Map.of("include", List.of(List.of("html"))));
    }

    /** Violations inside the elements matching these selectors only (e.g. our form in Tasklist). */
    static List<String> seriousViolationsIn(WebDriver driver, String... selectors) {
        return seriousViolations(driver, Map.of("include", java.util.Arrays.stream(selectors).map(List::of).toList()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> seriousViolations(WebDriver driver, Map<String, Object> context) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
            js.executeScript(script());
        }
        return (List<String>) js.executeAsyncScript(RUN, context);
    }

    private static String script() {
        assertThat(SCRIPT).as("axe-core: run npm ci (see .ci/run)").isRegularFile();
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
