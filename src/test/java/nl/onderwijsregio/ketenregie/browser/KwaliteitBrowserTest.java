package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.kwaliteit.CycleDriver;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partnership coordinator fills in the self-evaluation in Camunda Tasklist (headless Chromium); when the
 * round is closed, management's heat map on /kwaliteit shows those scores. Saves
 * target/screenshots/kwaliteit.png (the heat map) and peerreview-rapport.png (the printable report of a
 * finished peer review; its print CSS is checked in KwaliteitPagesTest).
 */
@IntegrationTest
class KwaliteitBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CycleDriver driver;

    @Autowired
    TaskService taskService;

    @BeforeAll
    static void chromiumIsInstalled() {
        DashboardBrowserTest.chromiumIsInstalled();
    }

    @Test
    void aCoordinatorFillsInTheSelfEvaluationInTasklistAndTheHeatMapShowsIt() throws IOException {
        UUID round = driver.startRound();
        Task task = driver.tasks(round, "Task_ZelfevaluatieInvullen").stream()
                .filter(t -> "mnl-vo".equals(taskService.getVariable(t.getId(), "partnerschap"))).findFirst().orElseThrow();

        try (Chromium chromium = Chromium.start(port)) {
            chromium.login("pc.mnl.vo");
            try {
                fillIn(chromium, task.getId());
            } catch (org.openqa.selenium.TimeoutException stuck) {
                Files.write(Path.of("target", "kwaliteit-tasklist.png"),
                        ((TakesScreenshot) chromium.driver).getScreenshotAs(OutputType.BYTES));
                throw new AssertionError("Tasklist shows: " + chromium.driver.findElement(By.tagName("body")).getText(), stuck);
            }
            chromium.logout();

            driver.selfEvaluate(round, "mnl-mbo", 3);
            for (Task review : driver.tasks(round, "Task_ZelfevaluatieBeoordelen")) {
                driver.complete(review, "kw.mnl", "werkgroep-kwaliteit", Map.of("beoordeling", "akkoord"));
            }
            driver.complete(round, "Task_MonitorrondeAfsluiten", "kw.mnl", "werkgroep-kwaliteit",
                    Map.of("samenvatting", "Beoordeling vraagt aandacht in het VO."));

            chromium.login("mgmt.mnl");
            assertThat(chromium.driver.findElements(By.linkText("Kwaliteit"))).hasSize(1);
            chromium.open("/kwaliteit");
            WebElement row = chromium.waitFor(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#heatmap-midden-nederland tr[data-partnerschap='mnl-vo']")));
            List<String> cells = row.findElements(By.cssSelector("td.cel > span:first-child")).stream()
                    .map(WebElement::getText).toList();
            // Begeleiding (4 criteria): 2, 2, 2, 2 -> 2,0; every other standard 4,0, as clicked in Tasklist.
            assertThat(cells).containsExactly("4,0", "2,0", "4,0", "4,0", "4,0");
            chromium.screenshot("kwaliteit");

            UUID review = driver.closedReview();
            chromium.logout();
            chromium.login("kw.mnl");
            chromium.open("/kwaliteit/peerreviews/" + review + "/rapport");
            chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Rapport peer review"));
            assertThat(chromium.driver.findElement(By.tagName("body")).getText()).contains("Bevindingen", "Verbeteracties",
                    "De regio werkt aantoonbaar aan kwaliteit.");
            chromium.screenshot("peerreview-rapport");
        }
    }

    /** Opens the task, claims it, scores Begeleiding 2 and everything else 4, and completes it. */
    private void fillIn(Chromium chromium, String taskId) {
        chromium.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        chromium.button("Oppakken").click();
        chromium.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Oppakken']")));
        chromium.waitFor(d -> taskService.createTaskQuery().taskId(taskId).taskAssignee("pc.mnl.vo").count() == 1);
        chromium.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        for (String criterion : List.of("OS1", "OS2", "OS3", "BG1", "BG2", "BG3", "BG4", "BO1", "BO2", "BO3", "KZ1",
                "KZ2", "KZ3", "SW1", "SW2", "SW3")) {
            String option = criterion.startsWith("BG") ? "2 – in ontwikkeling" : "4 – goed";
            // form-js renders a radio group as its label followed by one label per option.
            chromium.click(chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//label[starts-with(normalize-space(), '" + criterion + ".')]/following::label[normalize-space()='"
                            + option + "'][1]"))));
        }
        type(chromium, "Bewijs", "https://intranet.example/opleidingsplan-vo-2026.pdf");
        type(chromium, "Sterke punten", "Vaste schoolopleiders op elke school.");
        type(chromium, "Verbeterpunten", "Meer tijd voor begeleiding inroosteren.");
        chromium.click(chromium.button("Afronden"));
        chromium.waitFor(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    }

    private static void type(Chromium chromium, String label, String text) {
        WebElement field = chromium.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//label[starts-with(normalize-space(), '" + label + "')]/following::*[self::input or self::textarea][1]")));
        ((JavascriptExecutor) chromium.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.sendKeys(text);
    }
}
