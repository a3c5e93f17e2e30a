package nl.ppsim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.ppsim.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shared server's page in Chromium, on every database the suite has: the first person signs
 * up (and becomes the administrator), makes a workspace, makes a plan of the example, saves a
 * changed version, restores the first, compares two versions, sees the versions' headlines, opens a
 * round as the administrator, submits the plan to it, ranks the round as its reviewer and comments,
 * and invites a partner, who accepts the invitation in the same browser after signing out and sees
 * the plan as an editor; then the page in English.
 */
class SharedBrowserTest {
    static WebDriver browser;

    @TempDir
    static Path dir;

    static List<TestDatabases.Kind> databases() {
        return TestDatabases.all(() -> dir);
    }

    @BeforeAll
    static void open() {
        assumeTrue(nl.ppsim.web.Chromium.available(), nl.ppsim.web.Chromium.MISSING);
        browser = nl.ppsim.web.Chromium.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebElement id(String id) {
        return browser.findElement(By.id(id));
    }

    private static void type(String field, String text) {
        WebElement e = id(field);
        e.clear();
        e.sendKeys(text);
    }

    private static List<WebElement> versions() {
        return browser.findElements(By.cssSelector("#versions tbody tr"));
    }

    private static void setYaml(String text) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                        id("yaml"),
                        text);
    }

    private static WebElement button(WebElement row, String text) {
        return row.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().startsWith(text))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void signUpMakeAPlanSaveRestoreCompareAndInvite(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh db = kind.open().get();
                SharedServer server = SharedServer.start(
                        db.db(), new SharedServer.Options("127.0.0.1", 0, null, false, Path.of("scenarios"), false))) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            // the page reloads after signing in and out: an element found just before may be gone
            org.openqa.selenium.support.ui.FluentWait<WebDriver> wait = new WebDriverWait(
                            browser, Duration.ofSeconds(40))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            browser.manage().deleteAllCookies();
            browser.get(base);
            ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
            browser.get(base);
            wait.until(d -> id("account").isDisplayed());
            assertTrue(
                    id("account-intro").getText().contains("beheerder"),
                    id("account-intro").getText());
            type("account-name", "Anna");
            type("account-email", "anna@example.nl");
            type("account-password", "geheim-123");
            id("account-submit").click();
            wait.until(
                    d -> id("shared-bar").isDisplayed() && id("who").getText().startsWith("Anna"));
            type("new-name", "PPS Techniek");
            id("new-workspace").click();
            wait.until(d -> id("shared-status").getText().contains("Nog geen plannen"));
            // the example is in the editor: it becomes the plan's first version
            wait.until(d -> id("yaml").getAttribute("value").contains("Voorbeeld-PPS techniek"));
            type("new-name", "Plan A");
            type("summary-text", "het voorbeeld");
            id("new-plan").click();
            wait.until(d -> versions().size() == 1);
            assertTrue(versions().get(0).getText().contains("het voorbeeld"));
            assertTrue(versions().get(0).getText().matches("(?s).*\\d+,\\d%.*"), "the headline at version 1");
            // a changed text saved as version 2
            setYaml(id("yaml")
                    .getAttribute("value")
                    .replace("title: Voorbeeld-PPS techniek", "title: Plan A, versie 2"));
            type("summary-text", "nieuwe titel");
            id("save-version").click();
            wait.until(d -> versions().size() == 2);
            assertTrue(
                    id("shared-status").getText().contains("versie 2"),
                    id("shared-status").getText());
            // version 1 restored as version 3
            WebElement first = versions().get(1);
            button(first, "Terugzetten").click();
            wait.until(d -> versions().size() == 3);
            wait.until(d -> id("yaml").getAttribute("value").contains("title: Voorbeeld-PPS techniek"));
            // version 2 compared with the newest under the same draws
            button(versions().get(1), "Vergelijk").click();
            wait.until(d -> id("compare-result").getText().contains("onzekerheidsmarge"));
            // the administrator opens a round, submits the plan's newest version and, as its reviewer, ranks the round
            id("review-open").click();
            wait.until(d -> id("round-new").isDisplayed());
            type("round-name", "RIF voorjaar");
            type("round-budget", "3.000.000");
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2099-12-31'", id("round-deadline"));
            id("round-open").click();
            wait.until(d -> id("review-summary").getText().contains("Nog geen indieningen"));
            assertTrue(
                    id("review-summary").getText().contains("EUR 3.000.000"),
                    id("review-summary").getText());
            wait.until(d -> id("submit-plan").isEnabled());
            id("submit-plan").click();
            wait.until(d -> id("shared-status").getText().contains("ingediend"));
            id("review-open").click();
            wait.until(d ->
                    browser.findElements(By.cssSelector("#ranking tbody tr")).size() == 1);
            WebElement ranked =
                    browser.findElements(By.cssSelector("#ranking tbody tr")).get(0);
            assertTrue(ranked.getText().startsWith("1 PPS Techniek: Plan A (versie 3)"), ranked.getText());
            button(ranked, "Toetsing").click();
            wait.until(d -> browser.findElements(By.cssSelector("#detail-checks tbody tr"))
                            .size()
                    > 3);
            type("comment-text", "Onderbouw de cursusprijs.");
            id("comment-post").click();
            wait.until(d -> id("detail-comments").getText().contains("Anna")
                    && id("detail-comments").getText().contains("cursusprijs"));
            // the owner reads who did what
            id("audit-open").click();
            wait.until(d -> id("audit").getText().contains("plan.submitted")
                    && id("audit").getText().contains("plan.restored"));
            // a partner invited as editor
            type("invite-email", "bert@example.nl");
            id("invite").click();
            wait.until(d -> id("shared-status").getText().contains("?invite="));
            String status = id("shared-status").getText();
            String link = status.substring(status.indexOf("http"));
            id("signout").click();
            wait.until(d -> id("account").isDisplayed());
            browser.get(link);
            wait.until(d -> id("account-intro").getText().contains("PPS Techniek"));
            type("account-name", "Bert");
            type("account-password", "geheim-456");
            id("account-submit").click();
            wait.until(d -> id("who").getText().startsWith("Bert"));
            wait.until(d -> versions().size() == 3);
            assertTrue(
                    id("workspace").getText().contains("PPS Techniek (bewerker)"),
                    id("workspace").getText());
            assertTrue(id("save-version").isEnabled(), "an editor may save");
            assertTrue(!id("invite-box").isDisplayed(), "only an owner invites");
            // names are shown as text, never as HTML: a workspace named like a script does nothing
            type("new-name", "<img src=x onerror=\"window.pwned=1\">");
            id("new-workspace").click();
            wait.until(d -> id("workspace").getText().contains("<img src=x"));
            assertEquals(
                    Boolean.FALSE,
                    ((JavascriptExecutor) browser).executeScript("return window.pwned === 1"),
                    "the name ran as HTML");
            assertTrue(browser.findElements(By.cssSelector("#shared-bar img")).isEmpty());
            // the same page in English
            browser.get(base + "?lang=en");
            wait.until(d -> id("save-version").getText().equals("Save as version"));
            wait.until(d -> id("workspace").getText().contains("PPS Techniek (editor)"));
            new org.openqa.selenium.support.ui.Select(id("workspace")).selectByVisibleText("PPS Techniek (editor)");
            wait.until(d -> versions().size() == 3);
            assertEquals("Restore", button(versions().get(1), "Restore").getText());
            id("signout").click();
            wait.until(d -> id("account").isDisplayed()
                    && id("account-submit").getText().equals("Sign in"));
        }
    }
}
