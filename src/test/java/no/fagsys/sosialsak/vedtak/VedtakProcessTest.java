package no.fagsys.sosialsak.vedtak;

import no.fagsys.sosialsak.platform.CaseDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.brev.BrevRenderer;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Brevinnhold;
import no.fagsys.sosialsak.brev.Brevprodusent;
import no.fagsys.sosialsak.brev.InMemoryBrevArkiv;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.Job;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Elements;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Values;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The new-decision steps, {@code vedtak.bpmn}: every path, the four-eyes rule and the complaint deadline. */
@Deployment(resources = {"processes/vedtak.bpmn", "forms/vedtak-utform.form", "forms/vedtak-godkjenn.form",
    "forms/vedtak-eskaler.form",
    "bpmn/vedtak-testkaller.bpmn"})
class VedtakProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension(0.9);

  static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
  static final String KARI = "kari";
  static final String KJELL = "kjell";
  static final String ANNEN_LEDER = "kristin";

  ProcessEngine engine;
  InMemoryVedtakRegister register;

  @BeforeEach
  void beans() {
    register = VedtakTestSupport.registerBeans();
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  // --- helpers ---------------------------------------------------------------------------------------------

  static Map<String, Object> forslag(String saksnummer, String tjeneste, String utfall) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.SAKSNUMMER.name(), saksnummer);
    variables.put(Variables.KOMMUNENUMMER.name(), "5028");
    variables.put(Variables.TJENESTE.name(), tjeneste);
    variables.put(Variables.VEDTAK_FORSLAG_UTFALL.name(), utfall);
    variables.put(Variables.VEDTAK_FORSLAG_BEGRUNNELSE.name(), "Du har behov for langvarige og koordinerte tjenester.");
    variables.put(Variables.VEDTAK_FORSLAG_HJEMMEL.name(), "sosialtjenesteloven § 28");
    return variables;
  }

  ProcessInstance start(Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(VedtakProcess.KEY,
        (String) variables.get(Variables.SAKSNUMMER.name()), variables);
  }

  Task task(ProcessInstance instance, String element) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(element).singleResult();
  }

  /** Completes a task as an authenticated user of the group in Melhus (5028), as Tasklist and REST do. */
  void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    CaseDriver.completeAs(engine, user, group, "5028", task, variables);
  }

  void utform(ProcessInstance instance, String user, Map<String, Object> variables) {
    completeAs(user, "saksbehandler", task(instance, Elements.UTFORM_VEDTAK), variables);
  }

  static Map<String, Object> opplysninger() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.RELEVANTE_OPPLYSNINGER.name(), "Samtale på NAV-kontoret; kontakt med flere instanser.");
    return variables;
  }

  void godkjenn(ProcessInstance instance, String leader) {
    completeAs(leader, "leder", task(instance, Elements.GODKJENN_VEDTAK), Map.of(Variables.GODKJENT.name(), true));
  }

  long passeringer(ProcessInstance instance, String element) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(element).count();
  }

  // --- paths ---------------------------------------------------------------------------------------------------

  @Test
  void vedtakSomGodkjennesForsteGangFattesOgLagres() {
    ProcessInstance instance = start(forslag("SAK-1", "INDIVIDUELL_PLAN", Values.INNVILGET));
    assertThat(instance).isWaitingAt(Elements.UTFORM_VEDTAK);
    Task utkast = task(instance, Elements.UTFORM_VEDTAK);
    assertThat(utkast).hasCandidateGroup("saksbehandler");
    assertThat(utkast.getDueDate()).isNull(); // no emergency: the case's own deadlines apply
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("vedtakUtfall", "INNVILGET")
        .containsEntry("vedtakHjemmel", "sosialtjenesteloven § 28")
        .containsEntry("vedtakBegrunnelse", "Du har behov for langvarige og koordinerte tjenester.")
        .containsEntry("vedtakGjelder", "SOKNAD");

    utform(instance, KARI, opplysninger());
    assertThat(instance).isWaitingAt(Elements.GODKJENN_VEDTAK);
    assertThat(task(instance, Elements.GODKJENN_VEDTAK)).hasCandidateGroup("leder");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "utformetAv")).isEqualTo(KARI);

    godkjenn(instance, KJELL);
    assertThat(instance).isEnded().hasPassedInOrder(Elements.START, Elements.UTFORM_VEDTAK, Elements.GODKJENN_VEDTAK,
        Elements.GATEWAY_GODKJENT, Elements.FATT_VEDTAK, Elements.LAG_VEDTAKSBREV, Elements.SLUTT);
    assertThat(passeringer(instance, Elements.GATEWAY_TIL_UTFORMING)).isOne();

    assertThat(register.alle()).hasSize(1);
    Vedtak vedtak = register.finnForSak("SAK-1").get(0);
    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");
    assertThat(vedtak.tjeneste()).isEqualTo("INDIVIDUELL_PLAN");
    assertThat(vedtak.kommunenummer()).isEqualTo("5028");
    assertThat(vedtak.vedtakGjelder()).isEqualTo("SOKNAD");
    assertThat(vedtak.hjemmel()).isEqualTo("sosialtjenesteloven § 28");
    assertThat(vedtak.relevanteOpplysninger()).startsWith("Samtale");
    assertThat(vedtak.utformetAv()).isEqualTo(KARI);
    assertThat(vedtak.godkjentAv()).isEqualTo(KJELL);
    assertThat(vedtak.prosessinstansId()).isEqualTo(instance.getId());
    assertThat(vedtak.stonadsform()).isNull();
    assertThat(vedtak.klagefrist()).isEqualTo(no.fagsys.sosialsak.frist.Frister.klagefrist(vedtak.vedtaksdato()));
    assertThat(instance).variables().containsEntry("vedtakId", vedtak.id()).containsEntry("vedtakUtfall", "INNVILGET")
        .containsEntry("klagefrist", vedtak.klagefrist().toString());

    // The decision letter: made in its own transaction after the approval, stored with the case, announced with the
    // outcome.
    Brev brev = BrevTestSupport.eneste(BrevType.VEDTAK);
    assertThat(brev.saksnummer()).isEqualTo("SAK-1");
    assertThat(brev.vedtakId()).isEqualTo(vedtak.id());
    assertThat(brev.filnavn()).isEqualTo("vedtak-SAK-1.pdf");
    assertThat(BrevTestSupport.arkiv().hendelser()).singleElement()
        .satisfies(h -> assertThat(h.utfall()).isEqualTo("INNVILGET"));
    assertThat(instance).variables().containsEntry("vedtaksbrevId", brev.id());
    assertThat(BrevTestSupport.tekst(brev)).containsSubsequence("SAK-1", "Svar på søknad om individuell plan",
        "Saken gjelder", "Vedtak", "Søknaden din om individuell plan innvilges etter sosialtjenesteloven § 28.",
        "Relevante opplysninger/faktisk situasjon", "Samtale på NAV-kontoret", "Begrunnelse",
        "behov for langvarige og koordinerte tjenester", "Lovhjemmel", "sosialtjenesteloven § 28",
        "Den som har behov for langvarige og koordinerte tjenester, har rett til å få utarbeidet individuell plan",
        "Generell informasjon", "Klageadgang", no.fagsys.sosialsak.brev.Brevinnhold.DATO.format(vedtak.klagefrist()),
        KJELL, KARI);
  }

  // --- the decision letter after the approval: retried, exactly once -------------------------------------------

  /** A renderer that fails while {@code feil} is above zero (counting down), then renders. */
  static BrevRenderer feilende(AtomicInteger feil) {
    return new BrevRenderer() {
      @Override
      public byte[] pdf(Brevinnhold innhold) {
        if (feil.getAndDecrement() > 0) {
          throw new IllegalStateException("Skriftene kunne ikke leses");
        }
        return super.pdf(innhold);
      }
    };
  }

  /** The letter step with this renderer and publisher, on the test's letter store. */
  void lagVedtaksbrevMed(BrevRenderer renderer, java.util.function.Consumer<Object> publiser) {
    InMemoryBrevArkiv arkiv = BrevTestSupport.arkiv();
    Mocks.register(Elements.BEAN_LAG_VEDTAKSBREV, new LagVedtaksbrevDelegate(register,
        new Brevprodusent(renderer, arkiv, publiser::accept, BrevTestSupport.ADRESSEBOK)));
  }

  ProcessInstance godkjentUtenBrev(String saksnummer) {
    ProcessInstance instance = start(forslag(saksnummer, "INDIVIDUELL_PLAN", Values.INNVILGET));
    utform(instance, KARI, opplysninger());
    // As Tasklist does: the approval alone, without the job executor's step after it.
    engine.getIdentityService().setAuthentication(KJELL, List.of("leder"), List.of("5028"));
    try {
      engine.getTaskService().complete(task(instance, Elements.GODKJENN_VEDTAK).getId(), Map.of("godkjent", true));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    return instance;
  }

  Job brevjobb(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.LAG_VEDTAKSBREV).singleResult();
  }

  @Test
  void godkjenningenLagresUtenBrevetSomLagesEtterpaIEgenJobb() {
    ProcessInstance instance = godkjentUtenBrev("SAK-ASYNK");
    // The approval committed: the decision is stored, its letter not yet; the case waits at the letter's job.
    assertThat(register.finnForSak("SAK-ASYNK")).hasSize(1);
    assertThat(instance).isWaitingAt(Elements.LAG_VEDTAKSBREV).isNotEnded();
    assertThat(BrevTestSupport.arkiv().alle()).isEmpty();
    assertThat(BrevTestSupport.arkiv().hendelser()).isEmpty();
    assertThat(instance).variables().containsKey("vedtakId").doesNotContainKey("vedtaksbrevId");
    Job jobb = brevjobb(instance);
    assertThat(jobb).isNotNull();

    engine.getManagementService().executeJob(jobb.getId());
    Brev brev = BrevTestSupport.eneste(BrevType.VEDTAK);
    assertThat(brev.vedtakId()).isEqualTo(register.finnForSak("SAK-ASYNK").get(0).id());
    assertThat(instance).isEnded().hasPassedInOrder(Elements.FATT_VEDTAK, Elements.LAG_VEDTAKSBREV, Elements.SLUTT);
  }

  @Test
  void enFeiletBrevproduksjonProvesPaNyttOgGirEttBrev() {
    AtomicInteger feil = new AtomicInteger(2);
    lagVedtaksbrevMed(feilende(feil), BrevTestSupport.arkiv()::publiser);
    ProcessInstance instance = godkjentUtenBrev("SAK-FEIL");
    String jobbId = brevjobb(instance).getId();

    for (int forsok = 1; forsok <= 2; forsok++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(jobbId))
          .hasMessageContaining("Skriftene kunne ikke leses");
      Job jobb = brevjobb(instance);
      // R5/PT1M in the model: five tries in all, a minute apart.
      assertThat(jobb.getRetries()).isEqualTo(5 - forsok);
      assertThat(jobb.getExceptionMessage()).contains("Skriftene kunne ikke leses");
      assertThat(jobb.getDuedate()).isAfter(ClockUtil.getCurrentTime());
      assertThat(BrevTestSupport.arkiv().alle()).isEmpty();
      assertThat(BrevTestSupport.arkiv().hendelser()).isEmpty();
      assertThat(instance).isWaitingAt(Elements.LAG_VEDTAKSBREV);
    }
    engine.getManagementService().executeJob(jobbId);
    assertThat(BrevTestSupport.eneste(BrevType.VEDTAK)).isNotNull();
    assertThat(BrevTestSupport.arkiv().hendelser()).hasSize(1);
    assertThat(register.finnForSak("SAK-FEIL")).hasSize(1);
    assertThat(instance).isEnded();
  }

  @Test
  void brevSomLagresOgSaFeilerRullesTilbakeOgNesteForsokGirEttBrev() {
    // The letter is rendered and stored, then announcing it fails: the store is rolled back with the job's
    // transaction, and the retry makes the one letter.
    AtomicInteger feil = new AtomicInteger(1);
    InMemoryBrevArkiv arkiv = BrevTestSupport.arkiv();
    lagVedtaksbrevMed(BrevTestSupport.renderer(), hendelse -> {
      arkiv.publiser(hendelse);
      if (feil.getAndDecrement() > 0) {
        throw new IllegalStateException("Utsendingen svarte ikke");
      }
    });
    ProcessInstance instance = godkjentUtenBrev("SAK-RULL");
    String jobbId = brevjobb(instance).getId();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobbId))
        .hasMessageContaining("Utsendingen svarte ikke");
    assertThat(arkiv.alle()).isEmpty();
    assertThat(arkiv.hendelser()).isEmpty();
    engine.getManagementService().executeJob(jobbId);
    assertThat(arkiv.alle()).singleElement().satisfies(b -> assertThat(b.type()).isEqualTo(BrevType.VEDTAK));
    assertThat(arkiv.hendelser()).hasSize(1);
    assertThat(instance).isEnded();
  }

  @Test
  void brevSomFeilerHverGangBlirEnHendelseICockpitOgLagesNarFeilenErRettet() {
    AtomicInteger feil = new AtomicInteger(Integer.MAX_VALUE);
    lagVedtaksbrevMed(feilende(feil), BrevTestSupport.arkiv()::publiser);
    ProcessInstance instance = godkjentUtenBrev("SAK-HENDELSE");
    String jobbId = brevjobb(instance).getId();
    for (int forsok = 1; forsok <= 5; forsok++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(jobbId))
          .hasMessageContaining("Skriftene kunne ikke leses");
    }
    assertThat(brevjobb(instance).getRetries()).isZero();
    // The incident Cockpit shows: a failed job at the letter's step, with the error.
    org.camunda.bpm.engine.runtime.Incident hendelse = engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(instance.getId()).singleResult();
    assertThat(hendelse.getIncidentType()).isEqualTo("failedJob");
    assertThat(hendelse.getActivityId()).isEqualTo(Elements.LAG_VEDTAKSBREV);
    assertThat(hendelse.getIncidentMessage()).contains("Skriftene kunne ikke leses");
    assertThat(BrevTestSupport.arkiv().alle()).isEmpty();

    // Fixed, and retried from Cockpit (retries set again): one letter, the incident resolved.
    feil.set(0);
    engine.getManagementService().setJobRetries(jobbId, 1);
    engine.getManagementService().executeJob(jobbId);
    assertThat(BrevTestSupport.eneste(BrevType.VEDTAK)).isNotNull();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(instance).isEnded();
  }

  @Test
  void etVedtakSomAlleredeHarBrevFarIkkeEtAndre() {
    // A second run of the letter step for the same decision (a job run twice) finds the letter and makes none.
    ProcessInstance instance = godkjentUtenBrev("SAK-TO");
    Vedtak vedtak = register.finnForSak("SAK-TO").get(0);
    Brev forste = BrevTestSupport.produsent().produser(
        Vedtaksbrev.innhold(vedtak, null, BrevTestSupport.produsent().navn(engine)), "SAK-TO", instance.getId(),
        vedtak.id(), vedtak.utfall());
    engine.getManagementService().executeJob(brevjobb(instance).getId());
    assertThat(BrevTestSupport.arkiv().alle()).singleElement().isEqualTo(forste);
    assertThat(instance).isEnded().variables().containsEntry("vedtaksbrevId", forste.id());
    // And the store itself refuses a second decision letter for the decision.
    assertThatThrownBy(() -> BrevTestSupport.produsent().produser(
        Vedtaksbrev.innhold(vedtak, null, BrevTestSupport.produsent().navn(engine)), "SAK-TO", instance.getId(),
        vedtak.id(), vedtak.utfall())).hasMessageContaining("allerede et vedtaksbrev");
  }

  @Test
  void etStegSomFeilerEtterAtBrevetErLagetEtterlaterIngenBrevOgIngenHendelse() {
    // lagVedtaksbrev renders and stores the letter, then the next step fails: the command is rolled back with the letter.
    BpmnModelInstance model = Bpmn.createExecutableProcess("vedtaksbrevRullesTilbake").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(Elements.UTFORM_VEDTAK).camundaTaskListenerDelegateExpression("complete", "${utformVedtakListener}")
        .userTask(Elements.GODKJENN_VEDTAK)
        .camundaTaskListenerDelegateExpression("complete", "${godkjennVedtakListener}")
        .serviceTask("Task_FattVedtak").camundaDelegateExpression("${fattVedtak}")
        .serviceTask(Elements.LAG_VEDTAKSBREV).camundaDelegateExpression("${lagVedtaksbrev}")
        .serviceTask("Task_Feiler").camundaExpression("${finnesIkke.feil()}").endEvent().done();
    extension.manageDeployment(engine.getRepositoryService().createDeployment()
        .addModelInstance("vedtaksbrevRullesTilbake.bpmn", model).deploy());
    Map<String, Object> variables = new HashMap<>();
    variables.put("tjeneste", "INDIVIDUELL_PLAN");
    variables.put("vedtakUtfall", "INNVILGET");
    variables.put("vedtakBegrunnelse", "Behov for langvarige og koordinerte tjenester.");
    variables.put("vedtakHjemmel", "sosialtjenesteloven § 28");
    variables.put("relevanteOpplysninger", "Opplysninger.");
    variables.put("kommunenummer", "5028"); // the case's tenant (the test engine's tenant provider)
    ProcessInstance instance =
        engine.getRuntimeService().startProcessInstanceByKey("vedtaksbrevRullesTilbake", "SAK-RB", variables);
    utform(instance, KARI, Map.of());
    assertThatThrownBy(() -> completeAs(KJELL, "leder", task(instance, Elements.GODKJENN_VEDTAK),
        Map.of("godkjent", true))).hasMessageContaining("finnesIkke");
    assertThat(BrevTestSupport.arkiv().alle()).isEmpty();
    assertThat(BrevTestSupport.arkiv().hendelser()).isEmpty();
  }

  @Test
  void vedtakSomSendesTilbakeMedKommentarUtformesPaNyttOgGodkjennes() {
    ProcessInstance instance = start(forslag("SAK-2", "OPPLYSNING_RAD_VEILEDNING", Values.AVSLATT));
    utform(instance, KARI, opplysninger());

    completeAs(KJELL, "leder", task(instance, Elements.GODKJENN_VEDTAK),
        Map.of("godkjent", false, "godkjenningKommentar", "Begrunnelsen må vise til søkerens situasjon."));
    assertThat(instance).isWaitingAt(Elements.UTFORM_VEDTAK).hasNotPassed(Elements.FATT_VEDTAK);
    assertThat(passeringer(instance, Elements.GATEWAY_TIL_UTFORMING)).isEqualTo(2); // came back on Flow_SendtTilbake
    assertThat(instance).variables().containsEntry("godkjenningKommentar", "Begrunnelsen må vise til søkerens situasjon.")
        .containsEntry("godkjent", false).containsEntry("sendtTilbakeAv", KJELL);
    assertThat(register.alle()).isEmpty();

    Map<String, Object> rettet = opplysninger();
    rettet.put("vedtakUtfall", Values.DELVIS_INNVILGET);
    rettet.put("vedtakBegrunnelse", "Du får råd og veiledning om økonomi, men ikke om bolig.");
    utform(instance, KARI, rettet);
    assertThat(instance).isWaitingAt(Elements.GODKJENN_VEDTAK);
    // The new round starts without the previous answer or comment.
    assertThat(instance).variables().doesNotContainKey("godkjent").doesNotContainKey("godkjenningKommentar");

    godkjenn(instance, KJELL);
    assertThat(instance).isEnded();
    Vedtak vedtak = register.finnForSak("SAK-2").get(0);
    assertThat(vedtak.utfall()).isEqualTo(Values.DELVIS_INNVILGET);
    assertThat(vedtak.begrunnelse()).startsWith("Du får råd og veiledning");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.UTFORM_VEDTAK).count()).isEqualTo(2);
  }

  @Test
  void oppgaveneViserNavnIStedetForKoder() {
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    org.camunda.bpm.engine.identity.User kristin = identity.newUser(ANNEN_LEDER);
    kristin.setFirstName("Kristin");
    kristin.setLastName("Leder");
    identity.saveUser(kristin);
    boolean nyKommune = identity.createTenantQuery().tenantId("5028").count() == 0;
    if (nyKommune) {
      identity.saveTenant(identity.newTenant("5028"));
    }
    org.camunda.bpm.engine.identity.Tenant melhus = identity.createTenantQuery().tenantId("5028").singleResult();
    String tidligereNavn = melhus.getName();
    melhus.setName("Melhus");
    identity.saveTenant(melhus);
    try {
      ProcessInstance instance = start(forslag("SAK-NAVN", "INDIVIDUELL_PLAN", Values.INNVILGET));
      assertThat(instance).variables().containsEntry("tjenesteNavn", "Individuell plan (§ 28)")
          .containsEntry("kommuneNavn", "Melhus");
      utform(instance, KARI, opplysninger());
      // kari has no name in this engine's identity service: her user id is shown, never nothing
      assertThat(instance).variables().containsEntry("utformetAvNavn", KARI);
      completeAs(ANNEN_LEDER, "leder", task(instance, Elements.GODKJENN_VEDTAK),
          Map.of("godkjent", false, "godkjenningKommentar", "Vis til søkerens situasjon."));
      assertThat(instance).variables().containsEntry("sendtTilbakeAvNavn", "Kristin Leder");
      utform(instance, KARI, opplysninger());
      godkjenn(instance, KJELL);
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName("sendtTilbakeAvNavn").count()).as("the name goes with the send-back it belongs to").isZero();
    } finally {
      identity.deleteUser(ANNEN_LEDER);
      if (nyKommune) {
        identity.deleteTenant("5028");
      } else {
        melhus.setName(tidligereNavn);
        identity.saveTenant(melhus);
      }
    }
  }

  @Test
  void denSomUtformetVedtaketKanIkkeGodkjenneDet() {
    ProcessInstance instance = start(forslag("SAK-3", "INDIVIDUELL_PLAN", Values.INNVILGET));
    utform(instance, KARI, opplysninger());
    Task godkjenning = task(instance, Elements.GODKJENN_VEDTAK);

    assertThatThrownBy(() -> completeAs(KARI, "leder", godkjenning, Map.of("godkjent", true)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(GodkjennVedtakListener.EGEN_GODKJENNING);
    // Not even sending it back: the drafter does not judge their own draft.
    assertThatThrownBy(() -> completeAs(KARI, "leder", godkjenning,
        Map.of("godkjent", false, "godkjenningKommentar", "Ny vurdering")))
        .hasMessageContaining(GodkjennVedtakListener.EGEN_GODKJENNING);
    // Without authentication the assignee is the approver: assigned to the drafter is refused too.
    engine.getTaskService().setAssignee(godkjenning.getId(), KARI);
    assertThatThrownBy(() -> engine.getTaskService().complete(godkjenning.getId(), Map.of("godkjent", true)))
        .hasMessageContaining(GodkjennVedtakListener.EGEN_GODKJENNING);

    assertThat(task(instance, Elements.GODKJENN_VEDTAK)).isNotNull();
    assertThat(register.alle()).isEmpty();
    assertThat(instance).variables().doesNotContainKey("godkjent").doesNotContainKey("godkjentAv");

    engine.getTaskService().setAssignee(godkjenning.getId(), ANNEN_LEDER);
    engine.getTaskService().complete(godkjenning.getId(), Map.of("godkjent", true));
    assertThat(VedtakTestSupport.lagVedtaksbrev(engine)).isOne();
    assertThat(instance).isEnded();
    assertThat(register.finnForSak("SAK-3")).singleElement().satisfies(v -> {
      assertThat(v.utformetAv()).isEqualTo(KARI);
      assertThat(v.godkjentAv()).isEqualTo(ANNEN_LEDER);
    });
  }

  @Test
  void utkastUtenKjentSaksbehandlerAvvises() {
    ProcessInstance instance = start(forslag("SAK-4", "INDIVIDUELL_PLAN", Values.INNVILGET));
    Task utkast = task(instance, Elements.UTFORM_VEDTAK);
    assertThatThrownBy(() -> engine.getTaskService().complete(utkast.getId(), opplysninger()))
        .hasMessageContaining("hvem som har utformet");
    // A system completion works when the task is assigned: the assignee is the drafter.
    engine.getTaskService().setAssignee(utkast.getId(), KARI);
    engine.getTaskService().complete(utkast.getId(), opplysninger());
    assertThat(instance).isWaitingAt(Elements.GODKJENN_VEDTAK).variables().containsEntry("utformetAv", KARI);
    Task godkjenning = task(instance, Elements.GODKJENN_VEDTAK);
    assertThatThrownBy(() -> engine.getTaskService().complete(godkjenning.getId(), Map.of("godkjent", true)))
        .hasMessageContaining("hvem som godkjenner");
  }

  @Test
  void ufullstendigUtkastOgTilbakesendingUtenKommentarAvvises() {
    Map<String, Object> inn = forslag("SAK-5", "INDIVIDUELL_PLAN", null);
    inn.remove(Variables.VEDTAK_FORSLAG_HJEMMEL.name());
    ProcessInstance instance = start(inn);
    assertThatThrownBy(() -> utform(instance, KARI, Map.of()))
        .hasMessageContaining("vedtakUtfall").hasMessageContaining("vedtakHjemmel")
        .hasMessageContaining("relevanteOpplysninger");
    assertThatThrownBy(() -> utform(instance, KARI, Map.of("vedtakUtfall", "JA")))
        .hasMessageContaining("ikke 'JA'");
    Map<String, Object> utfylt = opplysninger();
    utfylt.put("vedtakUtfall", Values.AVVIST);
    utfylt.put("vedtakHjemmel", "forvaltningsloven § 33");
    utform(instance, KARI, utfylt);

    Task godkjenning = task(instance, Elements.GODKJENN_VEDTAK);
    assertThatThrownBy(() -> completeAs(KJELL, "leder", godkjenning, Map.of("godkjent", false)))
        .hasMessageContaining("godkjenningKommentar");
    assertThatThrownBy(() -> completeAs(KJELL, "leder", godkjenning, Map.of()))
        .hasMessageContaining("godkjent");
    godkjenn(instance, KJELL);
    assertThat(register.finnForSak("SAK-5")).singleElement().extracting(Vedtak::utfall).isEqualTo(Values.AVVIST);
  }

  @Test
  void okonomiskStonadSomLanKreverLanevilkarOgVilkarKreverSvarOmReduksjon() {
    Map<String, Object> inn = forslag("SAK-6", Values.OKONOMISK_STONAD, Values.INNVILGET);
    inn.put(Variables.VEDTAK_FORSLAG_HJEMMEL.name(), "sosialtjenesteloven § 18");
    inn.put(Variables.ANTALL_BARN_I_HUSSTANDEN.name(), 2);
    ProcessInstance instance = start(inn);

    Map<String, Object> utkast = opplysninger();
    assertThatThrownBy(() -> utform(instance, KARI, utkast)).hasMessageContaining("stonadsform");
    utkast.put("stonadsform", Values.LAN);
    assertThatThrownBy(() -> utform(instance, KARI, utkast)).hasMessageContaining("lanevilkar");
    utkast.put("lanevilkar", "Lånet på 8 000 kroner betales tilbake med 500 kroner i måneden fra 1. juni, rentefritt.");
    utkast.put("vilkar", "Du skal møte til avtalt samtale med veileder hver fjortende dag.");
    assertThatThrownBy(() -> utform(instance, KARI, utkast)).hasMessageContaining("informertOmReduksjon");
    utkast.put("informertOmReduksjon", true);
    utkast.put("vurderingBarnetsBeste", "Lånet sikrer at barna kan bli boende i nærmiljøet.");
    utform(instance, KARI, utkast);
    godkjenn(instance, KJELL);

    Vedtak vedtak = register.finnForSak("SAK-6").get(0);
    assertThat(vedtak.stonadsform()).isEqualTo(Values.LAN);
    assertThat(vedtak.lanevilkar()).contains("8 000 kroner");
    assertThat(vedtak.vilkar()).contains("samtale");
    assertThat(vedtak.informertOmReduksjon()).isTrue();
    assertThat(vedtak.vurderingBarnetsBeste()).contains("barna");
    assertThat(vedtak.hjemmel()).isEqualTo("sosialtjenesteloven § 18");
  }

  @Test
  void felterSomIkkeGjelderUtfalletLagresIkke() {
    ProcessInstance instance = start(forslag("SAK-7", Values.OKONOMISK_STONAD, Values.AVSLATT));
    Map<String, Object> utkast = opplysninger();
    // Filled in while the outcome was "granted", then the outcome changed to a refusal: not part of the decision.
    utkast.put("stonadsform", Values.LAN);
    utkast.put("lanevilkar", "Nedbetaling over ett år");
    utkast.put("vilkar", "Aktivitet");
    utform(instance, KARI, utkast);
    godkjenn(instance, KJELL);
    Vedtak vedtak = register.finnForSak("SAK-7").get(0);
    assertThat(vedtak.utfall()).isEqualTo(Values.AVSLATT);
    assertThat(vedtak.stonadsform()).isNull();
    assertThat(vedtak.lanevilkar()).isNull();
    assertThat(vedtak.vilkar()).isNull();
    assertThat(vedtak.informertOmReduksjon()).isNull();
  }

  @Test
  void kallendeProsessFarVedtaketTilbakeOgUnderprosessenHarSakensKommune() {
    Map<String, Object> inn = forslag("SAK-8", "MIDLERTIDIG_BOTILBUD", Values.INNVILGET);
    inn.put(Variables.KOMMUNENUMMER.name(), "5031");
    inn.put(Variables.BEGRENSNING.name(), "Tidsbegrenset til du kan få hjelp fra hjemlandet.");
    inn.put("vedtakId", "gammelt-vedtak-i-saken");
    ProcessInstance kaller = engine.getRuntimeService().startProcessInstanceByKey("vedtakTestkaller", "SAK-8", inn);
    assertThat(kaller.getTenantId()).isEqualTo("5031");
    assertThat(kaller).isWaitingAt("Activity_NyttVedtak");
    ProcessInstance vedtak = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(kaller.getId()).singleResult();
    assertThat(vedtak.getTenantId()).isEqualTo("5031");
    assertThat(vedtak.getBusinessKey()).isEqualTo("SAK-8");
    assertThat(task(vedtak, Elements.UTFORM_VEDTAK).getTenantId()).isEqualTo("5031");
    assertThat(vedtak).variables().doesNotContainKey("vedtakId");

    Task utkast = task(vedtak, Elements.UTFORM_VEDTAK);
    engine.getIdentityService().setAuthentication("mona", List.of("saksbehandler"), List.of("5031"));
    engine.getTaskService().complete(utkast.getId(), opplysninger());
    engine.getIdentityService().setAuthentication("marius", List.of("leder"), List.of("5031"));
    engine.getTaskService().complete(task(vedtak, Elements.GODKJENN_VEDTAK).getId(), Map.of("godkjent", true));
    engine.getIdentityService().clearAuthentication();
    assertThat(VedtakTestSupport.lagVedtaksbrev(engine)).isOne();

    assertThat(vedtak).isEnded();
    assertThat(kaller).isWaitingAt("Task_FolgOpp");
    Vedtak lagret = register.finnForSak("SAK-8").get(0);
    assertThat(lagret.kommunenummer()).isEqualTo("5031");
    assertThat(lagret.begrensning()).startsWith("Tidsbegrenset");
    Map<String, Object> ut = engine.getRuntimeService().getVariables(kaller.getId());
    assertThat(ut).containsEntry("vedtakId", lagret.id()).containsEntry("vedtakUtfall", "INNVILGET")
        .containsEntry("klagefrist", lagret.klagefrist().toString());
    assertThat(ut.get("vedtakId")).isInstanceOf(String.class);
    assertThat(ut.get("klagefrist")).isInstanceOf(String.class);
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(kaller.getId())
        .singleResult().getId());
    assertThat(kaller).isEnded();
  }

  @Test
  void klagefristenRegnesFraVedtaksdatoenOgFlyttesForbiPasken() {
    // Friday 13 March 2026 + 3 weeks = Good Friday 3 April; Saturday, Easter Sunday and Easter Monday follow,
    // so the last day is Tuesday 7 April 2026.
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 13, 10, 0, 0, 0, NORGE).toInstant()));
    ProcessInstance instance = start(forslag("SAK-9", "KVALIFISERINGSPROGRAM", Values.AVSLATT));
    utform(instance, KARI, opplysninger());
    // Approval due by the end of the second working day: Friday 13 → Tuesday 17 March.
    assertThat(task(instance, Elements.GODKJENN_VEDTAK).getDueDate().toInstant().atZone(NORGE).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 17));
    godkjenn(instance, KJELL);

    Vedtak vedtak = register.finnForSak("SAK-9").get(0);
    assertThat(vedtak.vedtaksdato()).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(vedtak.klagefrist()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(instance).variables().containsEntry("klagefrist", "2026-04-07").containsEntry("vedtaksdato", "2026-03-13");
  }

  @Test
  void godkjenningINodsituasjonHarFristSammeDag() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, NORGE).toInstant()));
    Map<String, Object> inn = forslag("SAK-10", "MIDLERTIDIG_BOTILBUD", Values.INNVILGET);
    inn.put(Variables.NODSITUASJON.name(), true);
    ProcessInstance instance = start(inn);
    assertThat(task(instance, Elements.UTFORM_VEDTAK).getDueDate().toInstant().atZone(NORGE).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 13));
    utform(instance, KARI, opplysninger());
    assertThat(task(instance, Elements.GODKJENN_VEDTAK).getDueDate().toInstant().atZone(NORGE).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 13));
  }

  @Test
  void vedtakMedFristSammeDagEskaleresTilLederNarDagenErOmmeOgFattesLikevel() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, NORGE).toInstant()));
    Map<String, Object> inn = forslag("SAK-15", "MIDLERTIDIG_BOTILBUD", Values.INNVILGET);
    inn.put(Variables.VEDTAK_FRIST_SAMME_DAG.name(), "2026-03-13T23:59:59");
    ProcessInstance instance = start(inn);
    Date frist = Date.from(java.time.LocalDateTime.of(2026, 3, 13, 23, 59, 59).atZone(ZoneId.systemDefault()).toInstant());
    assertThat(task(instance, Elements.UTFORM_VEDTAK).getDueDate()).isEqualTo(frist);
    org.camunda.bpm.engine.runtime.Job timer = engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(Elements.VEDTAK_IKKE_FATTET_I_DAG).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(frist);
    utform(instance, KARI, opplysninger());
    assertThat(task(instance, Elements.GODKJENN_VEDTAK).getDueDate()).isEqualTo(frist);

    engine.getManagementService().executeJob(timer.getId());
    Task eskalering = task(instance, Elements.ESKALER_VEDTAK);
    assertThat(eskalering).hasCandidateGroup("leder");
    completeAs(KJELL, "leder", eskalering, Map.of("vedtakEskaleringOppfolging", "Godkjennes i morgen tidlig."));
    assertThat(instance).isWaitingAt(Elements.GODKJENN_VEDTAK);
    godkjenn(instance, KJELL);
    assertThat(instance).isEnded().hasPassed(Elements.VEDTAK_ESKALERT, Elements.SLUTT);
    assertThat(register.finnForSak("SAK-15")).hasSize(1);
  }

  @Test
  void vedtakFattetForFristenAvslutterVentingenPaEskalering() {
    Map<String, Object> inn = forslag("SAK-16", "MIDLERTIDIG_BOTILBUD", Values.INNVILGET);
    inn.put(Variables.VEDTAK_FRIST_SAMME_DAG.name(), "2099-03-13T23:59:59");
    ProcessInstance instance = start(inn);
    utform(instance, KARI, opplysninger());
    godkjenn(instance, KJELL);
    assertThat(instance).isEnded().hasNotPassed(Elements.ESKALER_VEDTAK);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void fristSammeDagSomIkkeErEtTidspunktStopperKallet() {
    Map<String, Object> inn = forslag("SAK-17", "MIDLERTIDIG_BOTILBUD", Values.INNVILGET);
    inn.put(Variables.VEDTAK_FRIST_SAMME_DAG.name(), "i dag");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(inn))
        .hasMessageContaining("vedtakFristSammeDag");
  }

  @Test
  void nyttVedtakSomErstatterEtTidligereRegistreresMedHvaDetErstatter() {
    ProcessInstance forste = start(forslag("SAK-11", Values.OKONOMISK_STONAD, Values.AVSLATT));
    utform(forste, KARI, opplysninger());
    godkjenn(forste, KJELL);
    String forsteId = register.finnForSak("SAK-11").get(0).id();

    Map<String, Object> klage = forslag("SAK-11", Values.OKONOMISK_STONAD, Values.INNVILGET);
    klage.put(Variables.VEDTAK_GJELDER.name(), Values.KLAGE);
    klage.put(Variables.ERSTATTER_VEDTAK_ID.name(), forsteId);
    ProcessInstance nytt = start(klage);
    Map<String, Object> utkast = opplysninger();
    utkast.put("stonadsform", Values.BIDRAG);
    utform(nytt, KARI, utkast);
    godkjenn(nytt, KJELL);

    assertThat(register.finnForSak("SAK-11")).hasSize(2);
    Vedtak andre = register.finn((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(nytt.getId()).variableName("vedtakId").singleResult().getValue()).orElseThrow();
    assertThat(andre.erstatterVedtakId()).isEqualTo(forsteId);
    assertThat(andre.vedtakGjelder()).isEqualTo(Values.KLAGE);
    assertThat(andre.stonadsform()).isEqualTo(Values.BIDRAG);
  }

  @Test
  void etUkjentVedtakKanIkkeErstattesOgGodkjenningenRullesTilbake() {
    Map<String, Object> inn = forslag("SAK-12", "INDIVIDUELL_PLAN", Values.INNVILGET);
    inn.put(Variables.ERSTATTER_VEDTAK_ID.name(), "finnes-ikke");
    ProcessInstance instance = start(inn);
    utform(instance, KARI, opplysninger());
    assertThatThrownBy(() -> godkjenn(instance, KJELL)).hasMessageContaining("erstatterVedtakId finnes-ikke");
    assertThat(instance).isWaitingAt(Elements.GODKJENN_VEDTAK);
    assertThat(register.alle()).isEmpty();
  }

  @Test
  void ugyldigeInndataFraKallendeProsessStopperKallet() {
    Map<String, Object> inn = forslag("SAK-13", "BARNEHAGE", "JA");
    assertThatThrownBy(() -> start(inn)).hasMessageContaining("tjeneste").hasMessageContaining("'BARNEHAGE'")
        .hasMessageContaining("vedtakForslagUtfall");
    Map<String, Object> feilGjelder = forslag("SAK-13", "INDIVIDUELL_PLAN", Values.INNVILGET);
    feilGjelder.put(Variables.VEDTAK_GJELDER.name(), "ANNET");
    assertThatThrownBy(() -> start(feilGjelder)).hasMessageContaining("vedtakGjelder");
    Map<String, Object> utenSak = forslag("SAK-13", "INDIVIDUELL_PLAN", Values.INNVILGET);
    utenSak.remove(Variables.SAKSNUMMER.name());
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(VedtakProcess.KEY, utenSak))
        .hasMessageContaining("saksnummer");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }
}
