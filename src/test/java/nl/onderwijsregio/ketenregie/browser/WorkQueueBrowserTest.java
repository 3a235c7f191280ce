package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.loket.Registration;
import nl.onderwijsregio.ketenregie.loket.RegistrationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ketenregisseur's day in headless Chromium on a laptop screen (1366 px): the work list sorted by
 * deadline, picking up tasks in bulk, assigning one to a colleague, saving a view; the dossier's timeline
 * filter; completing the intake with its Camunda Form on the dossier page; the start page of each role; the
 * loket's phone check.
 */
@IntegrationTest
class WorkQueueBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    TestCandidates candidates;

    @Autowired
    TaskService taskService;

    Chromium chromium;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        // Laptop width: the work list must fit 1366 px without truncation.
        chromium = Chromium.start(port, 1366, 900);
        browser = chromium.driver;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        chromium.close();
    }

    @Test
    void kettenregisseurSortsByDeadlinePicksUpTwoAssignsOneAndSavesAView() throws IOException {
        String family = "Wachtrij" + UUID.randomUUID().toString().substring(0, 6);
        UUID later = register("Lotte", family);
        UUID overdue = register("Bram", family);
        Task overdueIntake = intakeOf(overdue);
        overdueIntake.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(3))));
        taskService.saveTask(overdueIntake);

        chromium.login("kr.utrecht");
        chromium.open("/dossiers");
        browser.findElement(By.id("q")).sendKeys(family);
        new Select(browser.findElement(By.id("sorteer"))).selectByValue("TERMIJN");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        chromium.waitFor(ExpectedConditions.urlContains("sorteer=TERMIJN"));
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"), "2 dossiers gevonden"));
        // htmx swaps the results once per change; read them once the swap for the sort has landed.
        List<String> rows = chromium.waitFor(driver -> {
            List<String> texts = driver.findElements(By.cssSelector("table.worklist tbody tr")).stream()
                    .map(WebElement::getText).toList();
            return texts.size() == 2 && texts.get(0).contains("Bram " + family) ? texts : null;
        });
        assertThat(rows.get(0)).as("overdue first").contains("Termijn verlopen", "Intakegesprek voeren — niet opgepakt");
        assertThat(rows.get(1)).contains("Lotte " + family);
        assertThat(fitsTheScreen()).as("no horizontal scrolling at 1366 px").isTrue();

        browser.findElements(By.cssSelector("table.worklist input[name=taak]")).forEach(WebElement::click);
        browser.findElement(By.cssSelector(".bulk-actions button[value=oppakken]")).click();
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status].notice"), "2 taken opgepakt."));
        assertThat(taskService.createTaskQuery().taskAssignee("kr.utrecht").taskId(overdueIntake.getId()).count()).isOne();
        assertThat(browser.findElement(By.cssSelector("table.worklist")).getText()).contains("Intakegesprek voeren — Marloes Verhoef");

        browser.findElements(By.cssSelector("table.worklist input[name=taak]")).get(1).click();
        new Select(browser.findElement(By.id("gebruiker"))).selectByVisibleText("Daan Kuipers");
        browser.findElement(By.cssSelector(".bulk-actions button[value=toewijzen]")).click();
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status].notice"), "1 taak toegewezen."));
        assertThat(intakeOf(later).getAssignee()).as("visible at once in Tasklist: the engine holds it").isEqualTo("kr2.utrecht");
        assertThat(browser.findElement(By.cssSelector("table.worklist")).getText()).contains("Daan Kuipers");

        String view = "Mijn wachtrij " + family.substring(8);
        browser.findElement(By.cssSelector(".save-view summary")).click();
        browser.findElement(By.id("weergave-naam")).sendKeys(view);
        browser.findElement(By.cssSelector(".save-view input[name=gedeeld]")).click();
        browser.findElement(By.cssSelector(".save-view button[type=submit]")).click();
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status].notice"), "staat in het menu"));
        browser.findElement(By.cssSelector(".views-menu summary")).click();
        browser.findElement(By.linkText(view)).click();
        chromium.waitFor(ExpectedConditions.urlContains("sorteer=TERMIJN"));
        assertThat(browser.getCurrentUrl()).contains("q=" + family);
        screenshot("werkvoorraad");
    }

    @Test
    void theTimelineFilterShowsOneKind() throws IOException {
        UUID dossier = register("Timo", "Tijdlijn" + UUID.randomUUID().toString().substring(0, 6));
        chromium.login("kr.utrecht");
        chromium.open("/dossiers/" + dossier);
        browser.findElement(By.id("tekst")).sendKeys("Gebeld; belt na de vakantie terug.");
        browser.findElement(By.cssSelector("form[aria-labelledby=notitie-kop] button")).click();
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "De notitie is toegevoegd."));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Fase Aanmelding", "Gebeld");

        browser.findElement(By.cssSelector(".timeline-filter")).findElement(By.linkText("Notities")).click();
        chromium.waitFor(ExpectedConditions.urlContains("soort=notities"));
        String notes = browser.findElement(By.cssSelector(".timeline")).getText();
        assertThat(notes).contains("Gebeld").doesNotContain("Fase Aanmelding");
        browser.findElement(By.cssSelector(".timeline-filter")).findElement(By.linkText("Fasen")).click();
        chromium.waitFor(ExpectedConditions.urlContains("soort=fasen"));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Fase Aanmelding").doesNotContain("Gebeld");
        screenshot("tijdlijn");
    }

    @Test
    void eachRoleHasItsStartPage() throws IOException {
        chromium.login("kr.utrecht");
        assertThat(main()).contains("Mijn open taken", "Nieuwe aanmeldingen deze week", "Wachten het langst",
                "Onderwijsregio Utrecht Stad").doesNotContain("utrecht-stad", "Dossiers (JSON)",
                "Onderwijsregio Onderwijsregio");
        screenshot("start");
        relogin("so.spo.overvecht");
        assertThat(main()).contains("Begeleidingsuren achter", "Mijn open taken");
        relogin("hr.spo");
        assertThat(main()).contains("Mijn open taken").doesNotContain("Kerncijfers");
        relogin("mgmt.utrecht");
        assertThat(main()).contains("Kerncijfers", "Lopende trajecten").doesNotContain("Mijn open taken");
        browser.findElement(By.partialLinkText("Naar de rapportage")).click();
        chromium.waitFor(ExpectedConditions.urlContains("/rapportage"));
    }

    @Test
    void kettenregisseurCompletesTheIntakeFromTheDossierPageWithTheCamundaForm() throws IOException {
        UUID dossier = register("Iris", "Formulier" + UUID.randomUUID().toString().substring(0, 6));
        chromium.login("kr.utrecht");
        chromium.open("/dossiers/" + dossier);
        chromium.click(browser.findElement(By.cssSelector(".tasks a.task-complete")));
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("taakformulier-kop"),
                "Taak afronden: Intakegesprek voeren"));
        // The form as form-js renders it from forms/intake-gesprek.form.
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#taakformulier-velden .fjs-container")));
        assertThat(Axe.seriousViolationsIn(browser, "#taakformulier")).as("the form on the dossier page").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#taakformulier-velden .fjs-select-placeholder")))
                .as("empty dropdowns say so in Dutch").isNotEmpty().allSatisfy(empty -> assertThat(empty.getText()).isEqualTo("Kies…"));

        chromium.button("Taak afronden").click();
        assertThat(browser.findElement(By.id("taakformulier-velden")).getText()).as("form-js checks required fields first")
                .contains("Sector");
        assertThat(intakeOf(dossier)).as("nothing submitted while a required field is empty").isNotNull();

        chromium.chooseFormSelect("Sector", "Primair onderwijs (po)");
        chromium.chooseFormSelect("Hoogst afgeronde opleiding", "hbo");
        chromium.button("Taak afronden").click();

        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status].notice"),
                "De taak 'Intakegesprek voeren' is afgerond."));
        assertThat(intakeOf(dossier)).as("the intake is done, in the engine").isNull();
        assertThat(browser.findElement(By.cssSelector(".tasks")).getText()).as("the dossier moved on")
                .contains("Trajectadvies vaststellen");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("Taak afgerond: Intakegesprek voeren", "Marloes Verhoef (ketenregisseur)");
    }

    @Test
    void theLoketPhonePatternIsCheckedByChromium() {
        chromium.open("/aanmelden");
        WebElement phone = browser.findElement(By.id("telefoon"));
        phone.sendKeys("bel me maar");
        assertThat((Boolean) js("return arguments[0].validity.patternMismatch;", phone)).as("Chromium applies the pattern")
                .isTrue();
        phone.clear();
        phone.sendKeys("+31 (0)6 12345678");
        assertThat((Boolean) js("return arguments[0].validity.patternMismatch;", phone)).isFalse();
    }

    private UUID register(String first, String last) {
        String email = TestCandidates.uniqueEmail("wachtrij");
        registrations.register(new Registration(first, last, email, null, "utrecht-stad", "PO", null, "Projectleider",
                "HBO", false, true));
        return candidates.dossierIdOf(email);
    }

    private Task intakeOf(UUID dossier) {
        return taskService.createTaskQuery().processInstanceBusinessKey(dossier.toString())
                .taskDefinitionKey("Task_IntakeGesprek").singleResult();
    }

    private boolean fitsTheScreen() {
        return (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void relogin(String user) {
        chromium.logout();
        chromium.login(user);
    }

    /** The whole page at laptop width, in target/screenshots. */
    private void screenshot(String name) {
        chromium.wholePageTo(DashboardBrowserTest.SCREENSHOTS.resolve(name + ".png"));
    }
}
