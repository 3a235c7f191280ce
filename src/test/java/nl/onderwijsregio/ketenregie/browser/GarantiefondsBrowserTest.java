package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A committee member decides a garantiefonds application in Camunda Tasklist (headless Chromium) and the
 * fund's reserved amount on the budget page changes by the granted amount. Saves
 * target/screenshots/garantiefonds.png (the committee's work list).
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

    Chromium chromium;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = Chromium.start(port);
        browser = chromium.driver;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        chromium.close();
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

        chromium.login("gf.commissie");
        assertThat(browser.findElements(By.linkText("Garantiefonds"))).hasSize(1);
        chromium.open("/garantiefonds");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/garantiefonds/" + application + "']")));
        chromium.screenshot("garantiefonds");

        try {
            decideInTasklist(taskId);
        } catch (org.openqa.selenium.TimeoutException stuck) {
            Files.write(Path.of("target", "garantiefonds-tasklist.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            throw new AssertionError("Tasklist shows: " + browser.findElement(By.tagName("body")).getText(), stuck);
        }

        chromium.open("/garantiefonds/budget?regio=" + REGION + "&jaar=" + year);
        String expected = "€ " + String.format(Locale.forLanguageTag("nl-NL"), "%,.2f", reservedBefore.add(new BigDecimal("3000")));
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("gereserveerd"), expected));
        assertThat(jdbc.queryForObject("select granted_amount from fund_application where id = ?", BigDecimal.class,
                application)).isEqualByComparingTo("3000");
        assertThat(jdbc.queryForObject("select decided_by from fund_application where id = ?", String.class, application))
                .isEqualTo("gf.commissie");
    }

    /** Opens the task in Tasklist, claims it and grants € 3.000 in the Camunda Form. */
    private void decideInTasklist(String taskId) {
        // Straight to the task, as the link on the application page does.
        chromium.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        chromium.button("Oppakken").click();
        chromium.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Oppakken']")));
        // A claimed task leaves the group filter, and Tasklist closes it: open it again, now under "Mijn taken".
        chromium.waitFor(driver -> taskService.createTaskQuery().taskId(taskId).taskAssignee("gf.commissie").count() == 1);
        chromium.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        // form-js renders a radio option as an input inside its label, without a value attribute.
        chromium.waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class, 'fjs-container')]//label[normalize-space()='Toekennen']"))).click();
        WebElement amount = chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(normalize-space(), 'Toegekend bedrag')]/following::input[1]")));
        amount.clear();
        amount.sendKeys("3000");
        WebElement complete = chromium.button("Afronden");
        // The longer form puts the button under Tasklist's footer: scroll it to the middle first.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                complete);
        chromium.waitFor(ExpectedConditions.elementToBeClickable(complete)).click();
        chromium.waitFor(driver -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    }
}
