package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An institute (lo.marnix) uploads its list of langstudeerders in headless Chromium: a bad file shows every error
 * with line and column and stores nothing; the corrected file is imported and its students are on the work list.
 */
@IntegrationTest
class LangstudeerdersBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Chromium chromium;
    WebDriver browser;
    Path files;

    @BeforeEach
    void start() throws IOException {
        chromium = Chromium.start(port);
        browser = chromium.driver;
        files = Files.createTempDirectory("ketenregie-upload");
    }

    @AfterEach
    void stop() throws IOException {
        chromium.close();
        try (var all = Files.walk(files)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anInstituteSeesTheErrorsOfABadFileAndThenImportsTheGoodOne() throws IOException {
        String tag = new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String number = "BR" + UUID.randomUUID().toString().substring(0, 6);
        String header = "studentnummer;voornaam;achternaam;email;opleiding;sector;startjaar;ec_behaald;ec_totaal;school;regio";
        String good = number + ";Roos;Browser" + tag + ";roos." + tag + "@example.nl;Leraar Basisonderwijs (pabo);PO;2017;150;240;spo-zonnewijzer;utrecht-stad";
        Path bad = write("marnix-fout.csv", header, good, number + "2;Stijn;Browser" + tag + ";;Leraar Basisonderwijs (pabo);PO;2099;250;240;onbekend;utrecht-stad");

        login("lo.marnix");
        browser.findElement(By.linkText("Langstudeerders")).click();
        browser.findElement(By.linkText("Lijst importeren")).click();
        upload(bad);

        WebElement errors = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("fouten")));
        assertThat(errors.getText()).contains("Niet geïmporteerd").contains("Er is niets opgeslagen");
        List<String> rows = errors.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).containsExactly("3 email Vul het e-mailadres in.",
                "3 startjaar Het startjaar 2099 ligt in de toekomst.",
                "3 ec_behaald Er zijn meer studiepunten behaald (250) dan er nodig zijn (240).",
                "3 school Onbekende school 'onbekend'. Gebruik de schoolcode uit de lijst van de regio.");
        screenshot("langstudeerders-import");
        assertThat(jdbc.queryForObject("select count(*) from langstudeerder where student_number = ?", Integer.class,
                number)).isZero();

        upload(write("marnix.csv", header, good));
        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("resultaat"))).getText())
                .contains("1 toegevoegd");
        browser.findElement(By.linkText("Naar de werklijst")).click();
        browser.findElement(By.id("q")).sendKeys("Browser" + tag);
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("langstudeerders"))).getText())
                .contains("Roos Browser" + tag).contains("Intake door de opleiding");
    }

    private void upload(Path file) {
        browser.findElement(By.id("bestand")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private void login(String user) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header form.logout")));
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
