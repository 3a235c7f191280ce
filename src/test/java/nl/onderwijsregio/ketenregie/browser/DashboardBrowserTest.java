package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.loket.Registration;
import nl.onderwijsregio.ketenregie.loket.RegistrationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work list, dossier page and dashboard in headless Chromium (Debian's /usr/bin/chromium with
 * /usr/bin/chromedriver; .ci/run installs them). Without Chromium these tests fail, they never skip.
 * Their screenshots (test fixtures) go to target/screenshots; the README's show the demo data (ReadmeScreenshots).
 */
@IntegrationTest
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots of tests on fixtures, to look at after a run; the README's come from ReadmeScreenshots. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JourneyCommands journey;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    Path profile;
    String bestuur;

    @BeforeAll
    static void chromiumIsInstalled() {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium; see .ci/run)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver; see .ci/run)").isExecutable();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        bestuur = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into bestuur (code, name, region_code) values (?, ?, 'utrecht-stad')", bestuur,
                "Stichting Browsertest " + bestuur.substring(8));
        profile = Files.createTempDirectory("ketenregie-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 1000));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void ketenregisseurFiltersOpensADossierRegistersDropoutAndSeesTheDashboardChange() throws IOException {
        // Ten candidates of a bestuur of this test in Oriëntatie, five of whom already stopped for the reason (and as
        // avoidable) the ketenregisseur registers below, so that no small cell hides the count that changes.
        List<UUID> ids = new ArrayList<>();
        String email = null;
        for (int i = 0; i < 10; i++) {
            String address = TestCandidates.uniqueEmail("browser");
            registrations.register(new Registration(i == 0 ? "Sanne" : "Kandidaat", i == 0 ? "Uitvaltest" : "Browsertest",
                    address, null, "utrecht-stad", "PO", null, "Projectleider", "HBO", false, true));
            UUID id = candidates.dossierIdOf(address);
            candidates.placeAtSchool(id, bestuur, null);
            ids.add(id);
            if (i == 0) {
                email = address;
            }
        }
        for (UUID id : ids.subList(5, 10)) {
            journey.candidateStops(id, DropoutReason.PERSOONLIJKE_OMSTANDIGHEDEN, true, null, "kr.utrecht");
        }

        login("kr.utrecht");
        assertThat(orientatieDropouts()).isEqualTo("5");

        open("/dossiers");
        browser.findElement(By.id("q")).sendKeys(email);
        new Select(browser.findElement(By.id("fase"))).selectByValue("ORIENTATIE");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("fase=ORIENTATIE"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"), "1 dossiers gevonden"));
        assertThat(browser.findElements(By.cssSelector("table.worklist tbody tr"))).hasSize(1);
        screenshot("werklijst");

        browser.findElement(By.linkText("Sanne Uitvaltest")).click();
        wait(ExpectedConditions.titleContains("Sanne Uitvaltest"));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Fase Oriëntatie");
        assertThat(browser.findElement(By.cssSelector(".tasks")).getText()).contains("Intakegesprek voeren");
        screenshot("dossier");

        new Select(browser.findElement(By.id("reden"))).selectByValue("PERSOONLIJKE_OMSTANDIGHEDEN");
        browser.findElement(By.cssSelector("label[for=onnodig-ja]")).click();
        browser.findElement(By.id("uitval-toelichting")).sendKeys("Mantelzorg; wil later misschien terugkomen.");
        browser.findElement(By.cssSelector("label[for=uitval-bevestigd]")).click();
        browser.findElement(By.cssSelector("#uitval-form button[type=submit]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "De uitval is geregistreerd."));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("Uitgevallen: Persoonlijke omstandigheden (onnodige uitval)").contains("Mantelzorg")
                .contains("geregistreerd door Marloes Verhoef (ketenregisseur)");
        assertThat(browser.findElements(By.id("uitval-form"))).as("no dropout form on an ended track").isEmpty();

        assertThat(orientatieDropouts()).isEqualTo("6");
        wait(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return typeof Chart !== 'undefined' && Chart.getChart('uitval-grafiek') !== undefined"));
        screenshot("rapportage");
    }

    @Test
    void chartMarksASuppressedStageAsAHatchedBarAndDrawsTheNormAtTenPercent() {
        // Three candidates of this test's bestuur in Oriëntatie, one of whom stopped: 1 of 3, small cells.
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String address = TestCandidates.uniqueEmail("grafiek");
            registrations.register(new Registration("Kandidaat", "Grafiektest", address, null, "utrecht-stad", "PO", null,
                    "Projectleider", "HBO", false, true));
            UUID id = candidates.dossierIdOf(address);
            candidates.placeAtSchool(id, bestuur, null);
            ids.add(id);
        }
        journey.candidateStops(ids.get(0), DropoutReason.WERKDRUK, false, null, "kr.utrecht");

        login("mgmt.utrecht");
        open("/rapportage?bestuur=" + bestuur);
        wait(driver -> "true".equals(driver.findElement(By.id("uitval-grafiek")).getAttribute("data-getekend")));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> chart = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("""
                        var c = Chart.getChart('uitval-grafiek');
                        var marks = JSON.parse(c.canvas.getAttribute('data-grafiek')).afgeschermd;
                        var bar = c.getDatasetMeta(1).data[1];
                        var ratio = c.currentDevicePixelRatio;
                        var x = c.scales.x.getPixelForValue(10);
                        var pixel = c.ctx.getImageData(Math.round(x * ratio), Math.round((c.chartArea.top + 2) * ratio), 1, 1).data;
                        var font = Chart.helpers.toFont(c.scales.y.options.ticks.font);
                        c.ctx.save();
                        c.ctx.font = font.string;
                        var widest = 0;
                        c.data.labels.forEach(function (label) { widest = Math.max(widest, c.ctx.measureText(label).width); });
                        c.ctx.restore();
                        return { mark: marks[1], value: c.data.datasets[0].data[1], length: Math.abs(bar.x - bar.base),
                                 red: pixel[0], green: pixel[1], widest: widest, axis: c.scales.y.width,
                                 row: c.scales.y.height / c.data.labels.length, line: font.lineHeight };
                        """);
        assertThat(chart.get("mark")).as("Oriëntatie: 1 of 3 dropped out").isEqualTo("<5");
        assertThat(chart.get("value")).as("no percentage drawn for a suppressed stage").isNull();
        assertThat(((Number) chart.get("length")).doubleValue()).as("a visible hatched bar, not an empty one").isGreaterThan(50);
        assertThat(((Number) chart.get("red")).intValue()).as("the red norm line at 10%").isGreaterThan(120);
        assertThat(((Number) chart.get("green")).intValue()).isLessThan(90);
        assertThat(((Number) chart.get("widest")).doubleValue()).as("stage names are not cut off")
                .isLessThanOrEqualTo(((Number) chart.get("axis")).doubleValue());
        assertThat(((Number) chart.get("row")).doubleValue()).as("each stage name has a row of its own")
                .isGreaterThanOrEqualTo(((Number) chart.get("line")).doubleValue());
        assertThat(browser.findElements(By.cssSelector(".table-scroll"))).allSatisfy(region -> {
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("aria-label")).isNotBlank();
        });
    }

    @Test
    void schoolopleiderSeesOnlyTheirSchoolsCandidates() {
        UUID own = candidates.register("utrecht-stad");
        UUID other = candidates.register("utrecht-stad");
        candidates.placeAtSchool(own, "spo-utrecht", "spo-zonnewijzer");
        candidates.placeAtSchool(other, "ksu", "ksu-regenboog");

        login("so.spo.overvecht");
        open("/dossiers");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn zij-instromers");
        String list = browser.findElement(By.id("resultaat")).getAttribute("innerHTML");
        assertThat(list).contains(own.toString()).doesNotContain(other.toString()).contains("Begeleidingsuren");
        open("/dossiers/" + other);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
    }

    @Test
    void managementSeesTheDashboardButNoPersonalDataAndNoDossierPages() {
        UUID dossier = candidates.register("utrecht-stad");
        String email = jdbc.queryForObject("select email from dossier where id = ?", String.class, dossier);

        login("mgmt.utrecht");
        assertThat(browser.findElements(By.linkText("Dossiers"))).isEmpty();
        browser.findElement(By.linkText("Rapportage")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("uitval-per-fase")));
        assertThat(browser.getPageSource()).doesNotContain(email).doesNotContain("/dossiers/");
        open("/dossiers");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
        open("/dossiers/" + dossier);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
        assertThat(browser.getPageSource()).doesNotContain(email);
    }

    /** The "Uitgevallen" figure of Oriëntatie on the dashboard, filtered on this test's bestuur. */
    private String orientatieDropouts() {
        open("/rapportage");
        new Select(browser.findElement(By.id("bestuur"))).selectByValue(bestuur);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("bestuur=" + bestuur));
        WebElement row = browser.findElements(By.cssSelector("#uitval-per-fase tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals("Oriëntatie")).findFirst().orElseThrow();
        return row.findElements(By.tagName("td")).get(2).getText();
    }

    private void login(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header form.logout")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
