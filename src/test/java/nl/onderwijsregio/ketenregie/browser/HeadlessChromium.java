package nl.onderwijsregio.ketenregie.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium with a profile of its own, in Dutch, for one browser test; {@link #close()} quits it
 * and removes the profile. (The older browser tests start theirs inline; new ones use this.)
 */
final class HeadlessChromium implements AutoCloseable {

    final WebDriver browser;
    private final Path profile;

    HeadlessChromium() throws IOException {
        DashboardBrowserTest.chromiumIsInstalled();
        profile = Files.createTempDirectory("ketenregie-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=nl-NL");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
