package no.fagsys.sosialsak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.fagsys.sosialsak.saksspor.SakMedVedtak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor's case history in a real browser (headless Chromium): rita logs into Cockpit, opens Saksspor from the
 * menu, searches a finished case that went through an issued decision (built through the engine over its APIs), and
 * sees the processes, the tasks with the names of who did them, the decision evaluations, the letters and the
 * timeline — and no action that would change anything. Screenshots of every step go to {@code target/e2e/saksspor/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SakssporE2ETest {

  static final Path ARTIFACTS = Path.of("target", "e2e", "saksspor");
  /** Labels of actions that change or stop a case; none may be on the page. */
  static final List<String> ENDRINGER = List.of("slett", "avbryt", "endre", "stans", "delete", "cancel", "suspend");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  Browser browser;
  String saksnummer;

  @RegisterExtension
  final TestWatcher failures = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.saveFailure("saksspor-" + context.getRequiredTestMethod().getName());
      }
    }
  };

  @BeforeAll
  void enSakMedVedtakOgEnNettleser() throws Exception {
    SakMedVedtak saker = new SakMedVedtak(rest);
    saksnummer = saker.soknad("kari", "5028");
    saker.fattVedtak(saksnummer, "kari", "kjell");
    // A finished case; and no open task of it is left in Melhus' lists for the other browser tests.
    saker.folgOpp(saksnummer, "kari");
    org.springframework.util.FileSystemUtils.deleteRecursively(ARTIFACTS);
    browser = new Browser("http://localhost:" + port, ARTIFACTS);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void revisorenFinnerSaksporetICockpitsMeny() {
    browser.login("cockpit", "rita");
    WebElement meny = browser.visible(By.xpath("//a[normalize-space(.)='Saksspor']"));
    // The entries the product adds or shows (Saksspor, Brukeroppgaver for one who reads tasks) sit in the menu's
    // one row, like Camunda's own.
    int rad = browser.visible(By.xpath("//a[@href='#/processes']")).getRect().getY();
    assertThat(meny.getRect().getY()).as("Saksspor").isEqualTo(rad);
    assertThat(browser.visible(By.xpath("//a[@href='#/tasks']")).getRect().getY()).as("Brukeroppgaver").isEqualTo(rad);
    browser.shot("rita-cockpit-med-saksspor-i-menyen");
    meny.click();
    browser.visible(By.xpath("//h1[normalize-space(.)='Saksspor']"));
    WebElement rot = browser.visible(By.id("saksspor"));
    assertThat(rot.getAttribute("lang")).isEqualTo("nb");
    // The field is labelled, and the status messages have a live region.
    assertThat(browser.all(By.cssSelector("label[for=saksspor-saksnummer]"))).hasSize(1);
    assertThat(browser.visible(By.id("saksspor-status")).getAttribute("aria-live")).isEqualTo("polite");
    browser.shot("saksspor-sok");
  }

  @Test
  @Order(2)
  void revisorenSerHeleSaken() {
    // By keyboard: the field, the case number, Enter.
    WebElement felt = sokefelt();
    felt.click();
    felt.sendKeys(saksnummer, Keys.ENTER);
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saksspor-status"),
        "Viser saksspor for " + saksnummer));
    browser.shot("saksspor-sak-" + saksnummer);

    WebElement prosesser = seksjon("saksspor-prosesstabell", "prosesser");
    assertThat(tekst(prosesser)).contains("(soknad)").contains("(vedtak)").contains(saksnummer);
    assertThat(rad(prosesser, "Søknad om sosiale tjenester (soknad)")).contains("Fullført");

    WebElement oppgaver = seksjon("saksspor-oppgavetabell", "oppgaver");
    assertThat(rad(oppgaver, "Kartlegg søknaden")).contains("Kari Saksbehandler (kari)");
    assertThat(rad(oppgaver, "Hold oppfølgingssamtale")).contains("Kari Saksbehandler (kari)").contains("Fullført");
    assertThat(tekst(oppgaver)).contains("Kjell Leder (kjell)").contains("Fullført");
    assertThat(tekst(oppgaver)).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} kl\\. \\d{2}:\\d{2}");

    WebElement beslutninger = seksjon("saksspor-beslutningstabell", "beslutninger");
    assertThat(tekst(beslutninger)).contains("rettTilOpplysningRadOgVeiledning").contains("ansvarligKommune")
        .contains("RETT").contains("Ja");

    WebElement brev = seksjon("saksspor-brevtabell", "brev");
    assertThat(tekst(brev)).contains("Vedtaksbrev").contains("vedtak-" + saksnummer + ".pdf");

    WebElement tidslinje = seksjon("saksspor-tidslinjetabell", "tidslinje");
    assertThat(tekst(tidslinje)).contains("Vedtak fattet");

    seksjon("saksspor-kronologitabell", "alt-i-tidsrekkefolge");

    // Real tables: a caption and column headings with their scope.
    for (String tabell : List.of("prosesstabell", "oppgavetabell", "beslutningstabell", "brevtabell",
        "tidslinjetabell", "kronologitabell")) {
      WebElement t = browser.driver.findElement(By.id("saksspor-" + tabell));
      assertThat(t.findElements(By.tagName("caption"))).as(tabell).hasSize(1);
      assertThat(t.findElements(By.cssSelector("thead th[scope=col]"))).as(tabell).isNotEmpty();
    }
  }

  @Test
  @Order(3)
  void sidenHarIngenHandlingSomEndrerNoe() {
    @SuppressWarnings("unchecked")
    List<String> handlinger = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
        "return [...document.querySelectorAll('button, a, [role=button], input[type=submit], input[type=button]')]"
            + ".filter(e => e.offsetParent !== null)"
            + ".map(e => ((e.innerText || '') + ' ' + (e.value || '') + ' ' + (e.getAttribute('aria-label') || '')"
            + " + ' ' + (e.title || '')).trim());");
    assertThat(handlinger).isNotEmpty();
    for (String handling : handlinger) {
      String tekst = handling.toLowerCase(Locale.ROOT);
      for (String endring : ENDRINGER) {
        assertThat(tekst).as("handling på siden: " + handling).doesNotContainPattern("\\b" + endring);
      }
    }
    // Inside Saksspor: one button, the search.
    assertThat(browser.all(By.cssSelector("#saksspor button"))).extracting(this::tekst)
        .containsExactly("Vis saksspor");
    // Universal design: axe-core on the Saksspor page with a case's results (WCAG 2.1 AA, no serious or critical).
    browser.assertAccessible("saksspor", "#saksspor");
    browser.shot("saksspor-ingen-endringer");
  }

  @Test
  @Order(4)
  void enUkjentSakSiesFraPaNorsk() {
    WebElement felt = sokefelt();
    felt.clear();
    felt.sendKeys("2026-5028-999999", Keys.ENTER);
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saksspor-status"),
        "Fant ingen sak med det saksnummeret."));
    assertThat(browser.all(By.cssSelector("#saksspor-resultat table"))).isEmpty();
    browser.shot("saksspor-ukjent-sak");
  }

  @Test
  @Order(20)
  void prosesseierenSerIkkeSaksporIMenyen() {
    // The process owner uses Cockpit but may read no case: the menu asks the server and leaves Saksspor out.
    browser.login("cockpit", "per");
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-saksspor-tilgang=nei]")));
    assertThat(browser.all(By.xpath("//a[normalize-space(.)='Saksspor']"))).isEmpty();
    browser.shot("per-cockpit-uten-saksspor");
    // The page itself still refuses him a case.
    browser.driver.get(browser.baseUrl + "/camunda/app/cockpit/default/#/saksspor");
    WebElement felt = sokefelt();
    felt.sendKeys(saksnummer, Keys.ENTER);
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saksspor-status"),
        "Du har ikke tilgang til å lese saker i Saksspor."));
  }

  /**
   * The element's text as the page renders it, also where Cockpit's scrolling content area has scrolled it out of
   * view (WebDriver's getText gives only what is in view there).
   */
  String tekst(WebElement element) {
    return String.valueOf(((JavascriptExecutor) browser.driver).executeScript("return arguments[0].innerText;",
        element));
  }

  /** The search field, scrolled into Cockpit's view. */
  WebElement sokefelt() {
    WebElement felt = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saksspor-saksnummer")));
    browser.scrollTo(felt);
    return browser.visible(By.id("saksspor-saksnummer"));
  }

  WebElement seksjon(String tabellId, String skjermbilde) {
    WebElement tabell = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(tabellId)));
    browser.scrollTo(tabell);
    browser.shot("saksspor-" + skjermbilde);
    return tabell;
  }

  String rad(WebElement tabell, String forsteCelle) {
    return tekst(tabell.findElement(By.xpath(".//tr[th[normalize-space(.)=" + Browser.literal(forsteCelle)
        + "]]")));
  }
}
