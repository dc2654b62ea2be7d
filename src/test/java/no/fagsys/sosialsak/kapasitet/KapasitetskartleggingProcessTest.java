package no.fagsys.sosialsak.kapasitet;

import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.EVENT_FRIST_UTLOPT;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.EVENT_IKKE_LEVERT;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.EVENT_LEVERT;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.EVENT_OPPSUMMERING_KLAR;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.EVENT_PURRING_FOR_FRIST;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.EVENT_PURRING_SENDT;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.TASK_KARTLEGG_KOMMUNE;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.TASK_LAGRE_SVAR;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.TASK_LAG_OPPSUMMERING;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.TASK_OPPRETT_KARTLEGGING;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.TASK_RAPPORTER_KAPASITET;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.TASK_REGISTRER_IKKE_LEVERT;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.TASK_SEND_PURRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Kommune;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Rapport;
import no.fagsys.sosialsak.platform.PlainEngine;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quarterly capacity survey on the plain engine: every municipality reports, a late one is listed as not
 * delivered, the reminder fires before the deadline, and the summary is stored. The product's tables are created by
 * the same Liquibase changelog in the plain engine's database.
 */
@Deployment(resources = {
    "processes/kapasitetskartlegging.bpmn", "processes/kapasitetskartleggingKommune.bpmn",
    "forms/kapasitetskartlegging-start.form", "forms/kapasitetskartlegging-rapporter-kapasitet.form"})
class KapasitetskartleggingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension(0.9);

  static final List<Kommune> KOMMUNER = List.of(
      new Kommune("5001", "Trondheim"), new Kommune("5028", "Melhus"), new Kommune("5031", "Malvik"));
  static boolean schemaCreated;

  ProcessEngine engine;
  KapasitetskartleggingRepository repository;
  final List<String> purringer = new ArrayList<>();
  LocalDate frist;

  @BeforeEach
  void setUp() throws Exception {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    if (!schemaCreated) {
      liquibase.integration.spring.SpringLiquibase liquibase = new liquibase.integration.spring.SpringLiquibase();
      liquibase.setDataSource(dataSource);
      liquibase.setChangeLog("classpath:db/changelog/sosialsak/001-kapasitet.yaml");
      liquibase.setResourceLoader(new DefaultResourceLoader());
      liquibase.afterPropertiesSet();
      schemaCreated = true;
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (String table : List.of("kapasitet_oppsummering", "kapasitet_svar", "kapasitet_kommune", "kapasitet_kartlegging")) {
      jdbc.update("delete from " + table);
    }
    IdentityService identity = engine.getIdentityService();
    identity.createTenantQuery().list().forEach(t -> identity.deleteTenant(t.getId()));
    for (Kommune kommune : KOMMUNER) {
      Tenant tenant = identity.newTenant(kommune.kommunenummer());
      tenant.setName(kommune.navn());
      identity.saveTenant(tenant);
    }
    repository = new KapasitetskartleggingRepository(jdbc);
    Mocks.register(no.fagsys.sosialsak.platform.integritet.KunSomDelprosess.BEAN,
        new no.fagsys.sosialsak.platform.integritet.KunSomDelprosess());
    Mocks.register("opprettKapasitetskartlegging", new OpprettKapasitetskartlegging(repository, 3));
    Mocks.register("lagreKapasitetssvar", new LagreKapasitetssvar(repository));
    Mocks.register("sendKapasitetspurring", new SendKapasitetspurring(repository,
        (kvartal, kommunenummer, dato) -> purringer.add(kvartal + " " + kommunenummer + " " + dato)));
    Mocks.register("registrerKapasitetIkkeLevert", new RegistrerKapasitetIkkeLevert(repository));
    Mocks.register("lagKapasitetsoppsummering", new LagKapasitetsoppsummering(repository));
    frist = LocalDate.now().plusDays(30);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    IdentityService identity = engine.getIdentityService();
    identity.createTenantQuery().list().forEach(t -> identity.deleteTenant(t.getId()));
  }

  private ProcessInstance open(String kvartal) {
    return engine.getRuntimeService().startProcessInstanceByKey(KapasitetskartleggingProcess.KEY,
        Map.of("kvartal", kvartal, "frist", frist.toString()));
  }

  private ProcessInstance childOf(ProcessInstance survey, String kommunenummer) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(survey.getId()).tenantIdIn(kommunenummer).singleResult();
  }

  private Task taskOf(ProcessInstance child) {
    return engine.getTaskService().createTaskQuery().processInstanceId(child.getId()).singleResult();
  }

  private Job timerOf(ProcessInstance child, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(child.getId()).activityId(activityId)
        .singleResult();
  }

  /**
   * Each municipality's end continues the survey asynchronously (so reports at the same time do not conflict):
   * run those continuations as the job executor would.
   */
  private void continueSurvey(ProcessInstance survey) {
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(survey.getId()).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  /** Every area at {@code niva}, with a comment for housing; FASTLEGE at {@code fastlege}. */
  static Map<String, Object> rapport(Niva niva, Niva fastlege) {
    Map<String, Object> variables = new HashMap<>();
    for (Omrade omrade : Omrade.values()) {
      variables.put(omrade.nivaFelt(), (omrade == Omrade.FASTLEGE ? fastlege : niva).name());
    }
    variables.put(Omrade.BOLIG.kommentarFelt(), "Få ledige kommunale boliger");
    return variables;
  }

  private void report(ProcessInstance survey, String kommunenummer, String user, Niva niva, Niva fastlege) {
    engine.getIdentityService().setAuthentication(user, List.of("saksbehandler"), List.of(kommunenummer));
    try {
      engine.getTaskService().complete(taskOf(childOf(survey, kommunenummer)).getId(), rapport(niva, fastlege));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void alleKommuneneRapportererOgOppsummeringenLagresForKvartalet() {
    ProcessInstance survey = open("2026-Q2");

    assertThat(survey).isWaitingAt(TASK_KARTLEGG_KOMMUNE).hasBusinessKey("2026-Q2");
    assertThat(survey.getTenantId()).isNull();
    for (Kommune kommune : KOMMUNER) {
      ProcessInstance child = childOf(survey, kommune.kommunenummer());
      assertThat(child).isWaitingAt(TASK_RAPPORTER_KAPASITET).hasBusinessKey("2026-Q2");
      Task task = taskOf(child);
      assertThat(task.getTenantId()).isEqualTo(kommune.kommunenummer());
      assertThat(task).hasCandidateGroup("saksbehandler").hasCandidateGroup("leder");
      assertThat(task.getDueDate().toInstant())
          .isEqualTo(frist.atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant());
    }
    assertThat(repository.kartlegging("2026-Q2")).get()
        .returns(Kartlegging.Status.APEN, Kartlegging::status).returns(3, Kartlegging::antallKommuner);

    report(survey, "5001", "trond", Niva.GOD, Niva.UTFORDRENDE);
    report(survey, "5028", "kari", Niva.TILFREDSSTILLENDE, Niva.KRITISK);
    continueSurvey(survey);
    assertThat(survey).isWaitingAt(TASK_KARTLEGG_KOMMUNE);
    report(survey, "5031", "mona", Niva.GOD, Niva.GOD);
    assertThat(survey).isWaitingAt(TASK_KARTLEGG_KOMMUNE);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(survey.getId()).count()).isOne();
    continueSurvey(survey);

    assertThat(survey).hasPassedInOrder(TASK_OPPRETT_KARTLEGGING, TASK_KARTLEGG_KOMMUNE, TASK_LAG_OPPSUMMERING,
        EVENT_OPPSUMMERING_KLAR).isEnded();
    assertThat(repository.kartlegging("2026-Q2")).get()
        .returns(Kartlegging.Status.AVSLUTTET, Kartlegging::status).returns(3, Kartlegging::antallLevert);
    assertThat(repository.deltakere("2026-Q2")).extracting(Deltaker::status).containsOnly(Deltaker.Status.LEVERT);
    List<Kapasitetssvar> melhus = repository.svar("2026-Q2", List.of("5028"));
    assertThat(melhus).hasSize(Omrade.values().length).allSatisfy(s -> assertThat(s.rapportertAv()).isEqualTo("kari"));
    assertThat(melhus.get(0)).returns(Omrade.BOLIG, Kapasitetssvar::omrade)
        .returns(Niva.TILFREDSSTILLENDE, Kapasitetssvar::niva).returns("Få ledige kommunale boliger", Kapasitetssvar::kommentar);

    Rapport rapport = Kapasitetsoppsummering.rapport("2026-Q2", frist, KOMMUNER,
        java.util.Set.of("5001", "5028", "5031"), repository.oppsummering("2026-Q2"));
    var fastlege = rapport.omrader().get(Omrade.FASTLEGE.ordinal());
    assertThat(fastlege.oppsummering()).startsWith("Utfordrende/kritisk i 67 % av kommunene");
    assertThat(rapport.ikkeLevert()).isEmpty();
    assertThat(purringer).isEmpty();
  }

  @Test
  void enKommuneSomIkkeRapportererInnenFristenListesSomIkkeLevert() {
    ProcessInstance survey = open("2026-Q3");
    report(survey, "5028", "kari", Niva.GOD, Niva.UTFORDRENDE);
    report(survey, "5031", "mona", Niva.GOD, Niva.GOD);
    ProcessInstance trondheim = childOf(survey, "5001");

    Job deadline = timerOf(trondheim, EVENT_FRIST_UTLOPT);
    assertThat(deadline.getDuedate().toInstant())
        .isEqualTo(frist.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    engine.getManagementService().executeJob(deadline.getId());

    assertThat(trondheim).hasPassedInOrder(TASK_RAPPORTER_KAPASITET, EVENT_FRIST_UTLOPT, TASK_REGISTRER_IKKE_LEVERT,
        EVENT_IKKE_LEVERT).hasNotPassed(TASK_LAGRE_SVAR).isEnded();
    continueSurvey(survey);
    assertThat(survey).hasPassed(TASK_LAG_OPPSUMMERING).isEnded();
    assertThat(repository.deltakere("2026-Q3")).extracting(Deltaker::kommunenummer, Deltaker::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("5001", Deltaker.Status.IKKE_LEVERT),
        org.assertj.core.groups.Tuple.tuple("5028", Deltaker.Status.LEVERT),
        org.assertj.core.groups.Tuple.tuple("5031", Deltaker.Status.LEVERT));
    Rapport rapport = Kapasitetsoppsummering.rapport("2026-Q3", frist, KOMMUNER, java.util.Set.of("5028", "5031"),
        repository.oppsummering("2026-Q3"));
    assertThat(rapport.ikkeLevert()).containsExactly(new Kommune("5001", "Trondheim"));
    assertThat(rapport.antallRapportert()).isEqualTo(2);
    assertThat(rapport.omrader().get(Omrade.FASTLEGE.ordinal()).oppsummering())
        .startsWith("Utfordrende/kritisk i 50 % av kommunene");
  }

  @Test
  void kommunenFarPurringFoerFristenOgKanFortsattRapportere() {
    ProcessInstance survey = open("2026-Q4");
    ProcessInstance melhus = childOf(survey, "5028");

    Job reminder = timerOf(melhus, EVENT_PURRING_FOR_FRIST);
    assertThat(reminder.getDuedate().toInstant())
        .isEqualTo(frist.minusDays(3).atTime(8, 0).atZone(ZoneId.systemDefault()).toInstant());
    engine.getManagementService().executeJob(reminder.getId());

    assertThat(melhus).hasPassed(EVENT_PURRING_FOR_FRIST, TASK_SEND_PURRING, EVENT_PURRING_SENDT)
        .isWaitingAt(TASK_RAPPORTER_KAPASITET);
    assertThat(purringer).containsExactly("2026-Q4 5028 " + frist);
    assertThat(repository.deltakere("2026-Q4")).filteredOn(d -> d.kommunenummer().equals("5028"))
        .singleElement().satisfies(d -> {
          assertThat(d.purretTid()).isNotNull();
          assertThat(d.status()).isEqualTo(Deltaker.Status.VENTER);
        });

    report(survey, "5028", "kari", Niva.GOD, Niva.GOD);
    assertThat(melhus).hasPassed(TASK_LAGRE_SVAR, EVENT_LEVERT).isEnded();
  }

  @Test
  void enKartleggingApnetEtterPurretidspunktetSenderIngenPurring() {
    frist = LocalDate.now().plusDays(1);
    ProcessInstance survey = open("2027-Q2");
    ProcessInstance melhus = childOf(survey, "5028");

    engine.getManagementService().executeJob(timerOf(melhus, EVENT_PURRING_FOR_FRIST).getId());

    assertThat(melhus).hasPassed(TASK_SEND_PURRING).isWaitingAt(TASK_RAPPORTER_KAPASITET);
    assertThat(purringer).isEmpty();
    assertThat(repository.deltakere("2027-Q2")).allSatisfy(d -> assertThat(d.purretTid()).isNull());
  }

  @Test
  void enRapportUtenNivaForEtOmradeAvvisesOgOppgavenBlirStaende() {
    ProcessInstance survey = open("2027-Q1");
    Task task = taskOf(childOf(survey, "5028"));
    Map<String, Object> incomplete = rapport(Niva.GOD, Niva.GOD);
    incomplete.remove(Omrade.BARNEVERN.nivaFelt());
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), incomplete))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Barnevern").hasMessageContaining("barnevern_niva");
    Map<String, Object> unknown = rapport(Niva.GOD, Niva.GOD);
    unknown.put(Omrade.SKOLE.nivaFelt(), "MIDDELS");
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), unknown))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Skole");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(repository.svar("2027-Q1", null)).isEmpty();
  }

  @Test
  void kvartalOgFristKontrolleresOgEtKvartalKartleggesBareEnGang() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KapasitetskartleggingProcess.KEY,
        Map.of("kvartal", "2026-5", "frist", frist.toString())))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Ugyldig kvartal");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KapasitetskartleggingProcess.KEY,
        Map.of("kvartal", "2026-Q2", "frist", "30.06.2026")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Ugyldig frist");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KapasitetskartleggingProcess.KEY,
        Map.of("kvartal", "2026-Q2", "frist", LocalDate.now().minusDays(1).toString())))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("allerede passert");
    open("2026-Q2");
    assertThatThrownBy(() -> open("2026-Q2"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("allerede en kapasitetskartlegging for 2026-Q2");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(KapasitetskartleggingProcess.KEY).count()).isOne();
  }

  @Test
  void bareStatsforvalterenApnerEnKartlegging() {
    engine.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5001", "5028", "5031"));
    assertThatThrownBy(() -> open("2026-Q2"))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessageContaining("Bare Statsforvalteren");
    engine.getIdentityService().setAuthentication("sara", List.of("statsforvalteren"), List.of("5001", "5028", "5031"));
    assertThat(open("2026-Q2")).isWaitingAt(TASK_KARTLEGG_KOMMUNE);
  }

  @Test
  void ingenKommunerIngenKartlegging() {
    IdentityService identity = engine.getIdentityService();
    identity.createTenantQuery().list().forEach(t -> identity.deleteTenant(t.getId()));
    assertThatThrownBy(() -> open("2026-Q2"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ingen kommuner");
    assertThat(repository.finnes("2026-Q2")).isFalse();
  }
}
