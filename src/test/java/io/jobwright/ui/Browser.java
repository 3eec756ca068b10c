package io.jobwright.ui;

import io.jobwright.TestApp;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, driven through the system's chromedriver. Both programs are looked up on
 * the PATH (Debian's {@code chromium} and {@code chromium-driver} packages put them there); with both paths given,
 * Selenium never runs its manager or touches the network. Without them the tests are skipped with a notice.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static boolean noticePrinted;

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new headless browser whose relative URLs resolve against {@code http://127.0.0.1:<port>}. */
    static Browser open(int port) {
        Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            if (!noticePrinted) {
                noticePrinted = true;
                System.err.println("NOTICE: browser tests skipped: chromium and chromedriver are not on the PATH "
                        + "(Debian: apt-get install -y chromium chromium-driver)");
            }
            Assumptions.abort("chromium and chromedriver are not installed");
        }
        System.setProperty("webdriver.chrome.driver", chromedriver.get().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://127.0.0.1:" + port);
    }

    /** A new headless browser on {@code app}, signed in as the test admin. */
    static Browser signedIn(TestApp app) {
        Browser browser = open(app.app().port());
        browser.signIn("admin", TestApp.PASSWORD);
        return browser;
    }

    /** Closes the browser (null when the class was skipped before it opened) and then the app. */
    static void closeWith(Browser browser, TestApp app) {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    WebDriver driver() {
        return driver;
    }

    /** Loads {@code path} and waits until the document has loaded and htmx is idle. */
    Browser go(String path) {
        driver.get(base + path);
        settle();
        return this;
    }

    /** The path and query of the current page. */
    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /**
     * Waits until the page's path starts with {@code prefix} (a click that navigates returns before the new page
     * has replaced the old one), failing with the path it is still on.
     */
    void awaitPath(String prefix) {
        awaitPath(prefix + "…", path -> path.startsWith(prefix));
    }

    /** As {@link #awaitPath(String)}, for exactly {@code path} (its query included). */
    void awaitExactPath(String path) {
        awaitPath(path, path::equals);
    }

    private void awaitPath(String expected, java.util.function.Predicate<String> reached) {
        try {
            waitFor(d -> reached.test(path()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected the browser at " + expected + ", still at " + path(), e);
        }
    }

    WebElement find(String css) {
        return waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into the field labelled by {@code css}, replacing what it held. */
    Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser click(String css) {
        find(css).click();
        settle();
        return this;
    }

    /** Signs in through the sign-in page. */
    Browser signIn(String username, String password) {
        go("/login");
        type("#f-username", username).type("#f-password", password).click("button[type=submit]");
        waitFor(d -> !path().startsWith("/login"));
        return this;
    }

    /** Presses keys on the page (not in a field): the way a user's shortcuts arrive. */
    Browser press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Waits (up to 20 s) until {@code condition} answers something other than null or false. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        // htmx swaps elements out from under a check; a stale element just means "not yet".
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Waits until the page has loaded and htmx has no request in flight. */
    void settle() {
        waitFor(d -> (Boolean) js("return document.readyState === 'complete' && "
                + "document.querySelectorAll('.htmx-request').length === 0"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sets the window's size, to check narrow layouts. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the page as {@code target/screenshots/<name>.png}, for people to review. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            Optional<Path> found = Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name))
                    .filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
