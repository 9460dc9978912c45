package se.namndkoll.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser tests of the web application share: one chromium for the test class at desktop
 * size, no script error in the console after any test, and the ways to open a page, wait for it and
 * read it. A subclass is a {@code @SpringBootTest} on a random port.
 */
abstract class BrowserPageTest {

    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 900;

    static Browser browser;
    static Screenshots screenshots;

    @LocalServerPort
    int port;

    /** Skipped with a one-line reason without chromium (failed in CI), before a browser or a test starts. */
    @BeforeAll
    static void startBrowser() throws IOException {
        Browser.assumeInstalled();
        browser = Browser.start(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        screenshots = Screenshots.create();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void noScriptErrors() {
        if (browser != null) {
            assertThat(browser.scriptErrors()).as("errors in the browser console").isEmpty();
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Loads the application afresh on a route and waits until the page is rendered. */
    void open(String route) {
        browser.driver.get("about:blank");
        browser.driver.get(base() + "/#/" + route);
        waitUntilReady();
    }

    void waitUntilReady() {
        wait(10).until(d -> "true".equals(js().executeScript("return document.documentElement.dataset.ready || null;")));
    }

    JavascriptExecutor js() {
        return browser.driver;
    }

    WebDriverWait wait(int seconds) {
        // The pages re-render their results: an element found a moment ago may be replaced while it
        // is read (a StaleElementReferenceException inside a wait once aborted a test in English and
        // left the next tests in that language); such a read is tried again, as a missing element is.
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    WebElement waitFor(String css) {
        return wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    /** Every visible form control has a label (label[for], aria-label or aria-labelledby), and every button and link a name. */
    void assertEveryControlIsLabelled() {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) js().executeScript("""
                return [...document.querySelectorAll('input, select, textarea')]
                  .filter(el => el.type !== 'hidden' && el.offsetParent !== null)
                  .filter(el => !(el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'))
                             && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
                  .map(el => el.outerHTML.slice(0, 120));""");
        assertThat(unlabelled).as("form controls without a label").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> nameless = (List<String>) js().executeScript("""
                return [...document.querySelectorAll('button, a[href]')]
                  .filter(el => el.offsetParent !== null && !el.textContent.trim() && !el.getAttribute('aria-label'))
                  .map(el => el.outerHTML.slice(0, 120));""");
        assertThat(nameless).as("buttons and links without a name").isEmpty();
    }

    JsonNode getJson(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
