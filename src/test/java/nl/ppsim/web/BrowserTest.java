package nl.ppsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromium-driver ({@code .ci/run} installs both when missing). Opens the app, sees the example's
 * headline, changes a value and sees the headline change, and gets the CLI's message for a bad value.
 */
class BrowserTest {
    static WebServer server;
    static WebDriver browser;

    @BeforeAll
    static void open() throws Exception {
        assumeTrue(Chromium.available(), Chromium.MISSING);
        server = WebServer.start(0, Path.of("scenarios"));
        browser = Chromium.open();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * The headline once it is the answer to the text in the editor (not a preview, not stale);
     * before that a NotFoundException, which a wait ignores and tries again.
     */
    private static String headline() {
        if (!"answer"
                .equals(browser.findElement(By.cssSelector("section.answer")).getAttribute("data-state"))) {
            throw new org.openqa.selenium.NotFoundException("the answer is still being computed");
        }
        return browser.findElement(By.id("headline")).getText();
    }

    /** Amount axes have ticks at 0 and multiples of 1, 2, 2.5 or 5 times a power of ten, evenly spaced. */
    private static void assertRoundTicks(String chart, double[] ticks) {
        assertTrue(ticks.length >= 3, chart + ": " + java.util.Arrays.toString(ticks));
        double step = ticks[1] - ticks[0];
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
        assertTrue(
                java.util.stream.DoubleStream.of(1, 2, 2.5, 5).anyMatch(m -> Math.abs(mantissa - m) < 1e-9),
                chart + ": step " + step + " in " + java.util.Arrays.toString(ticks));
        boolean zero = false;
        for (int k = 0; k < ticks.length; k++) {
            assertEquals(
                    0,
                    Math.IEEEremainder(ticks[k], step),
                    1e-6 * step,
                    chart + ": " + java.util.Arrays.toString(ticks));
            if (k > 0) {
                assertEquals(
                        step, ticks[k] - ticks[k - 1], 1e-6 * step, chart + ": " + java.util.Arrays.toString(ticks));
            }
            zero |= Math.abs(ticks[k]) < 1e-6 * step;
        }
        assertTrue(zero, chart + ": no tick at 0 in " + java.util.Arrays.toString(ticks));
    }

    private static void setYaml(String text) {
        WebElement area = browser.findElement(By.id("yaml"));
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                        area,
                        text);
    }

    @Test
    void openEditSeeTheAnswerChangeAndGetAFieldError() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.uri().toString());
        wait.until(d -> headline().startsWith("Kans op verduurzaming: "));
        String before = headline();
        for (String chart : new String[] {"chart-reserve", "chart-mix"}) {
            assertRoundTicks(
                    chart,
                    browser.findElements(By.cssSelector("#" + chart + " text[data-tick]")).stream()
                            .mapToDouble(e -> Double.parseDouble(e.getAttribute("data-tick")))
                            .toArray());
        }
        assertWhy(wait, "procentpunt");
        String yaml = browser.findElement(By.id("yaml")).getAttribute("value");
        assertTrue(yaml.contains("fee_per_participant: 950"), "the example is loaded");
        // keep this variant, then a much higher course fee: the headline rises (common random numbers: the change
        // is the edit's), and the comparison with the kept variant says by how much, in procentpunt
        browser.findElement(By.id("keep")).click();
        // first the kept variant against itself (a difference of 0), then the edit's comparison replaces it
        wait.until(d -> d.findElement(By.id("variant")).isDisplayed()
                && d.findElement(By.id("variant")).getText().contains("procentpunt"));
        setYaml(yaml.replace("fee_per_participant: 950", "fee_per_participant: 2500"));
        wait.until(d -> Double.parseDouble(d.findElement(By.id("variant")).getAttribute("data-difference")) != 0);
        // the paired difference is about +15 procentpunt with a paired se under 1: far more than 4 se from 0
        assertTrue(
                Double.parseDouble(browser.findElement(By.id("variant")).getAttribute("data-difference")) > 0,
                browser.findElement(By.id("variant")).getText());
        wait.until(d -> !headline().equals(before));
        assertTrue(!headline().equals(before), before + " -> " + headline());
        double p0 = Double.parseDouble(before.replaceAll(".*: ([0-9]+),([0-9])%.*", "$1.$2"));
        double p1 = Double.parseDouble(headline().replaceAll(".*: ([0-9]+),([0-9])%.*", "$1.$2"));
        assertTrue(p1 > p0, before + " -> " + headline());
        // the form: a fixed value typed into the course fee's field is written into the YAML and simulated
        String beforeForm = headline();
        // (the fee is 2500 since the edit above; the form follows the YAML)
        wait.until(d -> d.findElements(By.cssSelector("#form .uncertain input")).stream()
                .anyMatch(e -> "2500".equals(e.getAttribute("value"))));
        WebElement fee = browser.findElements(By.cssSelector("#form .uncertain input")).stream()
                .filter(e -> "2500".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow();
        fee.clear();
        fee.sendKeys("1800");
        wait.until(d -> browser.findElement(By.id("yaml")).getAttribute("value").contains("fee_per_participant: 1800"));
        wait.until(d -> !headline().equals(beforeForm));
        assertTrue(
                browser.findElement(By.id("yaml")).getAttribute("value").contains("# docenturen en lokalen"),
                "the form keeps the comments");
        // every distribution has fields of its own: the fee as a normal distribution, typed as mean and sd
        WebElement feeBox = browser.findElements(By.cssSelector("#form .uncertain")).stream()
                .filter(b -> b.findElements(By.tagName("input")).stream()
                        .anyMatch(e -> "1800".equals(e.getAttribute("value"))))
                .findFirst()
                .orElseThrow();
        new org.openqa.selenium.support.ui.Select(feeBox.findElement(By.tagName("select"))).selectByValue("normal");
        List<WebElement> meanSd = feeBox.findElements(By.tagName("input"));
        assertEquals(2, meanSd.size(), "a normal distribution has a mean and an sd");
        meanSd.get(0).sendKeys("1800");
        meanSd.get(1).sendKeys("150");
        wait.until(d -> browser.findElement(By.id("yaml"))
                .getAttribute("value")
                .matches("(?s).*fee_per_participant:\\s*\\{?normal: \\[1800, 150\\].*"));
        // undo and redo of form edits
        wait.until(d -> d.findElement(By.id("undo")).isEnabled());
        browser.findElement(By.id("undo")).click();
        wait.until(
                d -> !browser.findElement(By.id("yaml")).getAttribute("value").contains("normal: [1800, 150]"));
        wait.until(d -> d.findElement(By.id("redo")).isEnabled());
        browser.findElement(By.id("redo")).click();
        wait.until(d -> browser.findElement(By.id("yaml")).getAttribute("value").contains("normal: [1800, 150]"));
        // a risk added in the form lands in the YAML and changes the answer
        String beforeRisk = wait.until(d -> headline());
        browser.findElement(By.cssSelector("#form fieldset[data-path='events'] > button"))
                .click();
        wait.until(d ->
                browser.findElement(By.id("yaml")).getAttribute("value").contains("events:\n  - name: nieuw risico"));
        wait.until(d -> !headline().equals(beforeRisk));
        // a correlation between two uncertain inputs, added in the form, is a valid scenario (no error appears)
        browser.findElement(By.cssSelector("#form fieldset[data-path='correlations'] > button"))
                .click();
        wait.until(d ->
                browser.findElement(By.id("yaml")).getAttribute("value").contains("correlations:\n  - between: ["));
        Object valid = ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('api/validate', {method: 'POST', body: document.getElementById('yaml').value}).then(r => done(r.status))"
                        + ".catch(e => done(-1));");
        assertEquals(
                200L,
                ((Number) valid).longValue(),
                browser.findElement(By.id("yaml")).getAttribute("value"));
        // a pool: its members appear in the form and in the YAML
        assertTrue(
                browser.findElements(By.cssSelector("#form label[data-path='partners[2].pool.members'] input"))
                                .size()
                        == 1,
                "the example's pool shows its members");
        // a precise run, with its progress bar, to a standard error of 0.5% (once the answer to the text is on screen)
        wait.until(d -> headline().startsWith("Kans op verduurzaming: "));
        browser.findElement(By.id("precise")).click();
        wait.withMessage(() -> "status: " + browser.findElement(By.id("status")).getText() + "; error: "
                        + browser.findElement(By.id("error")).getText() + "; button disabled: "
                        + !browser.findElement(By.id("precise")).isEnabled() + "; progress shown: "
                        + browser.findElement(By.id("progress")).isDisplayed())
                .until(d -> d.findElement(By.id("status")).getText().startsWith("precieze run: standaardfout "));
        // a Dutch thousands separator: the CLI's message, at the field it concerns
        setYaml(yaml.replace("per_year: 250000", "per_year: 250.000"));
        wait.until(d -> d.findElement(By.id("error")).isDisplayed());
        String error = browser.findElement(By.id("error")).getText();
        assertTrue(error.contains("subsidy.per_year") && error.contains("250.000 -> 250000"), error);
        // and at the form's field it concerns
        // (the form is rebuilt from the edited YAML meanwhile: a found element may go stale)
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector("#form label[data-path='subsidy.per_year'] .field-error"))
                        .getText()
                        .contains("250.000 -> 250000"));
        // typed into the form the Dutch way, it is not read as 300 either: the same message, at the field
        setYaml(yaml);
        wait.until(d -> d.findElement(By.id("error")).getAttribute("hidden") != null);
        // once the form shows the restored YAML (it is rebuilt 0.6 s after an edit), type into its field
        By subsidyField = By.cssSelector("#form label[data-path='subsidy.per_year'] input");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> "250000".equals(d.findElement(subsidyField).getAttribute("value")));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    WebElement subsidy = d.findElement(subsidyField);
                    subsidy.clear();
                    subsidy.sendKeys("300.000");
                    return true;
                });
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector("#form label[data-path='subsidy.per_year'] .field-error"))
                        .getText()
                        .contains("300.000 -> 300000"));
        assertTrue(
                browser.findElement(By.id("yaml")).getAttribute("value").contains("per_year: '300.000'"),
                browser.findElement(By.id("yaml")).getAttribute("value"));
        setYaml(yaml.replace("per_year: 250000", "per_year: 250.000"));
        wait.until(d -> d.findElement(By.id("error")).getText().contains("250.000"));
        // a click on the message selects the line it concerns in the editor
        browser.findElement(By.id("error")).click();
        Object selected = ((JavascriptExecutor) browser)
                .executeScript(
                        "const a = document.getElementById('yaml'); return a.value.substring(a.selectionStart, a.selectionEnd);");
        assertTrue(String.valueOf(selected).contains("per_year: 250.000"), "selected: " + selected);
        // the full report, downloaded from the page's own context (what the button does)
        setYaml(yaml.replace("iterations: 10000", "iterations: 2000"));
        Object size = ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('api/report', {method: 'POST', body: document.getElementById('yaml').value})"
                        + ".then(r => r.ok && r.headers.get('Content-Type') === 'application/zip' ? r.blob() : null)"
                        + ".then(b => done(b ? b.size : -1)).catch(e => done(-2));");
        assertTrue(((Number) size).longValue() > 100_000, "a zip of the report: " + size + " bytes");
        assertTrue(browser.findElement(By.id("download")).isDisplayed());
        // and in English
        browser.get(server.uri() + "?lang=en");
        wait.until(d -> headline().startsWith("Probability of sustainability: "));
        assertWhy(wait, "points");
        assertTrue(
                browser.findElement(By.id("chart-tornado")).getText().contains("renews after 2029"),
                "the tornado's labels in English");
        // a scenario with an explore: section offers its routes, computed as ppsim explore chooses them
        try {
            setYaml(
                    java.nio.file.Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                                    .replace("iterations: 10000", "iterations: 2000")
                            + "explore:\n  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1, max: 2}\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        wait.until(d -> d.findElement(By.id("explore")).isDisplayed());
        browser.findElement(By.id("explore-run")).click();
        wait.until(d -> d.findElement(By.id("explore-summary")).getText().startsWith("Chosen route: "));
        assertEquals(
                3,
                browser.findElements(By.cssSelector("#explore-table tbody tr")).size(),
                "three routes");
        // a quantile of the final reserve as the objective: the table says what it ranks by, in euro
        try {
            setYaml(java.nio.file.Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                            .replace("iterations: 10000", "iterations: 2000")
                    + "explore:\n  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1}\n"
                    + "  objective: reserve_quantile\n  delta: 20000\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.findElement(By.id("explore-run")).click();
        wait.until(d -> d.findElement(By.id("explore-summary")).getText().contains("final reserve, 10% quantile"));
        assertEquals(
                "Final reserve, 10% quantile",
                browser.findElement(By.id("explore-objective")).getText());
        assertTrue(browser.findElements(By.cssSelector("#explore-table tbody tr"))
                .get(0)
                .getText()
                .contains("EUR"));
        try {
            java.nio.file.Files.write(
                    Path.of("target", "explore-en.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The why beside the answer: ten tornado bars (two rectangles each), a row per business model
     * whose "with" is the headline on screen, the final reserve's histogram and S-curve, and the
     * net cash fan.
     */
    private static void assertWhy(WebDriverWait wait, String points) {
        wait.until(d -> !d.findElement(By.id("why")).getAttribute("class").contains("pending")
                && d.findElements(By.cssSelector("#chart-tornado rect")).size() == 20);
        List<WebElement> rows = browser.findElements(By.cssSelector("#contributions tbody tr"));
        assertEquals(2, rows.size(), "voorbeeld has two business models");
        String shown = headline().replaceAll("^[^:]*: ([0-9]+[,.][0-9]%).*", "$1");
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(shown, cells.get(1).getText(), "the probability with the model is the headline");
            assertTrue(cells.get(3).getText().endsWith(points), cells.get(3).getText());
        }
        assertTrue(browser.findElements(By.cssSelector("#chart-histogram rect")).size() >= 5, "a histogram");
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#chart-scurve polyline")).size(),
                "an S-curve");
        assertEquals(
                2, browser.findElements(By.cssSelector("#chart-net polygon")).size(), "two bands of the net cash fan");
        assertTrue(browser.findElement(By.id("shortfall")).getText().contains("%"));
    }
}
