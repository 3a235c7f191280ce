package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One candidate's case worked in Camunda Tasklist (headless Chromium, Dutch browser) by the three roles
 * outside the regional office. Each finds their task in "Taken van mijn groep" by the dossier number (a
 * search on the task description, which starts with it), sees the case in the tab "Dossier", completes the
 * Camunda Form and sees the result on the dossier page. HR first meets the Dutch refusal of a full school
 * and then records that the appointment does not go ahead. axe-core checks our form and tab. Saves
 * target/screenshots/tasklist-dossier.png and tasklist-weigering.png.
 */
@IntegrationTest
class TasklistWorkBrowserTest {

    private static final String HOST_SCHOOL = "spo-zonnewijzer";
    private static final DateTimeFormatter FORM_JS_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    JourneyDriver journeys;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    FilterService filters;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void schoolopleiderOpleidingAndHrFindTheirTaskByDossierNumberAndCompleteIt() throws Exception {
        organisation.ensure();
        // A school with one guidance place, which another candidate takes before HR arranges the appointment.
        String school = "browser-vol-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.school(school, "Testschool Vol", "spo-utrecht", "utrecht-stad", "PO", 1);
        identityService.createMembership(TestOrganisation.SCHOOLOPLEIDER, "school:" + school);
        JourneyDriver.Journey journey = journeys.start("utrecht-stad", "PO", "HBO")
                .intake("PO", "HBO", false, false).continueWithAdvice("marnix")
                .asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", HOST_SCHOOL);
        String number = (String) journey.dossierRow().get("dossier_number");

        try (Chromium chromium = Chromium.start(port)) {
            chromium.login("so.spo.overvecht");
            openFromGroupList(chromium, number, "Vliegende Start afronden", journey.task("Task_VliegendeStartAfronden").getId(),
                    "so.spo.overvecht");
            seeTheDossierTab(chromium, number, journey);
            chooseRadio(chromium, "De kandidaat gaat door (go)");
            complete(chromium, journey, "Task_VliegendeStartAfronden");
            seeOnTheDossierPage(chromium, journey, "Taak afgerond: Vliegende Start afronden");
            chromium.logout();

            journey.asKetenregisseur("Task_MatchVoorstellen", "school", school)
                    .complete("Task_Sollicitatieprocedure", "hr.test", List.of("bestuur:spo-utrecht"),
                            Map.of("gesprekGevoerd", true, "proeflesGegeven", true, "sollicitatieUitkomst", "aanbod"));

            chromium.login("lo.marnix");
            openFromGroupList(chromium, number, "Geschiktheidsonderzoek uitvoeren",
                    journey.task("Task_Geschiktheidsonderzoek").getId(), "lo.marnix");
            chooseRadio(chromium, "Geschikt: de kandidaat kan starten");
            complete(chromium, journey, "Task_Geschiktheidsonderzoek");
            seeOnTheDossierPage(chromium, journey, "Taak afgerond: Geschiktheidsonderzoek uitvoeren");
            chromium.logout();

            jdbc.update("update school set guidance_capacity = 0 where code = ?", school);
            chromium.login("hr.spo");
            String taskId = journey.task("Task_AanstellingRegelen").getId();
            openFromGroupList(chromium, number, "Aanstelling regelen", taskId, "hr.spo");
            chooseRadio(chromium, "Ja, de aanstelling is geregeld");
            WebElement date = chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".fjs-form-field-datetime input")));
            date.sendKeys(LocalDate.now().plusMonths(2).withDayOfMonth(1).format(FORM_JS_DATE));
            chromium.click(chromium.driver.findElement(By.cssSelector(".fjs-form-field-datetime label")));
            chromium.chooseFormSelect("Schoolopleider die begeleidt", "Test Schoolopleider");
            chromium.chooseFormSelect("Financiering", "Subsidieregeling zij-instroom");
            chromium.chooseFormSelect("Status subsidieaanvraag", "Aangevraagd");
            chromium.button("Afronden").click();
            chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "De school heeft geen vrije begeleidingsplek meer."));
            assertThat(chromium.bodyText()).doesNotContain("ENGINE-", "TaskListener", "Exception");
            assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
            chromium.screenshot("tasklist-weigering");

            chooseRadio(chromium, "Nee, de aanstelling gaat niet door");
            chromium.chooseFormSelect("Waarom gaat de aanstelling niet door?", "De school heeft geen begeleidingsplek meer");
            complete(chromium, journey, "Task_AanstellingRegelen");
            seeOnTheDossierPage(chromium, journey, "Aanstelling gaat niet door: de school heeft geen plek meer");
        }
    }

    /**
     * Opens "Taken van mijn groep" searched on the dossier number (Tasklist's search on the description,
     * as a bookmarked search keeps it in the address), opens the one task listed and claims it; a claimed
     * task leaves the group list, so the user continues in "Mijn taken", found the same way.
     */
    private void openFromGroupList(Chromium chromium, String number, String taskName, String taskId, String user) {
        openListed(chromium, "Taken van mijn groep", number, taskName);
        WebElement claim = chromium.button("Oppakken");
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        assertAccessible(chromium);
        claim.click();
        chromium.waitFor(driver -> taskService.createTaskQuery().taskId(taskId).taskAssignee(user).count() == 1);
        openListed(chromium, "Mijn taken", number, taskName);
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    private void openListed(Chromium chromium, String filterName, String number, String taskName) {
        String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        String search = "[{\"type\":\"description\",\"operator\":\"Like\",\"value\":\"" + number + "\",\"name\":\"\"}]";
        chromium.open("/camunda/app/tasklist/default/#/?filter=" + filterId + "&searchQuery="
                + URLEncoder.encode(search, StandardCharsets.UTF_8));
        WebElement listed;
        try {
            listed = chromium.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class, 'tasks-list')]//li[contains(@class, 'task')][contains(., '" + number + "')]"
                            + "//a[contains(normalize-space(), '" + taskName + "')]")));
        } catch (org.openqa.selenium.TimeoutException notListed) {
            chromium.screenshotTo(java.nio.file.Path.of("target", "tasklist-work.png"));
            throw new AssertionError(filterName + " searched for " + number + " shows: " + chromium.bodyText(), notListed);
        }
        assertThat(chromium.driver.findElements(By.cssSelector(".tasks-list li.task"))).as("only this dossier's task")
                .hasSize(1);
        listed.click();
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), taskName));
    }

    private void seeTheDossierTab(Chromium chromium, String number, JourneyDriver.Journey journey) {
        chromium.button("Dossier").click();
        WebElement summary = chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kr-dossier")));
        Map<String, Object> row = journey.dossierRow();
        assertThat(summary.getText()).contains(number, row.get("voornaam") + " " + row.get("achternaam"),
                "Vliegende Start", "Open termijnen", "Laatste notities");
        assertThat(summary.findElement(By.cssSelector("a.kr-dossier-link")).getAttribute("href"))
                .endsWith("/dossiers/" + journey.dossierId);
        assertAccessible(chromium);
        // Camunda's own markup around it is documented, not asserted (docs/accessibility.md).
        System.out.println("axe on the whole task view: " + Axe.seriousViolations(chromium.driver));
        chromium.screenshot("tasklist-dossier");
        chromium.button("Formulier").click();
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    private static void assertAccessible(Chromium chromium) {
        // Our part of the task view: the Camunda Form and the tab "Dossier" (see docs/accessibility.md).
        assertThat(Axe.seriousViolationsIn(chromium.driver, ".fjs-container", ".kr-dossier")).isEmpty();
    }

    private static void chooseRadio(Chromium chromium, String label) {
        // form-js renders a radio option as an input inside its label, without a value attribute.
        chromium.click(chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class, 'fjs-container')]//label[normalize-space()='" + label + "']"))));
    }

    private void complete(Chromium chromium, JourneyDriver.Journey journey, String taskKey) {
        String taskId = journey.task(taskKey).getId();
        chromium.button("Afronden").click();
        chromium.waitFor(driver -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    }

    private static void seeOnTheDossierPage(Chromium chromium, JourneyDriver.Journey journey, String text) {
        chromium.open("/dossiers/" + journey.dossierId);
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }
}
