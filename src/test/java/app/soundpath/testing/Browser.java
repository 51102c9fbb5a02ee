package app.soundpath.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for journey tests: headless Chromium where Debian's chromium and chromedriver are installed
 * (as in CI), HtmlUnit otherwise, so `./mvnw verify` passes on a machine with only a JDK. It says which one it
 * uses. Waits for conditions, never sleeps. Accessibility is checked with axe-core where Chromium runs.
 */
public final class Browser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Browser.class.getName());
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String root;
    private final boolean chromium;

    public Browser(URL base) {
        this.root = base.toExternalForm().replaceAll("/$", "");
        this.chromium = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                && !Boolean.getBoolean("soundpath.browser.htmlunit");
        this.driver = chromium ? chromium() : new HtmlUnitDriver(true);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        String name = chromium ? "headless Chromium (" + CHROMIUM + ")" : "HtmlUnit (Chromium not installed)";
        LOG.info("Browser tests run in " + name);
        System.out.println("[browser] journey tests run in " + name);
    }

    private static WebDriver chromium() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900",
                // Web Audio starts on the first click anyway; this keeps a slow test machine from suspending it.
                "--autoplay-policy=no-user-gesture-required");
        // The console, so tests can see script errors and Content-Security-Policy refusals.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(options);
    }

    public boolean isChromium() {
        return chromium;
    }

    public void open(String path) {
        driver.get(root + path);
        waitForPage();
    }

    /** Follow the link with exactly this visible text (as a keyboard or mouse user would). */
    public void follow(String linkText) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText)));
        String before = driver.getCurrentUrl();
        link.click();
        wait.until(d -> !d.getCurrentUrl().equals(before));
        waitForPage();
    }

    /** Follow the first link whose text contains the given words. */
    public void followContaining(String partialText) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(partialText)));
        String before = driver.getCurrentUrl();
        link.click();
        wait.until(d -> !d.getCurrentUrl().equals(before));
        waitForPage();
    }

    /** Types into the field with this id, replacing what was there. */
    public void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Ticks the radio button or checkbox with this id (or clicks any element with it). */
    public void tick(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public void tickIfPresent(String id) {
        if (exists(id)) {
            tick(id);
        }
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Presses the button with this id and waits for the next page. */
    public void press(String id) {
        submitWith(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    /** Presses the (first) button showing this text and waits for the next page. */
    public void pressButton(String text) {
        submitWith(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space()='" + text + "'] | //input[@type='submit' and @value='" + text + "']"))));
    }

    private void submitWith(WebElement button) {
        WebElement html = driver.findElement(By.tagName("html"));
        button.click();
        wait.until(d -> replaced(html));
        waitForPage();
    }

    /**
     * Whether the page this element belonged to has gone. Chromium reports a replaced page either as a stale element
     * or, while the new document is being built, as "Node with given id does not belong to the document".
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(root.length());
    }

    /** Picks the option with this visible text in the select with this id. */
    public void choose(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))))
                .selectByVisibleText(visibleText);
    }

    /** An attribute of the first element matching the selector (for example a download link's href). */
    public String attribute(String cssSelector, String name) {
        return driver.findElement(By.cssSelector(cssSelector)).getAttribute(name);
    }

    /** The value of a cookie the browser holds for the app (to fetch a download as this browser would). */
    public String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    public String title() {
        return driver.getTitle();
    }

    public String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    public List<String> texts(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    /** No serious or critical axe-core violations on the current page (Chromium only: axe cannot run in HtmlUnit). */
    public void assertAccessible() {
        if (!chromium) {
            System.out.println("[browser] axe-core skipped on " + path() + ": it needs Chromium");
            return;
        }
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on " + path()).isEmpty();
    }

    /**
     * What the page wrote to the console since the last call that is an error or a Content-Security-Policy refusal
     * (Chromium only; HtmlUnit has no such console: empty there).
     */
    public List<String> consoleProblems() {
        if (!chromium) {
            return List.of();
        }
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        || e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to"))
                .map(e -> e.getLevel() + " " + e.getMessage())
                .toList();
    }

    /** Runs a script in the page and answers its value (Chromium and HtmlUnit alike). */
    public Object script(String javascript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits until a script's value is truthy (a page's own state, such as audio that has started). */
    public void waitUntil(String javascript) {
        wait.until(d -> {
            Object value = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(javascript);
            return value != null && !Boolean.FALSE.equals(value) ? value : null;
        });
    }

    /** Types keys into whatever has the focus (keyboard shortcuts). */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /**
     * A key pressed while a modifier is held (Shift+B). {@link #keys} cannot do it: Actions.sendKeys presses and releases
     * every key it is given, a modifier too, so a chord reaches the page as Shift, then a bare key.
     */
    public void keysWith(org.openqa.selenium.Keys modifier, CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    /** Waits until an element matching the selector is shown (for pages that build themselves with script). */
    public void waitFor(String cssSelector) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public void click(String cssSelector) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        element.click();
    }

    /** Scrolls the first element matching the selector to the top of the window (before a screenshot of it). */
    public void scrollTo(String cssSelector) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);",
                driver.findElement(By.cssSelector(cssSelector)));
    }

    public void windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** A screenshot into target/screenshots, for people to look at after a run (Chromium only). */
    public void screenshot(String name) {
        if (driver instanceof TakesScreenshot camera && chromium) {
            try {
                File png = camera.getScreenshotAs(OutputType.FILE);
                Path target = Path.of("target", "screenshots", name + ".png");
                Files.createDirectories(target.getParent());
                Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                LOG.warning("Screenshot failed: " + e);
            }
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    private void waitForPage() {
        wait.until(d -> !d.findElements(By.tagName("main")).isEmpty());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
