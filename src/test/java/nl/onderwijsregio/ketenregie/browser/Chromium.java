package nl.onderwijsregio.ketenregie.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium with a throw-away profile, logged in to the application on {@code port}. */
final class Chromium implements AutoCloseable {

    final WebDriver browser;
    private final Path profile;
    private final int port;

    Chromium(int port) throws IOException {
        this.port = port;
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

    void login(String user, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header form.logout")));
    }

    /** Logs out from one of our pages (Tasklist has its own header). */
    void logout() {
        open("/");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header form.logout button")));
        browser.findElement(By.cssSelector(".site-header form.logout button")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(DashboardBrowserTest.SCREENSHOTS);
        Files.write(DashboardBrowserTest.SCREENSHOTS.resolve(name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
