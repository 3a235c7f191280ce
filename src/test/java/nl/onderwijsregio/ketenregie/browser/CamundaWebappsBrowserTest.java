package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Tasklist and Cockpit as our users see them, in headless Chromium with a Dutch browser: Dutch
 * texts (also form-js validation), only the actions the user may take, the Camunda 7 end-of-life banner
 * for operators only (docs/translations.md, ADR 0009). Saves target/screenshots/tasklist.png.
 */
@IntegrationTest
class CamundaWebappsBrowserTest {

    private static final String SCHOOL = "spo-zonnewijzer";

    @LocalServerPort
    int port;

    @Autowired
    JourneyDriver journeys;

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
    void schoolopleiderWorksInADutchTasklistWithoutActionsTheyMayNotTake() throws IOException {
        JourneyDriver.Journey journey = journeys.start("utrecht-stad", "PO", "HBO")
                .intake("PO", "HBO", false, false).continueWithAdvice("marnix")
                .asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", SCHOOL);
        String taskId = journey.task("Task_VliegendeStartAfronden").getId();

        chromium.login("so.spo.overvecht");
        assertThat(browser.findElements(By.linkText("Taken"))).hasSize(1);
        chromium.open("/camunda/app/tasklist/default/#/");
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Kies een taak in de lijst."));
        // The filters arrive after the page ("Laden…" until then): wait for them, not just for the page.
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Taken van mijn groep"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Mijn taken", "Taken van mijn groep")
                .doesNotContain("Taak aanmaken", "Proces starten", "Create task", "Start process", "Camunda 8");

        chromium.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        chromium.button("Oppakken").click();
        chromium.button("Afronden").click();
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form-field-error"),
                "Dit veld is verplicht."));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Field is required", "Camunda 8");
        chromium.screenshot("tasklist");
    }

    @Test
    void operatorSeesTheDutchEndOfLifeBannerAndMayCreateTasks() {
        chromium.login("admin");
        chromium.open("/camunda/app/cockpit/default/#/dashboard");
        WebElement banner = chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ce-eol-banner")));
        assertThat(banner.getText()).startsWith("Het is tijd om over te stappen naar Camunda 8.");

        chromium.open("/camunda/app/tasklist/default/#/");
        WebElement createTask = chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".create-task-action")));
        chromium.waitFor(driver -> !"none".equals(createTask.getCssValue("display")));
        assertThat(createTask.getAttribute("textContent")).contains("Taak aanmaken");
    }

    @Test
    void managementGetsNoLinksToTasklist() {
        chromium.login("mgmt.utrecht");
        assertThat(browser.findElements(By.linkText("Taken"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Mijn taken in Camunda Tasklist"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Rapportage"))).hasSize(1);
    }
}
