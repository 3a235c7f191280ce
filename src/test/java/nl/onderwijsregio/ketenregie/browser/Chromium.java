package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium with a Dutch browser language and its own profile, logged in through our login
 * page like a user. One per test; close it afterwards.
 */
final class Chromium implements AutoCloseable {

    final WebDriver driver;
    private final int port;
    private final Path profile;

    private Chromium(int port, int width, int height) throws IOException {
        assertThat(DashboardBrowserTest.CHROMIUM).as("Chromium (apt-get install chromium; see .ci/run)").isExecutable();
        assertThat(DashboardBrowserTest.CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").isExecutable();
        this.port = port;
        this.profile = Files.createTempDirectory("ketenregie-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=nl-NL");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    static Chromium start(int port) throws IOException {
        return new Chromium(port, 1440, 1000);
    }

    /** A window of this size, e.g. a laptop's 1366 px to check that a page fits it. */
    static Chromium start(int port, int width, int height) throws IOException {
        return new Chromium(port, width, height);
    }

    /** A demo user (password "demo"). */
    void login(String user) {
        login(user, "demo");
    }

    void login(String user, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header form.logout")));
    }

    /** Logs out from one of our pages (Tasklist has its own header). */
    void logout() {
        open("/");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header form.logout button")));
        driver.findElement(By.cssSelector(".site-header form.logout button")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        // Generous: Tasklist is a heavy page and the build machine is shared.
        return new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** A button or link by its visible text, once it can be clicked; scrolled to the middle of the view. */
    WebElement button(String text) {
        WebElement button = waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='" + text + "'] | //a[normalize-space()='" + text + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        return button;
    }

    /** Clicks after scrolling the element to the middle of the view, clear of Tasklist's footer. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waitFor(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Picks an option of a select in a Camunda Form as rendered by form-js (a dropdown list, no native select). */
    void chooseFormSelect(String fieldLabel, String option) {
        WebElement field = waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class, 'fjs-form-field-select')][.//label[starts-with(normalize-space(), '" + fieldLabel + "')]]")));
        click(field.findElement(By.cssSelector(".fjs-input-group")));
        click(waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class, 'fjs-dropdownlist-item')][normalize-space()='" + option + "']"))));
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A screenshot of a test on fixtures, in target/screenshots (never the README's, see ReadmeScreenshots). */
    void screenshot(String name) {
        screenshotTo(DashboardBrowserTest.SCREENSHOTS.resolve(name + ".png"));
    }

    /** The whole page at the window's width: the window grows in height only (at most 2400 px), so the layout stays. */
    void wholePageTo(Path file) {
        Dimension size = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(2400, height + 120)));
        screenshotTo(file);
        driver.manage().window().setSize(size);
    }

    void screenshotTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
