package no.fagsys.sosialsak.drift;

import static no.fagsys.sosialsak.drift.NodeCases.at;
import static no.fagsys.sosialsak.drift.NodeCases.finished;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application stopped and started again on the same database (an H2 file database, or PostgreSQL in
 * {@code -Ppostgres}): a case waiting at a task continues after the restart, timers created before the stop fire
 * after it when they are due (the engine clock moved with {@link ClockUtil}, the job executor on), and a job that a
 * node had locked when it died is run by another node as soon as the lock has expired, not before.
 */
class OmstartTest {

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);
  static final LocalDate FRIST = I_DAG.plusDays(10);
  /** Three days before the deadline at 08:00 ({@code sosialsak.kapasitet.purring-dager-for-frist}). */
  static final LocalDateTime PURRING = FRIST.minusDays(3).atTime(8, 0);
  /** The day after the deadline at 00:00. */
  static final LocalDateTime FRIST_UTE = FRIST.plusDays(1).atStartOfDay();
  static final Duration VENT = Duration.ofSeconds(30);

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void theCaseContinuesAndTheTimersFireAfterARestart() {
    ClockUtil.setCurrentTime(at(I_DAG.atTime(9, 0)));
    String saksnummer = "DRIFT-" + UUID.randomUUID();
    try (IsolatedDatabase database = IsolatedDatabase.create("omstart")) {
      String kartlegging;
      String vedtak;
      try (Node first = Node.start("omstart-a", database)) {
        ProcessEngine engine = first.engine();
        kartlegging = NodeCases.kapasitetskartlegging(engine, "2026-Q1", FRIST);
        vedtak = NodeCases.vedtakTilGodkjenning(engine, saksnummer);
        assertThat(engine.getManagementService().createJobQuery().timers().count()).isEqualTo(6);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(Elements.TASK_RAPPORTER_KAPASITET)
            .count()).isEqualTo(3);
      }

      // While the application is down, the reminder time passes.
      ClockUtil.setCurrentTime(at(PURRING.plusMinutes(1)));
      try (Node second = Node.start("omstart-b", database)) {
        ProcessEngine engine = second.engine();
        Node.await("purringene etter omstarten", VENT,
            () -> finished(engine, kartlegging, Elements.TASK_SEND_PURRING) == 3);
        assertThat(finished(engine, kartlegging, Elements.TASK_REGISTRER_IKKE_LEVERT)).isZero();
        assertThat(second.jdbc().queryForObject("select count(*) from kapasitet_kommune where kvartal = '2026-Q1'"
            + " and purret_tid is not null", Long.class)).isEqualTo(3);
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().successLog().list())
            .extracting(HistoricJobLog::getHostname).containsOnly("omstart-b");

        // The decision waiting for approval before the stop is approved after it, and stored once.
        NodeCases.complete(engine, "kjell", "leder", vedtak, VedtakProcess.Elements.GODKJENN_VEDTAK,
            Map.of("godkjent", true));
        assertThat(second.jdbc().queryForObject("select count(*) from vedtak where saksnummer = ?", Long.class,
            saksnummer)).isOne();

        // The deadline passes with the application running: the municipalities are registered as not delivered
        // and the report is made (timers, then the asynchronous continuations after each municipality).
        ClockUtil.setCurrentTime(at(FRIST_UTE.plusMinutes(1)));
        Node.await("kartleggingen avsluttet etter fristen", VENT, () -> engine.getHistoryService()
            .createHistoricProcessInstanceQuery().processInstanceId(kartlegging).finished().count() == 1);
        assertThat(finished(engine, kartlegging, Elements.TASK_REGISTRER_IKKE_LEVERT)).isEqualTo(3);
        assertThat(finished(engine, kartlegging, Elements.TASK_LAG_OPPSUMMERING)).isOne();
        assertThat(second.jdbc().queryForObject("select count(*) from kapasitet_kommune where kvartal = '2026-Q1'"
            + " and status = 'IKKE_LEVERT'", Long.class)).isEqualTo(3);
      }
    }
  }

  @Test
  void aJobLockedByANodeThatDiedRunsElsewhereWhenTheLockExpires() {
    ClockUtil.setCurrentTime(at(I_DAG.atTime(9, 0)));
    try (IsolatedDatabase database = IsolatedDatabase.create("laas")) {
      String kartlegging;
      try (Node first = Node.start("laas-a", database)) {
        kartlegging = NodeCases.kapasitetskartlegging(first.engine(), "2026-Q1", FRIST);
        // Node a acquires the three reminders at 08:00 with a one-minute lock and dies while running them: its
        // lock stays in the database (what a killed JVM leaves behind), the jobs are not done.
        List<Job> purringer = first.engine().getManagementService().createJobQuery()
            .activityId(Elements.EVENT_PURRING_FOR_FRIST).list();
        assertThat(purringer).hasSize(3);
        for (Job job : purringer) {
          first.jdbc().update("update act_ru_job set lock_owner_ = 'laas-a', lock_exp_time_ = ? where id_ = ?",
              at(PURRING.plusMinutes(1)), job.getId());
        }
      }

      ClockUtil.setCurrentTime(at(PURRING.plusSeconds(30)));
      try (Node second = Node.start("laas-b", database,
          "--camunda.bpm.job-execution.lock-time-in-millis=60000")) {
        ProcessEngine engine = second.engine();
        // Due, but locked by the dead node: node b leaves them alone for the many acquisition rounds of a second
        // and a half (it polls every 50-250 ms) ...
        long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (System.nanoTime() < until) {
          assertThat(finished(engine, kartlegging, Elements.TASK_SEND_PURRING)).isZero();
          pause(100);
        }
        assertThat(second.jdbc().queryForObject("select count(*) from act_ru_job where lock_owner_ = 'laas-a'",
            Long.class)).isEqualTo(3);

        // ... and runs them once the lock has expired.
        ClockUtil.setCurrentTime(at(PURRING.plusMinutes(1).plusSeconds(1)));
        Node.await("purringene etter at låsen gikk ut", VENT,
            () -> finished(engine, kartlegging, Elements.TASK_SEND_PURRING) == 3);
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().successLog().list())
            .extracting(HistoricJobLog::getHostname).containsOnly("laas-b");
        assertThat(second.jdbc().queryForObject("select count(*) from kapasitet_kommune where kvartal = '2026-Q1'"
            + " and purret_tid is not null", Long.class)).isEqualTo(3);
      }
    }
  }
}
