package no.fagsys.sosialsak.drift;

import static no.fagsys.sosialsak.drift.NodeCases.at;
import static no.fagsys.sosialsak.drift.NodeCases.finished;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application stopped and started again on the same database (an H2 file database, or a PostgreSQL schema in
 * {@code -Ppostgres}), with the job executor on and the engine clock moved with {@link ClockUtil}:
 * <ul>
 *   <li>a case waiting at a task before the stop continues after the start;</li>
 *   <li>jobs that the stopped node had locked while running them (it died mid-job: the lock stays in the database)
 *       are left alone by the new node until the lock expires, then run once;</li>
 *   <li>timers created before the stop fire after the start when they are due, and the asynchronous continuations
 *       after them run: nothing is lost.</li>
 * </ul>
 * The case is the quarterly capacity survey (a reminder timer and a deadline timer per municipality, an asynchronous
 * continuation after each, the report at the end) and a decision waiting for approval.
 */
class OmstartTest {

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);
  static final LocalDate FRIST = I_DAG.plusDays(10);
  /** Three days before the deadline at 08:00 ({@code sosialsak.kapasitet.purring-dager-for-frist}). */
  static final LocalDateTime PURRING = FRIST.minusDays(3).atTime(8, 0);
  /** The day after the deadline at 00:00. */
  static final LocalDateTime FRIST_UTE = FRIST.plusDays(1).atStartOfDay();
  static final Duration VENT = Duration.ofSeconds(30);

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void theCaseContinuesAfterARestartAndNoJobIsLostOrRunTwice() {
    ClockUtil.setCurrentTime(at(I_DAG.atTime(9, 0)));
    IsolatedDatabase database = IsolatedDatabase.shared();
    // A quarter of its own: the database is shared with the other restart tests of the run.
    String kvartal = NodeCases.kvartal();
    String saksnummer = "DRIFT-" + UUID.randomUUID();
    String kartlegging;
    String vedtak;
    try (Node first = Node.start("omstart-a", database)) {
      ProcessEngine engine = first.engine();
      kartlegging = NodeCases.kapasitetskartlegging(engine, kvartal, FRIST);
      vedtak = NodeCases.vedtakTilGodkjenning(engine, saksnummer);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(kvartal)
          .taskDefinitionKey(Elements.TASK_RAPPORTER_KAPASITET).count()).isEqualTo(3);
      List<Job> timers = engine.getManagementService().createJobQuery().rootProcessInstanceId(kartlegging)
          .timers().list();
      assertThat(timers).hasSize(6);

      // Node a took the three reminders at 08:00 with a one-minute lock and died while running them: its lock stays
      // in the database (what a killed JVM leaves behind), the reminders are not done.
      List<Job> purringer = engine.getManagementService().createJobQuery().rootProcessInstanceId(kartlegging)
          .activityId(Elements.EVENT_PURRING_FOR_FRIST).list();
      assertThat(purringer).hasSize(3);
      for (Job job : purringer) {
        first.jdbc().update("update act_ru_job set lock_owner_ = 'omstart-a', lock_exp_time_ = ? where id_ = ?",
            at(PURRING.plusMinutes(1)), job.getId());
      }
    }

    // The application starts again half a minute later; the reminders are due, but locked.
    ClockUtil.setCurrentTime(at(PURRING.plusSeconds(30)));
    try (Node second = Node.start("omstart-b", database, "--camunda.bpm.job-execution.lock-time-in-millis=60000")) {
      ProcessEngine engine = second.engine();
      // Node b polls every 50-250 ms and leaves them alone for a second and a half ...
      long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
      while (System.nanoTime() < until) {
        assertThat(finished(engine, kartlegging, Elements.TASK_SEND_PURRING)).isZero();
        pause(100);
      }
      // ... and runs them once when the lock has expired.
      ClockUtil.setCurrentTime(at(PURRING.plusMinutes(1).plusSeconds(1)));
      Node.await("purringene etter at låsen gikk ut", VENT,
          () -> finished(engine, kartlegging, Elements.TASK_SEND_PURRING) == 3);
      String sql = "select count(*) from kapasitet_kommune where kvartal = ? and purret_tid is not null";
      assertThat(second.jdbc().queryForObject(sql, Long.class, kvartal)).isEqualTo(3);

      // The decision that waited for approval before the stop is approved after it, and stored once.
      NodeCases.complete(engine, "kjell", "leder", vedtak, VedtakProcess.Elements.GODKJENN_VEDTAK,
          Map.of("godkjent", true));
      assertThat(second.jdbc().queryForObject("select count(*) from vedtak where saksnummer = ?", Long.class,
          saksnummer)).isOne();

      // The deadline timers created before the stop fire: the municipalities are registered as not delivered, the
      // asynchronous continuations after each run, and the report is made.
      ClockUtil.setCurrentTime(at(FRIST_UTE.plusMinutes(1)));
      Node.await("kartleggingen avsluttet etter fristen", VENT, () -> engine.getHistoryService()
          .createHistoricProcessInstanceQuery().processInstanceId(kartlegging).finished().count() == 1);
      assertThat(finished(engine, kartlegging, Elements.TASK_REGISTRER_IKKE_LEVERT)).isEqualTo(3);
      assertThat(finished(engine, kartlegging, Elements.TASK_LAG_OPPSUMMERING)).isOne();
      assertThat(second.jdbc().queryForObject("select count(*) from kapasitet_kommune where kvartal = ?"
          + " and status = 'IKKE_LEVERT'", Long.class, kvartal)).isEqualTo(3);

      // Every job of the survey ran successfully once, all on node b.
      Set<String> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(kartlegging).list().stream().map(HistoricProcessInstance::getId)
          .collect(Collectors.toSet());
      List<HistoricJobLog> successes = engine.getHistoryService().createHistoricJobLogQuery().successLog().list()
          .stream().filter(log -> instances.contains(log.getProcessInstanceId())).toList();
      assertThat(successes).hasSize(9).extracting(HistoricJobLog::getHostname).containsOnly("omstart-b");
      assertThat(successes.stream().map(HistoricJobLog::getJobId).distinct().count()).isEqualTo(9);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
