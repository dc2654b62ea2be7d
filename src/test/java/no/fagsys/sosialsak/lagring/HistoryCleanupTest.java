package no.fagsys.sosialsak.lagring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention in the application as configured ({@code application.yaml}): the engine schedules the history cleanup in
 * the nightly window, and the cleanup removes a finished case whose time-to-live has passed (with its called
 * {@code vedtak} and its decision evaluations), keeps a running case and a recently finished one, and never touches
 * the archive copy in the product's tables {@code vedtak} and {@code brev}. H2 by default, PostgreSQL with
 * {@code -Ppostgres}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryCleanupTest {

  static final ZoneId SONE = ZoneId.systemDefault();

  /** The path of an information-and-guidance application to its end: (task, user, group). */
  static final String[][] STEG = {
      {"Task_KartleggSoknad", "kari", "saksbehandler"},
      {"Task_VurderRett", "kari", "saksbehandler"},
      {VedtakProcess.Elements.UTFORM_VEDTAK, "kari", "saksbehandler"},
      {VedtakProcess.Elements.GODKJENN_VEDTAK, "kjell", "leder"},
      {"Task_Oppfolgingssamtale", "kari", "saksbehandler"}};

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void theCleanupIsScheduledEveryNightWithTheConfiguredBatches() {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) configuration;
    assertThat(engine.getHistoryCleanupStrategy()).isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(engine.getHistoryCleanupBatchSize()).isEqualTo(500);
    assertThat(engine.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
    assertThat(engine.isHistoryCleanupEnabled()).isTrue();

    // The engine created the cleanup job at start, due in the window (22:00–06:00).
    List<Job> jobs = historyService.findHistoryCleanupJobs();
    assertThat(jobs).hasSize(1);
    LocalTime due = jobs.get(0).getDuedate().toInstant().atZone(SONE).toLocalTime();
    assertThat(!due.isBefore(LocalTime.of(22, 0)) || !due.isAfter(LocalTime.of(6, 0)))
        .as("cleanup due at %s", due).isTrue();
  }

  @Test
  void aFinishedCasePastItsTimeToLiveIsRemovedARunningAndARecentOneStayAndTheArchiveCopyStays() {
    ZonedDateTime t0 = ZonedDateTime.of(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0), SONE);

    // An old case, finished on day 0, with its decision in the register and its decision letter in the archive table.
    ClockUtil.setCurrentTime(Date.from(t0.toInstant()));
    String gammel = start();
    drive(gammel, STEG.length);
    HistoricProcessInstance gammelSoknad = soknad(gammel);
    assertThat(gammelSoknad.getEndTime()).isNotNull();
    List<String> gammelHierarki = hierarchy(gammelSoknad.getId());
    assertThat(gammelHierarki).hasSize(2); // soknad and its called vedtak
    String vedtakId = jdbc.queryForObject("select id from vedtak where saksnummer = ?", String.class, gammel);
    // Issuing the decision produced its letter (table brev).
    assertThat(jdbc.queryForObject("select count(*) from brev where saksnummer = ? and vedtak_id = ?", Integer.class,
        gammel, vedtakId)).isOne();
    assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(gammelSoknad.getId()).count())
        .isPositive();
    Date removal = gammelSoknad.getRemovalTime();
    assertThat(removal).isEqualTo(Date.from(gammelSoknad.getEndTime().toInstant()
        .plus(Duration.ofDays(Lagringstid.SAK.dager))));

    // A running case, and one finished a hundred days later.
    String lopende = start();
    drive(lopende, 1);
    ClockUtil.setCurrentTime(Date.from(t0.plusDays(100).toInstant()));
    String nylig = start();
    drive(nylig, STEG.length);

    // The night before the old case's time-to-live runs out, the cleanup removes nothing of it.
    ClockUtil.setCurrentTime(Date.from(t0.plusDays(Lagringstid.SAK.dager - 1).with(LocalTime.of(23, 0)).toInstant()));
    runCleanup();
    assertThat(historicInstances(gammelHierarki)).isEqualTo(2);

    // The night after the old case's time-to-live ran out: the scheduled cleanup job runs (in its window).
    ClockUtil.setCurrentTime(Date.from(t0.plusDays(Lagringstid.SAK.dager + 1).with(LocalTime.of(23, 0)).toInstant()));
    for (int run = 0; run < 50 && historicInstances(gammelHierarki) > 0; run++) {
      runCleanup();
    }

    assertThat(historicInstances(gammelHierarki)).as("the old case and its called vedtak").isZero();
    for (String instance : gammelHierarki) {
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
      assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isZero();
    }
    assertThat(soknadOrNull(lopende)).as("the running case").isNotNull();
    assertThat(soknad(lopende).getEndTime()).isNull();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(lopende).count())
        .isEqualTo(2);
    assertThat(soknadOrNull(nylig)).as("the recently finished case").isNotNull();
    assertThat(hierarchy(soknad(nylig).getId())).hasSize(2);

    // The archive copy of the removed case is untouched.
    assertThat(jdbc.queryForObject("select count(*) from vedtak where saksnummer = ?", Integer.class, gammel))
        .isOne();
    assertThat(jdbc.queryForObject("select count(*) from brev where saksnummer = ?", Integer.class, gammel))
        .isOne();
  }

  /** What the job executor does in the window: runs the engine's scheduled cleanup job(s) once. */
  private void runCleanup() {
    for (Job job : historyService.findHistoryCleanupJobs()) {
      managementService.executeJob(job.getId());
    }
  }

  private String start() {
    identityService.setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    try {
      Map<String, Object> v = new HashMap<>();
      v.put("tjeneste", "OPPLYSNING_RAD_VEILEDNING");
      v.put("kommunenummer", "5028");
      v.put("kanal", "OPPMOTE");
      v.put("soknadsdato", ClockUtil.getCurrentTime().toInstant().atZone(SONE).toLocalDate().toString());
      v.put("nodsituasjon", false);
      v.put("antallBarnIHusstanden", 0);
      v.put("sokerReferanse", "SOKER-LAGRING-1");
      return runtimeService.startProcessInstanceByKey(SoknadProcess.KEY, v).getBusinessKey();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Completes the first {@code steps} steps of the path as the user who works each. */
  private void drive(String saksnummer, int steps) {
    for (int step = 0; step < steps; step++) {
      String[] s = STEG[step];
      identityService.setAuthentication(s[1], List.of(s[2]), List.of("5028"));
      try {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(saksnummer).taskDefinitionKey(s[0])
            .singleResult();
        assertThat(task).as("%s of %s", s[0], saksnummer).isNotNull();
        taskService.complete(task.getId(), variables(step));
      } finally {
        identityService.clearAuthentication();
      }
      if (s[0].equals(VedtakProcess.Elements.GODKJENN_VEDTAK)) {
        no.fagsys.sosialsak.vedtak.VedtakTestSupport.lagVedtaksbrev(engine);
      }
    }
  }

  private static Map<String, Object> variables(int step) {
    Map<String, Object> v = new HashMap<>();
    switch (step) {
      case 0 -> {
        v.putAll(SoknadTestSupport.kartlagtHerMedFulleRettigheter());
        v.put("kanBidraTilALoseEllerForebyggeSosialeProblemer", true);
      }
      case 1 -> {
        v.put("folgerTabellresultat", true);
        v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
      }
      case 2 -> {
        v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
        v.put("vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING);
      }
      case 3 -> v.put("godkjent", true);
      default -> {
        v.put("samtaleDato", ClockUtil.getCurrentTime().toInstant().atZone(SONE).toLocalDate().toString());
        v.put("samtaleNotat", "Budsjett satt opp.");
      }
    }
    return v;
  }

  private HistoricProcessInstance soknadOrNull(String saksnummer) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SoknadProcess.KEY)
        .processInstanceBusinessKey(saksnummer).singleResult();
  }

  private HistoricProcessInstance soknad(String saksnummer) {
    HistoricProcessInstance instance = soknadOrNull(saksnummer);
    assertThat(instance).as(saksnummer).isNotNull();
    return instance;
  }

  /** The case's process instances: the root and what it called. */
  private List<String> hierarchy(String rootId) {
    return historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(rootId).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  private long historicInstances(List<String> ids) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(ids))
        .count();
  }
}
