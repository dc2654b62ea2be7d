package no.fagsys.sosialsak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caseworker's day in a real browser (headless Chromium, Norwegian): kari registers and handles an application in
 * Tasklist, in Norwegian, typing Norwegian dates; her refusals come as Norwegian sentences with status 400; she cannot
 * approve her own draft, kjell approves it, kari never sees Malvik's tasks, sara decides the complaint, the auditor
 * rita finds the case in Cockpit with its decision table evaluations, and the process owner per gets a Norwegian page
 * when Tasklist is not for him. axe-core checks every form and page for serious violations of WCAG 2.1 AA.
 * Screenshots of every step go to {@code target/e2e/tasklist/}; a failing step also saves the page's HTML there.
 */
// The job executor on, as in the application: after kjell's approval it makes the decision letter, and only then does
// the case go on to the follow-up conversation.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistE2ETest {

  static final Path ARTIFACTS = Path.of("target", "e2e", "tasklist");
  static final String SOKNAD = "Søknad om sosiale tjenester";
  static final String KLAGE = "Klage på vedtak";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  Browser browser;
  String sokerReferanse = "E2E-" + System.currentTimeMillis();
  String saksnummer;

  @RegisterExtension
  final TestWatcher failures = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.saveFailure(context.getRequiredTestMethod().getName());
      }
    }
  };

  @BeforeAll
  void openBrowser() throws java.io.IOException {
    org.springframework.util.FileSystemUtils.deleteRecursively(ARTIFACTS);
    browser = new Browser("http://localhost:" + port, ARTIFACTS);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  private void filter(String name) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.), "
        + Browser.literal(name) + ")]"));
  }

  private void openTask(String filterName, String taskName) {
    filter(filterName);
    browser.click(By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(.)=" + Browser.literal(taskName)
        + " and not(*[normalize-space(.)=" + Browser.literal(taskName) + "])]"));
    browser.visible(By.xpath("//h2[normalize-space(.)=" + Browser.literal(taskName) + "]"));
    if (browser.present(By.xpath("//button[normalize-space(.)='Ta oppgaven'] | //a[normalize-space(.)='Ta oppgaven']"))) {
      browser.click(By.xpath("//button[normalize-space(.)='Ta oppgaven'] | //a[normalize-space(.)='Ta oppgaven']"));
    }
    browser.visible(By.cssSelector(".fjs-form"));
    browser.assertNothingCutOff();
    browser.assertAccessible("oppgave-" + taskName.replaceAll("[^A-Za-zÆØÅæøå]+", "-"), ".fjs-container");
  }

  private static final By FULLFOR = By.xpath("//button[normalize-space(.)='Fullfør']");

  private void complete() {
    browser.click(FULLFOR);
  }

  private String errorNotice() {
    // Tasklist's notice of a refused completion: its own heading, then the refusal's message as the product gave it
    // (a 400 with only the Norwegian sentence, not the engine's "ENGINE-03051 … TaskListener" wrapping).
    return browser.visible(By.xpath("//*[contains(@class,'status') and contains(., 'oppgaveskjemaet skulle sendes inn')]"
        + "/following-sibling::*[contains(@class,'message')]")).getText();
  }

  @Test
  @Order(1)
  void kariRegistrererOgBehandlerEnSoknadITasklist() {
    browser.driver.manage().deleteAllCookies();
    browser.driver.get(browser.baseUrl + "/camunda/app/tasklist/default/");
    browser.visible(By.cssSelector("form input[placeholder='Brukernavn']"));
    browser.visible(By.cssSelector("form input[placeholder='Passord']"));
    browser.shot("innlogging-norsk");
    browser.assertAccessible("innlogging");
    browser.login("tasklist", "kari");
    // Tasklist speaks Norwegian bokmål, shows no Camunda 8 banner and no "Opprett oppgave" to a caseworker.
    browser.visible(Browser.text("Start prosess"));
    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
    assertThat(browser.displayed(By.cssSelector(".ce-eol-banner"))).as("Camunda 8-banneret").isFalse();
    assertThat(browser.displayed(By.xpath("//li[contains(@class,'create-task-action')]"))).as("Opprett oppgave").isFalse();
    Browser.pause(1000);
    assertThat(browser.displayed(By.cssSelector(".notifications .alert-danger, .notifications .alert-error")))
        .as("en feilmelding når Tasklist åpnes").isFalse();
    browser.shot("kari-tasklist");
    // English can be chosen, and Norwegian chosen back.
    browser.click(By.cssSelector("button.sosialsak-sprakvalg"));
    browser.visible(Browser.text("Start process"));
    browser.shot("kari-tasklist-engelsk");
    browser.click(By.cssSelector("button.sosialsak-sprakvalg"));
    browser.visible(Browser.text("Start prosess"));

    browser.clickText("Start prosess");
    browser.visible(Browser.text(KLAGE));
    // Only what a caseworker starts: not the internal new-decision steps, not the survey's per-municipality part.
    assertThat(browser.present(Browser.text("Nytt vedtak"))).isFalse();
    assertThat(browser.present(Browser.text("Kapasitetskartlegging i kommunen"))).isFalse();
    browser.shot("start-prosess");
    browser.clickText(SOKNAD);
    browser.visible(By.cssSelector(".fjs-form"));
    browser.assertNothingCutOff();
    browser.assertAccessible("startskjema-soknad", ".fjs-container");
    // Required fields are marked, and submitting the empty form shows each field's validation message in Norwegian.
    assertThat(browser.all(By.cssSelector(".fjs-form-field-label .fjs-asterix, .fjs-asterix"))).isNotEmpty();
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));
    assertThat(browser.all(By.cssSelector(".fjs-form-field-error"))).hasSizeGreaterThanOrEqualTo(5);
    assertThat(browser.all(By.cssSelector(".fjs-form-field-error")).stream().map(e -> e.getText()).distinct())
        .contains("Feltet må fylles ut.").noneMatch(t -> t.contains("Field"));
    assertThat(browser.visible(By.cssSelector("[id$='Field_tjeneste-display' i], .fjs-select-display")).getText())
        .isEqualTo("Velg");
    browser.shot("startskjema-valideringsfeil");
    browser.select("tjeneste", "Opplysning, råd og veiledning (§ 17)");
    browser.fill("kommunenummer", "5028");
    browser.select("kanal", "Oppmøte");
    browser.fill("antallBarnIHusstanden", "0");
    // A date in another shape than dd.mm.åååå, or one that does not exist, is refused with a message, never read
    // as some other day.
    assertThat(browser.dateInput("soknadsdato").getAttribute("placeholder")).isEqualTo("dd.mm.åååå");
    LocalDate idag = LocalDate.now();
    String amerikansk = String.format("%02d/%02d/%d", idag.getMonthValue(), idag.getDayOfMonth(), idag.getYear());
    browser.typeDate("soknadsdato", amerikansk);
    assertThat(browser.visible(By.cssSelector(".sosialsak-datofeil")).getText())
        .isEqualTo("«" + amerikansk + "» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 20.11.2026.");
    assertThat(browser.dateInput("soknadsdato").getAttribute("value")).isEmpty();
    browser.shot("startskjema-dato-avvist");
    browser.typeDate("soknadsdato", "31.02." + idag.getYear());
    assertThat(browser.visible(By.cssSelector(".sosialsak-datofeil")).getText()).startsWith("«31.02.");
    browser.date("soknadsdato", idag);
    assertThat(browser.present(By.cssSelector(".sosialsak-datofeil"))).isFalse();
    browser.answer("nodsituasjon", false);
    // A national identity number as the applicant's reference: the start is refused with 400 and a Norwegian
    // sentence, and no case is created.
    browser.fill("sokerReferanse", "01017012345");
    browser.recordResponses();
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));
    org.openqa.selenium.WebElement avvist = browser.visible(Browser.containing("bruk en pseudonym søkerreferanse"));
    assertThat(avvist.getText()).doesNotContain("ENGINE-", "Exception");
    assertThat(browser.lastStatus("/submit-form")).isEqualTo(400);
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("sokerReferanse", "01017012345").count())
        .isZero();
    browser.shot("startskjema-fodselsnummer-avvist");
    browser.fill("sokerReferanse", sokerReferanse);
    browser.shot("startskjema-utfylt");
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));

    ProcessInstance instance = awaitCase();
    saksnummer = instance.getBusinessKey();
    assertThat(saksnummer).matches("\\d{4}-5028-\\d{6}");
    assertThat(instance.getTenantId()).isEqualTo("5028");
    // The Norwegian date typed is stored as the same day, ISO.
    assertThat(runtimeService.getVariable(instance.getId(), "soknadsdato")).isEqualTo(idag.toString());

    // The task card names the case by its number, the service and the municipality in words.
    filter("Min gruppes oppgaver");
    org.openqa.selenium.WebElement kort = browser.visible(By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[normalize-space(.)="
        + Browser.literal(saksnummer) + "]]"));
    assertThat(kort.getText()).contains(saksnummer, "Opplysning, råd og veiledning (§ 17)", "Melhus")
        .doesNotContain("OPPLYSNING_RAD_VEILEDNING");
    browser.shot("oppgavekort");

    openTask("Min gruppes oppgaver", "Kartlegg søknaden");
    assertThat(browser.visible(By.cssSelector("[id$='Field_tjeneste-display' i]")).getText())
        .isEqualTo("Opplysning, råd og veiledning (§ 17)");
    browser.shot("kartlegging");
    browser.answer("oppholderSegIKommunen", true);
    browser.answer("iInstitusjonEllerHeldognsbolig", false);
    browser.answer("bosattMedIntegreringstilskudd", false);
    browser.answer("flyttingAvtalt", false);
    browser.answer("avslagApenbartUrimelig", false);
    browser.answer("norskStatsborger", false);
    browser.answer("rettPaStatligInnkvartering", false);
    browser.answer("dokumentertLovligOpphold", true);
    browser.answer("omfattesAvForskriftenParagraf1TredjeEllerFjerdeLedd", false);
    browser.answer("bopelINorge", true);
    browser.answer("kanBidraTilALoseEllerForebyggeSosialeProblemer", true);
    browser.answer("informertOmTjenestene", true);
    browser.answer("kvpEllerIndividuellPlanAktuelt", false);
    browser.fill("sokerensSyn", "Søkeren vil lære å sette opp et budsjett selv.");
    browser.answer("behovForTolk", false);
    browser.shot("kartlegging-utfylt");
    complete();

    openTask("Min gruppes oppgaver", "Vurder retten: bekreft eller fravik tabellens resultat");
    assertThat(browser.visible(By.cssSelector("[id$='Field_tabellRett-display' i]")).getText())
        .isEqualTo("Rett etter loven");
    browser.fill("relevanteOpplysninger", "Søkeren ønsker hjelp til å sette opp et budsjett.");
    browser.answer("folgerTabellresultat", true);
    browser.shot("vurdering");
    complete();

    openTask("Min gruppes oppgaver", "Utform vedtaket");
    browser.fill("vektleggingAvSyn", "Søkerens ønske om å lære budsjett selv er lagt stor vekt på.");
    browser.shot("utkast");
    complete();
    awaitTask("Task_GodkjennVedtak");
  }

  @Test
  @Order(2)
  void kariKanIkkeGodkjenneSittEgetUtkast() {
    // In a small office the caseworker may also be a leader: the engine still refuses her own draft.
    identityService.createMembership("kari", "leder");
    try {
      browser.login("tasklist", "kari");
      openTask("Min gruppes oppgaver", "Godkjenn vedtaket");
      // The drafter is told before she tries: the warning is for her alone (kjell does not see it below).
      assertThat(browser.visible(By.cssSelector(".sosialsak-eget-utkast")).getText())
          .startsWith("Du har selv utformet dette vedtaket");
      browser.answer("godkjent", true);
      browser.recordResponses();
      complete();
      assertThat(errorNotice()).contains("Du kan ikke godkjenne et vedtak du selv har utformet")
          .doesNotContain("ENGINE-", "TaskListener", "Exception");
      assertThat(browser.lastStatus("/submit-form")).isEqualTo(400);
      // The notice leaves the form's button free to click at 1366×768.
      browser.assertNotCovered(FULLFOR);
      browser.shot("egen-godkjenning-avvist");
    } finally {
      identityService.deleteMembership("kari", "leder");
    }
    org.camunda.bpm.engine.task.Task approval = taskService.createTaskQuery().processInstanceBusinessKey(saksnummer)
        .taskDefinitionKey("Task_GodkjennVedtak").singleResult();
    assertThat(approval).as("the approval task is still open").isNotNull();
    taskService.setAssignee(approval.getId(), null); // back to the leaders' group
  }

  @Test
  @Order(3)
  void kjellGodkjennerOgSakenErAvgjort() {
    browser.login("tasklist", "kjell");
    openTask("Min gruppes oppgaver", "Godkjenn vedtaket");
    // Names, not codes: who drafted, which service, which municipality.
    assertThat(browser.visible(By.cssSelector(".fjs-form")).getText()).contains("Utformet av: Kari Saksbehandler")
        .contains("kommune Melhus", "Opplysning, råd og veiledning (§ 17)").doesNotContain("OPPLYSNING_RAD_VEILEDNING");
    assertThat(browser.displayed(By.cssSelector(".sosialsak-eget-utkast"))).as("advarselen om eget utkast").isFalse();
    browser.answer("godkjent", true);
    browser.shot("kjell-godkjenner");
    complete();
    awaitTask("Task_Oppfolgingssamtale");
    Object vedtakUtfall = runtimeService.getVariable(awaitCase().getId(), "vedtakUtfall");
    assertThat(vedtakUtfall).isEqualTo("INNVILGET");

    browser.login("tasklist", "kari");
    filter("Min gruppes oppgaver");
    browser.visible(Browser.text("Hold oppfølgingssamtale"));
    browser.shot("sak-avgjort-oppfolging");
  }

  @Test
  @Order(4)
  void klagenGarTilSaraHosStatsforvalterenSomAvgjorDen() {
    String vedtakId = (String) runtimeService.getVariable(awaitCase().getId(), "vedtakId");
    browser.login("tasklist", "kari");
    browser.clickText("Start prosess");
    browser.clickText(KLAGE);
    browser.visible(By.cssSelector(".fjs-form"));
    browser.assertNothingCutOff();
    browser.assertAccessible("startskjema-klage", ".fjs-container");
    browser.date("klageMottattDato", LocalDate.now());
    browser.fill("vedtakId", vedtakId);
    browser.fill("kommunenummer", "5028");
    browser.fill("klagetekst", "Jeg er uenig i vurderingen og ønsker mer hjelp.");
    browser.answer("gjelderEnkeltvedtak", true);
    browser.answer("klagerHarKlagerett", true);
    browser.answer("skriftligOgUndertegnet", true);
    browser.answer("angirVedtakOgOnsketEndring", true);
    assertThat(browser.field("klagetekst").getAttribute("value")).isNotBlank();
    browser.shot("klage-registrert");
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));
    ProcessInstance klage = null;
    for (int i = 0; i < 100 && klage == null; i++) {
      klage = runtimeService.createProcessInstanceQuery().processDefinitionKey("klage")
          .variableValueEquals("paklagetVedtakId", vedtakId).singleResult();
      if (klage == null) {
        sleep();
      }
    }
    assertThat(klage).as("klagen er registrert").isNotNull();
    assertThat(runtimeService.getVariable(klage.getId(), "klageMottattDato")).isEqualTo(LocalDate.now().toString());

    openTask("Min gruppes oppgaver", "Undersøk klagen og avgjør den i kommunen");
    browser.fill("undersokelser", "Saken er gjennomgått på nytt.");
    browser.select("kommunensUtfall", "Vedtaket opprettholdes, saken sendes til Statsforvalteren");
    browser.fill("kommunensBegrunnelse", "Vilkårene er vurdert riktig.");
    browser.shot("klage-kommunen-opprettholder");
    complete();
    openTask("Min gruppes oppgaver", "Tilrettelegg saken og send den til Statsforvalteren");
    browser.fill("oversendelsesbrev", "Kommunen opprettholder vedtaket og sender klagen til Statsforvalteren.");
    browser.check("kopiSendtKlager");
    browser.fill("vedlegg", "Vedtaket\nKlagen\nSakens dokumenter");
    browser.shot("klage-oversendes");
    complete();

    browser.login("tasklist", "sara");
    openTask("Min gruppes oppgaver", "Avgjør klagen (Statsforvalteren)");
    browser.shot("sara-ser-klagen");
    browser.select("statsforvalterensUtfall", "Vedtaket stadfestes");
    browser.fill("statsforvalterensBegrunnelse", "Kommunens vedtak er riktig.");
    complete();
    browser.shot("sara-har-avgjort");
    // Tasklist shows the task as done when it sends the completion; the server then renders and stores the
    // letter before it commits, so wait for the case to end.
    long ferdig = 0;
    for (int i = 0; i < 40 && ferdig == 0; i++) {
      ferdig = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("klage")
          .variableValueEquals("paklagetVedtakId", vedtakId).finished().count();
      if (ferdig == 0) {
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    assertThat(ferdig).isOne();
    // The county governor sees nothing of the municipality's own work.
    assertThat(browser.driver.getPageSource()).doesNotContain("Hold oppfølgingssamtale");
  }

  @Test
  @Order(5)
  void kariSerIkkeMalviksOppgaver() {
    identityService.setAuthentication("mona", java.util.List.of("saksbehandler"), java.util.List.of("5031"));
    try {
      runtimeService.startProcessInstanceByKey("soknad", Map.of("tjeneste", "OPPLYSNING_RAD_VEILEDNING",
          "kommunenummer", "5031", "kanal", "DIGITAL", "soknadsdato", LocalDate.now().toString(), "nodsituasjon", false,
          "antallBarnIHusstanden", 0, "sokerReferanse", "E2E-MALVIK"));
    } finally {
      identityService.clearAuthentication();
    }
    browser.login("tasklist", "kari");
    filter("Min gruppes oppgaver");
    browser.visible(By.cssSelector(".tasks-list, ol.tasks-list, [cam-tasks]"));
    browser.shot("kari-ser-bare-melhus");
    assertThat(browser.driver.getPageSource()).doesNotContain("5031");

    browser.login("tasklist", "mona");
    filter("Min gruppes oppgaver");
    browser.visible(Browser.text("Kartlegg søknaden"));
    browser.shot("mona-ser-malvik");
  }

  @Test
  @Order(6)
  void revisorFinnerSakenICockpitMedBeslutningene() {
    browser.login("cockpit", "rita");
    browser.visible(Browser.text("Prosesser"));
    browser.visible(By.cssSelector(".stats-section.open-human-tasks")); // the auditor reads tasks
    assertThat(browser.displayed(By.cssSelector(".ce-eol-banner"))).as("Camunda 8-banneret").isFalse();
    browser.shot("rita-cockpit");
    String definitionId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(saksnummer)
        .processDefinitionKey("soknad")
        .singleResult().getProcessDefinitionId();
    browser.driver.get(browser.baseUrl + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    browser.click(By.cssSelector("input[placeholder='Legg til kriterier']"));
    browser.click(Browser.text("Forretningsnøkkel"));
    org.openqa.selenium.WebElement value = browser.visible(By.cssSelector(".search-field input, input.form-control.input-sm"));
    value.sendKeys(saksnummer, org.openqa.selenium.Keys.ENTER);
    browser.visible(By.xpath("//tr[td[normalize-space(.)=" + Browser.literal(saksnummer) + "]]//a"));
    assertThat(browser.all(By.xpath("//table//tbody/tr"))).hasSize(1);
    browser.shot("rita-finner-saken");
    browser.click(By.xpath("//tr[td[normalize-space(.)=" + Browser.literal(saksnummer) + "]]//a"));
    browser.clickText("Variabler");
    browser.visible(Browser.text("kommunenummer"));
    browser.visible(Browser.text("skjonnsutovelse"));
    browser.shot("rita-sakens-variabler");

    String decisionId = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("rettTilOpplysningRadOgVeiledning").processInstanceId(awaitCase().getId())
        .singleResult().getId();
    browser.driver.get(browser.baseUrl + "/camunda/app/cockpit/default/#/decision-instance/" + decisionId);
    browser.visible(Browser.containing("Kan opplysning, råd og veiledning bidra"));
    browser.visible(By.xpath("//table//td[normalize-space(.)='true']"));
    browser.shot("rita-beslutning-inndata");
    browser.clickText("Utdata");
    browser.visible(By.xpath("//table//td[normalize-space(.)='RETT']"));
    browser.shot("rita-beslutning-utdata");
  }

  @Test
  @Order(7)
  void prosesseierenFarEnNorskSideITasklist() {
    browser.login("cockpit", "per");
    browser.visible(Browser.text("Prosesser"));
    // The process owner reads no tasks: Cockpit offers him no "Brukeroppgaver" that would end on an error page.
    Browser.pause(1000);
    assertThat(browser.displayed(By.xpath("//a[@href='#/tasks']"))).as("Brukeroppgaver for per").isFalse();
    browser.shot("per-cockpit");
    browser.driver.get(browser.baseUrl + "/camunda/app/tasklist/default/");
    browser.visible(Browser.text("Du har ikke tilgang til denne siden"));
    assertThat(browser.driver.getPageSource()).doesNotContain("Whitelabel").contains("Gå til startsiden");
    browser.assertAccessible("ingen-tilgang");
    browser.shot("per-tasklist-ingen-tilgang");
  }

  private ProcessInstance awaitCase() {
    for (int i = 0; i < 100; i++) {
      ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("soknad")
          .variableValueEquals("sokerReferanse", sokerReferanse).singleResult();
      if (instance != null) {
        return instance;
      }
      sleep();
    }
    throw new AssertionError("saken ble ikke startet");
  }

  private void awaitTask(String key) {
    for (int i = 0; i < 100; i++) {
      if (taskService.createTaskQuery().processInstanceBusinessKey(saksnummer).taskDefinitionKey(key).count() > 0) {
        return;
      }
      sleep();
    }
    throw new AssertionError("oppgaven " + key + " kom ikke");
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
