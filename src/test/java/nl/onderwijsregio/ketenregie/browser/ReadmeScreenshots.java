package nl.onderwijsregio.ketenregie.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The README's screenshots (docs/screenshots), taken in Chromium on a laptop screen (1366 px) of the demo data
 * as a new user sees it after {@code mvn spring-boot:run}: called by EmbeddedDefaultStartupTest once the demo
 * cohorts are complete, so the demo is generated once for both. Tests on fixtures write their screenshots to
 * target/screenshots instead.
 */
public final class ReadmeScreenshots {

    static final Path FOLDER = Path.of("docs", "screenshots");

    private final Chromium chromium;
    private final WebDriver browser;

    private ReadmeScreenshots(Chromium chromium) {
        this.chromium = chromium;
        this.browser = chromium.driver;
    }

    /** Takes every README screenshot from the application on this port. */
    public static void take(int port) {
        try (Chromium chromium = Chromium.start(port, 1366, 900)) {
            new ReadmeScreenshots(chromium).all();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void all() {
        chromium.login("kr.utrecht");
        shot("start");
        chromium.open("/dossiers");
        waitFor(".result-count");
        shot("werklijst");
        chromium.open("/dossiers?sorteer=TERMIJN");
        waitFor("table.worklist");
        shot("werkvoorraad");

        chromium.open("/dossiers?fase=BEGELEIDING&sorteer=TERMIJN");
        String coached = firstDossier();
        chromium.open(coached);
        waitFor(".timeline");
        shot("dossier");
        chromium.open(coached + "?soort=fasen#tijdlijn-kop");
        waitFor(".timeline");
        shot("tijdlijn");

        chromium.open("/dossiers?fase=ORIENTATIE&sorteer=TERMIJN");
        chromium.open(firstDossierWith("Intakegesprek voeren", "niet opgepakt"));
        chromium.click(chromium.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".tasks a.task-complete"))));
        chromium.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#taakformulier-velden .fjs-container")));
        shot("taakformulier");
        chromium.logout();

        chromium.login("mgmt.utrecht");
        chromium.open("/rapportage");
        chromium.waitFor(driver -> "true".equals(driver.findElement(By.id("uitval-grafiek")).getAttribute("data-getekend")));
        shot("rapportage");
        chromium.logout();

        chromium.login("kw.utrecht");
        chromium.open("/kwaliteit");
        waitFor("main table");
        shot("kwaliteit");
        String review = browser.findElement(By.cssSelector("main a[href*='/kwaliteit/peerreviews/']")).getAttribute("href");
        browser.get(review.replaceAll("[?#].*$", "") + "/rapport");
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Rapport peer review"));
        shot("peerreview-rapport");
        chromium.logout();

        chromium.login("gf.commissie");
        chromium.open("/garantiefonds");
        waitFor("main table");
        shot("garantiefonds");
        chromium.logout();

        chromium.login("lo.hu");
        chromium.open("/langstudeerders");
        waitFor("#langstudeerders");
        shot("langstudeerders");
    }

    /** The link of the first dossier in the work list as it stands. */
    private String firstDossier() {
        return firstDossierWith("", "");
    }

    /** The link of the first dossier in the work list whose row shows both texts. */
    private String firstDossierWith(String text, String andText) {
        WebElement link = chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[contains(@class, 'worklist')]/tbody/tr[contains(normalize-space(.), '" + text + "') and "
                        + "contains(normalize-space(.), '" + andText + "')]//a[starts-with(@href, '/dossiers/')]")));
        return link.getAttribute("href").replaceFirst("^https?://[^/]+", "");
    }

    private void waitFor(String css) {
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private void shot(String name) {
        // Scrolled to the top and the focus ring off the page, as a reader opens it.
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();");
        chromium.wholePageTo(FOLDER.resolve(name + ".png"));
    }
}
