package nl.ppsim.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromium-driver, for the browser tests
 * ({@code .ci/run} installs both when missing; Selenium Manager never downloads a driver).
 */
public final class Chromium {
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {}

    /** True when both are installed (else the browser tests are skipped with this reason). */
    public static boolean available() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BINARY);
    }

    /** What to install when {@link #available} is false. */
    public static final String MISSING = "Chromium and chromium-driver (apt install chromium chromium-driver)";

    /** A headless browser, 1300 x 1000. */
    public static WebDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1300,1000");
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .build(),
                options);
    }
}
