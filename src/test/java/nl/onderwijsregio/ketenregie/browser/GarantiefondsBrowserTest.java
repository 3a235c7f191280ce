package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.garantiefonds.FundActions;
import nl.onderwijsregio.ketenregie.garantiefonds.FundBudget;
import nl.onderwijsregio.ketenregie.garantiefonds.FundRequests;
import nl.onderwijsregio.ketenregie.garantiefonds.Motivation;
import nl.onderwijsregio.ketenregie.garantiefonds.RiskType;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.camunda.bpm.engine.TaskService;
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
 * A committee member decides a garantiefonds application in Camunda Tasklist (headless Chromium) and the
 * fund's reserved amount on the budget page changes by the granted amount. Saves
 * docs/screenshots/garantiefonds.png (the committee's work list).
 */
@IntegrationTest
class GarantiefondsBrowserTest {

    private static final String REGION = "midden-nederland";
    private static final KetenregieUser KR = new KetenregieUser("kr.mnl", "Ketenregisseur", Set.of("ketenregisseur"),
            Set.of(REGION));

    @LocalServerPort
    int port;

    @Autowired
    JourneyDriver journeys;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    FundActions actions;

    @Autowired
    FundBudget budget;

    @Autowired
    TaskService taskService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
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
    void theCommitteeGrantsInTasklistAndTheReservedAmountChanges() throws IOException {
        organisation.ensure();
        int year = LocalDate.now().getYear();
        budget.setBudget(REGION, year, budget.balance(REGION, year).budget().add(new BigDecimal("100000")), "admin");
        JourneyDriver.Journey journey = journeys.matchedInMiddenNederland();
        UUID application = actions.apply(KR, journey.dossierId, new FundRequests.Application(new BigDecimal("3210"),
                RiskType.LOONKOSTEN_VOOR_START, "hu", LocalDate.now().plusDays(60), Motivation.TEKORTVAK));
        journey.complete("Task_AanvraagControleren", "kr.mnl", List.of("ketenregisseur"), Map.of("controle", "volledig"));
        String taskId = journey.task("Task_BesluitNemen").getId();
        BigDecimal reservedBefore = budget.balance(REGION, year).gereserveerd();

        login("gf.commissie");
        assertThat(browser.findElements(By.linkText("Garantiefonds"))).hasSize(1);
        open("/garantiefonds");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/garantiefonds/" + application + "']")));
        screenshot("garantiefonds");

        try {
            decideInTasklist(taskId);
        } catch (org.openqa.selenium.TimeoutException stuck) {
            Files.write(Path.of("target", "garantiefonds-tasklist.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            throw new AssertionError("Tasklist shows: " + browser.findElement(By.tagName("body")).getText(), stuck);
        }

        open("/garantiefonds/budget?regio=" + REGION + "&jaar=" + year);
        String expected = "€ " + String.format(Locale.forLanguageTag("nl-NL"), "%,.2f", reservedBefore.add(new BigDecimal("3000")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("gereserveerd"), expected));
        assertThat(jdbc.queryForObject("select granted_amount from fund_application where id = ?", BigDecimal.class,
                application)).isEqualByComparingTo("3000");
        assertThat(jdbc.queryForObject("select decided_by from fund_application where id = ?", String.class, application))
                .isEqualTo("gf.commissie");
    }

    /** Opens the task in Tasklist, claims it and grants € 3.000 in the Camunda Form. */
    private void decideInTasklist(String taskId) {
        // Straight to the task, as the link on the application page does.
        open("/camunda/app/tasklist/default/#/?task=" + taskId);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        button("Oppakken").click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Oppakken']")));
        // A claimed task leaves the group filter, and Tasklist closes it: open it again, now under "Mijn taken".
        waitFor(driver -> taskService.createTaskQuery().taskId(taskId).taskAssignee("gf.commissie").count() == 1);
        open("/camunda/app/tasklist/default/#/?task=" + taskId);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        // form-js renders a radio option as an input inside its label, without a value attribute.
        waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class, 'fjs-container')]//label[normalize-space()='Toekennen']"))).click();
        WebElement amount = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(normalize-space(), 'Toegekend bedrag')]/following::input[1]")));
        amount.clear();
        amount.sendKeys("3000");
        WebElement complete = button("Afronden");
        // The longer form puts the button under Tasklist's footer: scroll it to the middle first.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                complete);
        waitFor(ExpectedConditions.elementToBeClickable(complete)).click();
        waitFor(driver -> taskService.createTaskQuery().taskId(taskId).count() == 0);
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
