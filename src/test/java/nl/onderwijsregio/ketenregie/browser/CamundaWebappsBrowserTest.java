package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Tasklist and Cockpit as our users see them, in headless Chromium with a Dutch browser: Dutch
 * texts (also form-js validation), only the actions the user may take, the Camunda 7 end-of-life banner
 * for operators only (docs/translations.md, ADR 0009). Saves docs/screenshots/tasklist.png.
 */
@IntegrationTest
class CamundaWebappsBrowserTest {

    private static final String SCHOOL = "spo-zonnewijzer";

    @LocalServerPort
    int port;

    @Autowired
    JourneyDriver journeys;

    WebDriver browser;
    Path profile;

    @BeforeAll
    static void chromiumIsInstalled() {
        DashboardBrowserTest.chromiumIsInstalled();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("ketenregie-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=nl-NL");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void schoolopleiderWorksInADutchTasklistWithoutActionsTheyMayNotTake() throws IOException {
        JourneyDriver.Journey journey = journeys.start("utrecht-stad", "PO", "HBO")
                .intake("PO", "HBO", false, false).continueWithAdvice("marnix")
                .asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", SCHOOL);
        String taskId = journey.task("Task_VliegendeStartAfronden").getId();

        login("so.spo.overvecht");
        assertThat(browser.findElements(By.linkText("Taken"))).hasSize(1);
        open("/camunda/app/tasklist/default/#/");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Kies een taak in de lijst."));
        // The filters arrive after the page ("Laden…" until then): wait for them, not just for the page.
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Taken van mijn groep"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Mijn taken", "Taken van mijn groep")
                .doesNotContain("Taak aanmaken", "Proces starten", "Create task", "Start process", "Camunda 8");

        open("/camunda/app/tasklist/default/#/?task=" + taskId);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        button("Oppakken").click();
        button("Afronden").click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form-field-error"),
                "Dit veld is verplicht."));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Field is required", "Camunda 8");
        screenshot("tasklist");
    }

    @Test
    void operatorSeesTheDutchEndOfLifeBannerAndMayCreateTasks() {
        login("admin");
        open("/camunda/app/cockpit/default/#/dashboard");
        WebElement banner = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ce-eol-banner")));
        assertThat(banner.getText()).startsWith("Het is tijd om over te stappen naar Camunda 8.");

        open("/camunda/app/tasklist/default/#/");
        WebElement createTask = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".create-task-action")));
        waitFor(driver -> !"none".equals(createTask.getCssValue("display")));
        assertThat(createTask.getAttribute("textContent")).contains("Taak aanmaken");
    }

    @Test
    void managementGetsNoLinksToTasklist() {
        login("mgmt.utrecht");
        assertThat(browser.findElements(By.linkText("Taken"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Mijn taken in Camunda Tasklist"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Rapportage"))).hasSize(1);
    }

    private WebElement button(String text) {
        return waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='" + text + "'] | //a[normalize-space()='" + text + "']")));
    }

    private void login(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header form.logout")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(DashboardBrowserTest.SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(DashboardBrowserTest.SCREENSHOTS.resolve(name + ".png"), png);
    }
}
