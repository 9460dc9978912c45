package se.namndkoll.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A service that requires an API key for everything: the pages ask for the key where the API
 * refuses, keep it for the tab, and go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "namndkoll.data-dir=target/web-key-test-data",
        "namndkoll.security.api-keys.kansliet=" + WebApplicationApiKeyBrowserTest.KEY,
        "namndkoll.security.open-reads=false",
        "namndkoll.security.open-checks=false"})
class WebApplicationApiKeyBrowserTest extends BrowserPageTest {

    static final String KEY = "a-secret-key-for-the-browser-test";

    static {
        Browser.deleteTree(Path.of("target/web-key-test-data"));
    }

    @Test
    void whereTheServiceRequiresAKeyThePageAsksForItAndGoesOn() {
        browser.driver.get("http://127.0.0.1:" + port + "/#/namnder");
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(15));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice-error .api-key-form")));
        assertThat(browser.driver.findElement(By.cssSelector(".notice-error")).getText()).contains("API-nyckel krävs");
        WebElement input = form.findElement(By.cssSelector("input[type='password']"));
        assertThat(browser.driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText())
                .isEqualTo("API-nyckel");
        input.sendKeys(KEY);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='#/namnder/e-namnden-norrbotten']"))).click();

        // The key stays for the tab: the registry can be changed with it.
        WebElement inhabitants = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reg-party-1-inhabitants")));
        inhabitants.sendKeys("6000");
        browser.driver.findElement(By.id("committee-save")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".save-status"))).getText()).contains("sparad");
    }
}
