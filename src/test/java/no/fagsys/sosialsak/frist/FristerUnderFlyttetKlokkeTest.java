package no.fagsys.sosialsak.frist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.drift.IsolatedDatabase;
import no.fagsys.sosialsak.drift.Node;
import no.fagsys.sosialsak.drift.NodeCases;
import no.fagsys.sosialsak.platform.CaseDriver;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every deadline of the law that a timer keeps, with the engine clock moved ({@link ClockUtil}): one second before
 * the deadline the job executor does not take the timer (the engine's own acquisition command finds nothing due), one
 * second after it does and the case is where the law says. And the same across a restart of the application, with
 * the job executor running: the same-day escalation and the interim reply of an application registered before the
 * stop fire after the start, each at its time.
 *
 * <p>The application is registered Monday 2 March 2026 at 09:00; times are in the JVM's zone, as the engine's.
 */
class FristerUnderFlyttetKlokkeTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension();

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);
  static final String SAKSNUMMER = "2026-5028-000042";

  ProcessEngine engine;
  InMemoryVedtakRegister register;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(CaseDriver.date(I_DAG, 9));
    register = VilkarsbruddTestSupport.registerBeans(SoknadTestSupport.registerBeans());
    extension.manageDeployment(SoknadTestSupport.deployment(engine).deploy());
  }

  @AfterEach
  void tearDown() {
    CaseDriver.reset(engine);
  }

  // --- the deadlines ----------------------------------------------------------------------------------------------

  /** Søknad om midlertidig botilbud for a family with children: mapped the same day or escalated to the leader. */
  @Test
  void hastesakEskaleresNarDagenErOmme() {
    ProcessInstance instance = soknad("MIDLERTIDIG_BOTILBUD", 2);
    assertThat(instance).isWaitingAt(SoknadProcess.Elements.KARTLEGG_HASTESAK);

    firesAt(instance, SoknadProcess.Elements.HASTESAK_IKKE_KARTLAGT, I_DAG.atTime(23, 59, 59));

    assertThat(task(instance, SoknadProcess.Elements.ESKALER_HASTESAK)).hasCandidateGroup("leder");
    assertThat(instance).isWaitingAt(SoknadProcess.Elements.KARTLEGG_HASTESAK, SoknadProcess.Elements.ESKALER_HASTESAK);
  }

  /** Forvaltningsloven § 11 a: no decision within a month → an interim reply is due. */
  @Test
  void forelopigSvarEtterEnManed() {
    ProcessInstance instance = soknad("OPPLYSNING_RAD_VEILEDNING", 0);

    firesAt(instance, SoknadProcess.Elements.EN_MANED_UTEN_VEDTAK, I_DAG.plusMonths(1).atStartOfDay());

    assertThat(task(instance, SoknadProcess.Elements.SEND_FORELOPIG_SVAR)).isNotNull();
    assertThat(instance).isWaitingAt(SoknadProcess.Elements.KARTLEGG_SOKNAD, SoknadProcess.Elements.SEND_FORELOPIG_SVAR);
  }

  /** Kvalifiseringsprogram: the programme must start within six months of the application, or the leader is told. */
  @Test
  void kvalifiseringsprogrammetSkalStarteInnenSeksManeder() {
    ProcessInstance instance = soknad("KVALIFISERINGSPROGRAM", 0);
    kartlegg(instance, SoknadProcess.Elements.KARTLEGG_SOKNAD, kvp());
    vurder(instance, Map.of("programperiodeManeder", 12));
    fattVedtak(instance, instance.getBusinessKey());
    assertThat(instance).isWaitingAt(SoknadProcess.Elements.START_KVALIFISERINGSPROGRAM);

    firesAt(instance, SoknadProcess.Elements.OPPSTARTSFRIST_NADD, I_DAG.plusMonths(6).atStartOfDay());

    assertThat(task(instance, SoknadProcess.Elements.ESKALER_OPPSTART)).hasCandidateGroup("leder");
    assertThat(instance).isWaitingAt(SoknadProcess.Elements.START_KVALIFISERINGSPROGRAM,
        SoknadProcess.Elements.ESKALER_OPPSTART);
  }

  /** Midlertidig botilbud for a family with children: at most three months, then the stay is ended. */
  @Test
  void botilbudForBarnefamilieAvsluttesEtterTreManeder() {
    ProcessInstance instance = soknad("MIDLERTIDIG_BOTILBUD", 2);
    kartlegg(instance, SoknadProcess.Elements.KARTLEGG_HASTESAK, Map.of("harStedASoveOgOppholdeSegNesteDogn", false,
        "klarerAFinneMidlertidigBotilbudSelv", false));
    vurder(instance, Map.of("vurderingBarnetsBeste", "Familien må ha et trygt sted å bo i natt.",
        "botilbudStartdato", I_DAG.toString(), "rettTilStonadTilBotilbudet", true, "sokerErUngdom", false,
        "overforingFraFengselEllerInstitusjon", false, "botilbudUnntakBegrunnelse", "Ingen annen bolig i natt."));
    fattVedtak(instance, instance.getBusinessKey());
    assertThat(instance).isWaitingAt(SoknadProcess.Elements.FOLG_OPP_BOTILBUD_BARNEFAMILIE);

    firesAt(instance, SoknadProcess.Elements.TRE_MANEDER_NADD, I_DAG.plusMonths(3).atStartOfDay());

    assertThat(task(instance, SoknadProcess.Elements.AVSLUTT_BOTILBUD_TRE_MANEDER)).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(SoknadProcess.Elements.FOLG_OPP_BOTILBUD_BARNEFAMILIE).count()).isZero();
  }

  /** Forvaltningsloven § 16: the party's deadline for a statement on the advance notice, then the assessment. */
  @Test
  void svarfristForForhandsvarsel() {
    ProcessInstance instance = vilkarsbrudd();
    sendForhandsvarsel(instance, I_DAG.plusDays(7));
    assertThat(instance).isWaitingAt(VilkarsbruddProcess.Elements.VENTER_PA_UTTALELSE);

    firesAt(instance, VilkarsbruddProcess.Elements.SVARFRIST_UTLOPT, I_DAG.plusDays(7).atTime(23, 59, 59));

    assertThat(instance).isWaitingAt(VilkarsbruddProcess.Elements.VURDER_KONSEKVENS)
        .hasNotPassed(VilkarsbruddProcess.Elements.UTTALELSE_MOTTATT);
  }

  /** Forvaltningsloven § 29: the case stays open until the new decision's complaint deadline has run out. */
  @Test
  void klagefristenForDetNyeVedtaket() {
    ProcessInstance instance = vilkarsbrudd();
    sendForhandsvarsel(instance, I_DAG.plusDays(7));
    engine.getRuntimeService().createMessageCorrelation(VilkarsbruddProcess.Messages.UTTALELSE_MOTTATT)
        .processInstanceBusinessKey(instance.getBusinessKey()).setVariable("uttalelse", "Jeg var syk.").correlate();
    CaseDriver.completeAs(engine, "kari", "saksbehandler", "5028",
        task(instance, VilkarsbruddProcess.Elements.VURDER_KONSEKVENS), Map.of("valgtKonsekvens", "REDUKSJON",
            "vedtakForslagBegrunnelse", "Vilkåret om aktivitet er brutt uten gyldig grunn."));
    Vedtak nytt = fattVedtak(instance, SAKSNUMMER);
    // Decided Monday 2 March: three weeks is Monday 23 March, a working day.
    assertThat(nytt.klagefrist()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(instance).isWaitingAt(VilkarsbruddProcess.Elements.KLAGEFRIST_UTLOPT);

    firesAt(instance, VilkarsbruddProcess.Elements.KLAGEFRIST_UTLOPT, nytt.klagefrist().atTime(23, 59, 59));

    assertThat(instance).isEnded().hasPassed(VilkarsbruddProcess.Elements.NYTT_VEDTAK_FATTET);
  }

  // --- across a restart -------------------------------------------------------------------------------------------

  /**
   * An urgent housing application registered before the application is stopped: after the start, with the job
   * executor running, the same-day escalation fires at midnight and not before, and the interim reply a month later
   * and not before.
   */
  @Test
  void fristerLoperOgsaOverEnOmstart() {
    ClockUtil.setCurrentTime(CaseDriver.date(I_DAG, 9));
    IsolatedDatabase database = IsolatedDatabase.shared();
    String instance;
    try (Node before = Node.start("frister-a", database)) {
      ProcessEngine app = before.engine();
      Map<String, Object> variables = startVariables("MIDLERTIDIG_BOTILBUD", 2);
      instance = startAsKari(app, variables);
      assertThat(app.getTaskService().createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey(SoknadProcess.Elements.KARTLEGG_HASTESAK).count()).isOne();
    }

    ClockUtil.setCurrentTime(at(I_DAG.atTime(23, 59, 58)));
    try (Node after = Node.start("frister-b", database)) {
      ProcessEngine app = after.engine();
      notWithin(app, instance, SoknadProcess.Elements.ESKALER_HASTESAK);
      ClockUtil.setCurrentTime(at(I_DAG.plusDays(1).atTime(0, 0, 1)));
      Node.await("eskalering av hastesaken", java.time.Duration.ofSeconds(30),
          () -> count(app, instance, SoknadProcess.Elements.ESKALER_HASTESAK) == 1);

      ClockUtil.setCurrentTime(at(I_DAG.plusMonths(1).atStartOfDay().minusSeconds(2)));
      notWithin(app, instance, SoknadProcess.Elements.SEND_FORELOPIG_SVAR);
      ClockUtil.setCurrentTime(at(I_DAG.plusMonths(1).atStartOfDay().plusSeconds(1)));
      Node.await("foreløpig svar", java.time.Duration.ofSeconds(30),
          () -> count(app, instance, SoknadProcess.Elements.SEND_FORELOPIG_SVAR) == 1);
      assertThat(count(app, instance, SoknadProcess.Elements.ESKALER_HASTESAK)).isOne();
    }
  }

  private static String startAsKari(ProcessEngine app, Map<String, Object> variables) {
    app.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    try {
      return app.getRuntimeService().startProcessInstanceByKey(SoknadProcess.KEY, variables).getId();
    } finally {
      app.getIdentityService().clearAuthentication();
    }
  }

  private static long count(ProcessEngine app, String instance, String taskElement) {
    return app.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskElement).count();
  }

  /** The running job executor (polling every 50-250 ms) leaves the timer alone for a second and a half. */
  private static void notWithin(ProcessEngine app, String instance, String taskElement) {
    long until = System.nanoTime() + 1_500_000_000L;
    while (System.nanoTime() < until) {
      assertThat(count(app, instance, taskElement)).as(taskElement + " før fristen").isZero();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  // --- the clock and the timers -----------------------------------------------------------------------------------

  static Date at(LocalDateTime time) {
    return NodeCases.at(time);
  }

  /**
   * The timer is due exactly at the deadline: a second before, the job executor's acquisition does not take it; a
   * second after, it does, and the timer is run.
   */
  void firesAt(ProcessInstance instance, String timerElement, LocalDateTime deadline) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(timerElement).singleResult();
    assertThat(timer).as("tidtaker " + timerElement).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(at(deadline));

    ClockUtil.setCurrentTime(at(deadline.minusSeconds(1)));
    // Earlier timers of the case (e.g. the review before three months) would have fired by now: run them first, as
    // the job executor would have (it never runs two jobs of one case at once, so a locked one would hide ours).
    for (Job earlier : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .executable().list()) {
      engine.getManagementService().executeJob(earlier.getId());
    }
    assertThat(acquired()).as(timerElement + " før fristen").doesNotContain(timer.getId());
    assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).executable().count()).isZero();

    ClockUtil.setCurrentTime(at(deadline.plusSeconds(1)));
    assertThat(acquired()).as(timerElement + " etter fristen").contains(timer.getId());
    engine.getManagementService().executeJob(timer.getId());
  }

  /** The jobs the job executor would acquire now (the engine's own command, as the job executor runs it). */
  List<String> acquired() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    AcquiredJobs jobs = configuration.getCommandExecutorTxRequired()
        .execute(new AcquireJobsCmd(configuration.getJobExecutor(), 10_000));
    return jobs.getJobIdBatches().stream().flatMap(List::stream).toList();
  }

  // --- driving the cases ------------------------------------------------------------------------------------------

  static Map<String, Object> startVariables(String tjeneste, int barn) {
    Map<String, Object> v = new HashMap<>();
    v.put("tjeneste", tjeneste);
    v.put("kommunenummer", "5028");
    v.put("kanal", "OPPMOTE");
    v.put("soknadsdato", I_DAG.toString());
    v.put("nodsituasjon", false);
    v.put("antallBarnIHusstanden", barn);
    v.put("sokerReferanse", "SOKER-TEST-1");
    return v;
  }

  ProcessInstance soknad(String tjeneste, int barn) {
    return engine.getRuntimeService().startProcessInstanceByKey(SoknadProcess.KEY, startVariables(tjeneste, barn));
  }

  Task task(ProcessInstance instance, String element) {
    return CaseDriver.task(engine, instance.getBusinessKey(), element);
  }

  void complete(ProcessInstance instance, String element, Map<String, Object> variables) {
    CaseDriver.completeAs(engine, "kari", "saksbehandler", "5028", task(instance, element), variables);
  }

  void kartlegg(ProcessInstance instance, String element, Map<String, Object> facts) {
    Map<String, Object> v = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    v.putAll(facts);
    complete(instance, element, v);
  }

  void vurder(ProcessInstance instance, Map<String, Object> extra) {
    Map<String, Object> v = new HashMap<>();
    v.put("folgerTabellresultat", true);
    v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
    v.putAll(extra);
    complete(instance, SoknadProcess.Elements.VURDER_RETT, v);
  }

  static Map<String, Object> kvp() {
    Map<String, Object> v = new HashMap<>();
    v.put("alder", 35);
    v.put("arbeidsevnevurderingGjennomfort", true);
    v.put("ingenEllerSvaertBegrensedeYtelser", true);
    v.put("uforholdsmessigByrdefullt", false);
    v.put("mottarUforetrygdEllerOvergangsstonad", false);
    v.put("sonerDomOverSeksManeder", false);
    v.put("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats", true);
    v.put("tettOgKoordinertBistandHensiktsmessigOgNodvendig", true);
    return v;
  }

  /** kari drafts (with the form of economic support where it applies), kjell approves. */
  Vedtak fattVedtak(ProcessInstance instance, String saksnummer) {
    Map<String, Object> utkast = new HashMap<>();
    utkast.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
    utkast.put("vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING);
    utkast.put("stonadsform", "BIDRAG");
    utkast.put("informertOmReduksjon", true);
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, utkast);
    CaseDriver.completeAs(engine, "kjell", "leder", "5028", task(instance, VedtakProcess.Elements.GODKJENN_VEDTAK),
        Map.of("godkjent", true));
    List<Vedtak> vedtak = register.finnForSak(saksnummer);
    return vedtak.get(vedtak.size() - 1);
  }

  /** A reported breach of a decision's condition, assessed as one with a consequence, advance notice to be sent. */
  ProcessInstance vilkarsbrudd() {
    String vilkar = "Møte til avtalt aktivitet hos NAV hver uke.";
    Vedtak brutt = VilkarsbruddTestSupport.vedtakMedVilkar(register, SAKSNUMMER, "5028", vilkar, true,
        I_DAG.minusMonths(1));
    Map<String, Object> melding = new HashMap<>();
    melding.put("vedtakId", brutt.id());
    melding.put("kommunenummer", "5028");
    melding.put("vilkar", vilkar);
    melding.put("hendelse", "Har ikke møtt de tre siste ukene.");
    engine.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    ProcessInstance instance;
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey(VilkarsbruddProcess.KEY, melding);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    complete(instance, VilkarsbruddProcess.Elements.VURDER_VILKARSBRUDD, Map.of("vilkaretLovligStilt", true,
        "bruddetSkalFaKonsekvens", true, "vilkarsbruddVurdering", "Ingen gyldig grunn til fraværet."));
    return instance;
  }

  void sendForhandsvarsel(ProcessInstance instance, LocalDate svarfrist) {
    Map<String, Object> v = new HashMap<>();
    v.put("foreslattKonsekvens", "REDUKSJON");
    v.put("forhandsvarselTekst", "Vi vurderer å endre vedtaket om økonomisk stønad fordi vilkåret er brutt.");
    v.put("svarfrist", svarfrist.toString());
    complete(instance, VilkarsbruddProcess.Elements.SEND_FORHANDSVARSEL, v);
  }
}
