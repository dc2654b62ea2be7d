package no.fagsys.sosialsak.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (no browser download), acting as a person in the Camunda
 * webapps and in Camunda Forms: log in, click what is labelled, fill fields by their form key. Every step can be saved
 * as a screenshot; a failure saves the page's screenshot and HTML.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  final WebDriverWait wait;
  final String baseUrl;
  final Path artifacts;
  private int step;

  Browser(String baseUrl, Path artifacts) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-sync", "--window-size=1366,768",
        "--lang=nb-NO");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
        .usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.baseUrl = baseUrl;
    this.artifacts = artifacts;
    try {
      Files.createDirectories(artifacts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs into a webapp ({@code tasklist}, {@code cockpit}) as a demo user (password = user id). */
  void login(String app, String user) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/app/" + app + "/default/");
    // The first load of a webapp fetches and starts 4 MB of scripts: on a busy machine that takes longer than a step.
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form input[type=text]"))).sendKeys(user);
    driver.findElement(By.cssSelector("form input[type=password]")).sendKeys(user);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form input[type=password]")));
  }

  void logout() {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/app/welcome/default/");
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  static By text(String text) {
    String t = literal(text);
    return By.xpath("//*[normalize-space(.)=" + t + " and not(*[normalize-space(.)=" + t + "])]");
  }

  static By containing(String text) {
    return By.xpath("//*[contains(normalize-space(.), " + literal(text) + ") and not(*[contains(normalize-space(.), "
        + literal(text) + ")])]");
  }

  static String literal(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  /** Clicks what the locator finds, again if the page re-rendered it in between (AngularJS lists do). */
  void click(By by) {
    for (int attempt = 0; ; attempt++) {
      try {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        scrollTo(element);
        element.click();
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException
          | org.openqa.selenium.ElementClickInterceptedException e) {
        if (attempt == 4) {
          throw e;
        }
        pause(300);
      }
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void clickText(String text) {
    click(text(text));
  }

  void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** The input of a Camunda Forms field by its key (form-js gives it the id {@code …Field_<key>}). */
  WebElement field(String key) {
    return visible(By.cssSelector("[id$='Field_" + key + "' i]"));
  }

  /** Types into the field and checks it took (form-js may re-render a field while a neighbour is being set). */
  void fill(String key, String value) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = field(key);
      scrollTo(input);
      input.clear();
      input.sendKeys(value);
      // form-js takes typed text into its state after a short debounce: leave the field and let it settle, or a
      // re-render caused by the next field would show the old (empty) value again.
      ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
      pause(400);
      if (value.equals(field(key).getAttribute("value"))) {
        return;
      }
    }
    throw new AssertionError("Feltet " + key + " tok ikke imot verdien");
  }

  void check(String key) {
    WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=checkbox][id$='Field_" + key + "' i]")));
    scrollTo(box);
    if (!box.isSelected()) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
    }
    wait.until(ExpectedConditions.elementSelectionStateToBe(box, true));
  }

  /** A required Ja/Nei question (a form-js radio group with the values true/false): click the answer by its label. */
  void answer(String key, boolean yes) {
    WebElement anyOption = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=radio][id*='Field_" + key + "' i]")));
    WebElement group = anyOption.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
    scrollTo(group);
    WebElement option = group.findElement(By.xpath(".//label[normalize-space(.)=" + literal(yes ? "Ja" : "Nei") + "]//input[@type='radio']"
        + " | .//input[@type='radio'][following-sibling::text()[normalize-space(.)=" + literal(yes ? "Ja" : "Nei") + "] or ../text()[normalize-space(.)=" + literal(yes ? "Ja" : "Nei") + "]]"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", option);
    wait.until(ExpectedConditions.elementSelectionStateToBe(option, true));
  }

  void uncheck(String key) {
    WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=checkbox][id$='Field_" + key + "' i]")));
    scrollTo(box);
    if (box.isSelected()) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
    }
  }

  /** A form-js select: open its dropdown and pick the option by its label. */
  void select(String key, String option) {
    WebElement hidden = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='Field_" + key + "' i]")));
    WebElement group = hidden.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]//div[contains(@class,'fjs-input-group')]"));
    scrollTo(group);
    group.click();
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)=" + literal(option) + "]"));
  }

  /** A form-js date field's input, found by the field's key. */
  WebElement dateInput(String key) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//*[contains(translate(@id,'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ','abcdefghijklmnopqrstuvwxyzæøå'),'field_" + key.toLowerCase() + "')]/descendant-or-self::input[not(@type='hidden')]")));
  }

  /** Types into a form-js date field as a person would (any text, e.g. {@code 20.11.2026}) and leaves the field. */
  void typeDate(String key, String text) {
    WebElement input = dateInput(key);
    scrollTo(input);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
    pause(300);
  }

  /** A form-js date field, typed the Norwegian way: dd.mm.åååå. */
  void date(String key, java.time.LocalDate value) {
    typeDate(key, String.format("%02d.%02d.%d", value.getDayOfMonth(), value.getMonthValue(), value.getYear()));
  }

  /**
   * Records the HTTP status of every request the page makes from now on (until it reloads), so a test can check the
   * status code behind a message the page shows.
   */
  void recordResponses() {
    ((JavascriptExecutor) driver).executeScript(
        "if (window.__svar) { return; } window.__svar = [];"
            + "const open = XMLHttpRequest.prototype.open;"
            + "XMLHttpRequest.prototype.open = function(method, url) {"
            + "  this.addEventListener('loadend', () => window.__svar.push({method: method, url: String(url), status: this.status}));"
            + "  return open.apply(this, arguments); };"
            + "const f = window.fetch; window.fetch = function() { return f.apply(this, arguments).then(r => {"
            + "  window.__svar.push({method: 'fetch', url: r.url, status: r.status}); return r; }); };");
  }

  /** The status of the last recorded request whose URL contains the text, or -1 when there was none. */
  long lastStatus(String urlPart) {
    Object status = ((JavascriptExecutor) driver).executeScript(
        "const s = (window.__svar || []).filter(r => r.url.includes(arguments[0])); return s.length ? s[s.length - 1].status : -1;",
        urlPart);
    return ((Number) status).longValue();
  }

  /** Whether an element is visible to a person (displayed, not hidden by the product's styles). */
  boolean displayed(By by) {
    return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Nothing lies on top of the element's centre (a notice, a toast): a person can click it. */
  void assertNotCovered(By by) {
    WebElement element = visible(by);
    scrollTo(element);
    Object top = ((JavascriptExecutor) driver).executeScript(
        "const r = arguments[0].getBoundingClientRect();"
            + "const e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "return e && (e === arguments[0] || arguments[0].contains(e)) ? null : (e ? e.outerHTML.slice(0, 200) : 'utenfor vinduet');",
        element);
    if (top != null) {
      throw new AssertionError("Noe dekker " + by + ": " + top);
    }
  }

  /**
   * At 1366×768 nothing of the open form may be cut off sideways: neither the page nor any form field is wider than
   * its container (labels and fields wrap instead).
   */
  void assertNothingCutOff() {
    Object overflow = ((JavascriptExecutor) driver).executeScript(
        "const form = document.querySelector('.fjs-form');"
            + "if (!form) { return 'no form'; }"
            + "if (document.documentElement.scrollWidth > window.innerWidth + 1) { return 'page is wider than the window'; }"
            + "const wide = [...form.querySelectorAll('.fjs-form-field, .fjs-input, label')]"
            + "  .filter(e => e.getBoundingClientRect().right > form.getBoundingClientRect().right + 1);"
            + "return wide.length ? 'cut off: ' + wide.map(e => e.id || e.textContent.trim()).join(', ') : null;");
    if (overflow != null) {
      throw new AssertionError("Skjemaet får ikke plass i 1366×768: " + overflow);
    }
  }

  /**
   * Universal design (forskrift om universell utforming av IKT-løsninger, WCAG 2.1 AA): runs axe-core on the page, or
   * only on the parts the CSS selectors name (our forms and plugin, not Camunda's own frame), writes the findings to
   * {@code <artifacts>/axe-<page>.txt} and fails on every serious or critical violation.
   */
  void assertAccessible(String page, String... parts) {
    com.deque.html.axecore.selenium.AxeBuilder axe = new com.deque.html.axecore.selenium.AxeBuilder()
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
    for (String part : parts) {
      axe.include(part);
    }
    com.deque.html.axecore.results.Results results = axe.analyze(driver);
    StringBuilder report = new StringBuilder("axe-core " + results.getTestEngine().getVersion() + " på " + page
        + " (" + (parts.length == 0 ? "hele siden" : String.join(", ", parts)) + "): " + results.getPasses().size()
        + " regler bestått, " + results.getViolations().size() + " brudd\n");
    List<String> serious = new java.util.ArrayList<>();
    for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
      String line = rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — " + rule.getNodes().stream()
          .map(node -> String.valueOf(node.getTarget())).toList();
      report.append(line).append('\n');
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        serious.add(line);
      }
    }
    try {
      Files.writeString(artifacts.resolve("axe-" + page + ".txt"), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!serious.isEmpty()) {
      throw new AssertionError("Universell utforming: alvorlige brudd på " + page + ":\n" + String.join("\n", serious));
    }
  }

  boolean present(By by) {
    return !driver.findElements(by).isEmpty();
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Saves a numbered screenshot of the current page as a test artifact. */
  void shot(String name) {
    step++;
    save(String.format("%02d-%s", step, name));
  }

  void saveFailure(String name) {
    save("FEIL-" + name);
    try {
      Files.writeString(artifacts.resolve("FEIL-" + name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void save(String name) {
    try {
      Files.write(artifacts.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
