package se.namndkoll.service.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import se.namndkoll.service.SharedSeeds;

/**
 * Debian's headless chromium driven through Debian's chromedriver. Both are found at their system
 * paths (or {@code -Dnamndkoll.chromium=…}, {@code -Dwebdriver.chrome.driver=…}) and given to
 * Selenium explicitly, so Selenium Manager never looks for, or downloads, anything. Where either is
 * missing the browser tests are skipped and the reason is printed, except in CI, where they fail.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("namndkoll.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /** Why the browser tests cannot run here, if they cannot. */
    static Optional<String> unavailable() {
        if (!new File(CHROMIUM).canExecute()) {
            return Optional.of("chromium is not installed at " + CHROMIUM + " (apt-get install chromium chromium-driver; .ci/run does)");
        }
        if (!new File(DRIVER).canExecute()) {
            return Optional.of("chromedriver is not installed at " + DRIVER + " (apt-get install chromium-driver; .ci/run does)");
        }
        return Optional.empty();
    }

    private static boolean announced;

    /**
     * Skips the calling test class when chromium or chromedriver is missing, saying why in one line
     * on the console (once per run); fails it instead where the tests are required (CI sets
     * NAMNDKOLL_CI=true), so a CI run never passes without its browser tests.
     */
    static synchronized void assumeInstalled() {
        Optional<String> reason = unavailable();
        if (reason.isEmpty()) {
            return;
        }
        String line = "[browser tests] skipped: " + reason.get();
        if (SharedSeeds.required()) {
            throw new AssertionError(line.replace("skipped", "missing in CI (NAMNDKOLL_CI=true)"));
        }
        if (!announced) {
            System.out.println(line);
            announced = true;
        }
        Assumptions.abort(line);
    }

    static Browser start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("namndkoll-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-default-apps", "--lang=sv-SE",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(driver, service, profile);
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The console messages since the last call. */
    List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /**
     * The errors in the console since the last call: script errors and Content-Security-Policy
     * violations. An API answer of 4xx is logged by chromium as "Failed to load resource"; the pages
     * handle those, so they are not errors here.
     */
    List<String> scriptErrors() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : console()) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains("Failed to load resource")) {
                problems.add(entry.getMessage());
            }
        }
        return problems;
    }

    /**
     * A screenshot of the whole page: the window is made as tall as the page (up to a limit) for
     * the shot, then restored.
     */
    byte[] fullPage(int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        driver.executeScript("window.scrollTo(0, 0);");
        Number height = (Number) driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        int chrome = before.getHeight() - ((Number) driver.executeScript("return window.innerHeight;")).intValue();
        size(before.getWidth(), Math.min(maxHeight, height.intValue() + Math.max(chrome, 0)));
        try {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        } finally {
            size(before.getWidth(), before.getHeight());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    /** Deletes a directory tree, if it exists (the tests' data directories before each run). */
    static void deleteTree(Path dir) {
        if (Files.exists(dir)) {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile; the OS cleans it up
        }
    }
}
