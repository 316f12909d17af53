package org.attache.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, both at fixed paths so that Selenium
 * Manager never looks for (or downloads) a browser; tests skip when Chromium is not installed. Each
 * browser gets a fresh profile folder and saves screenshots under target/screenshots/.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final ChromeDriver driver;
  private final String base;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /** A headless browser for the site at {@code base} (http://127.0.0.1:PORT/). */
  static Browser open(String base, Path profile) {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed at " + CHROMEDRIVER);
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), base);
  }

  /** Opens {@code #/route} and waits until the page module has rendered it. */
  void go(String route) {
    if (driver.getCurrentUrl().startsWith(base)) {
      script("document.getElementById('view').removeAttribute('data-ready')");
    }
    driver.get(base + "#/" + route);
    awaitReady();
  }

  /** Follows a link (by CSS selector) and waits for the page it leads to. */
  void follow(WebElement link) {
    script("document.getElementById('view').removeAttribute('data-ready')");
    link.click();
    awaitReady();
  }

  void awaitReady() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                !d.findElements(By.cssSelector("#view[data-ready]")).isEmpty()
                    && d.findElement(By.id("view")).getAttribute("data-ready") != null);
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  Object script(String javascript) {
    return ((JavascriptExecutor) driver).executeScript(javascript);
  }

  String title() {
    return driver.getTitle();
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Saves the visible page as target/screenshots/{name}.png. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Number height = (Number) script("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(1280, Math.min(4000, Math.max(800, height.intValue()))));
    Path shot = SCREENSHOTS.resolve(name + ".png");
    Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(taken, shot, StandardCopyOption.REPLACE_EXISTING);
    return shot;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
