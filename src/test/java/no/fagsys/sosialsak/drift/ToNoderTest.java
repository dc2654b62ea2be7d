package no.fagsys.sosialsak.drift;

import static no.fagsys.sosialsak.drift.NodeCases.at;
import static no.fagsys.sosialsak.drift.NodeCases.finished;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two nodes of the application on one PostgreSQL database (two application contexts in this JVM, job executor on in
 * both) run a batch of timers and asynchronous continuations: eight quarterly capacity surveys, each with a reminder
 * timer and a deadline timer for each of the three municipalities and an asynchronous continuation after each
 * municipality, the last of which makes the report. Every job runs successfully exactly once, every effect (reminder
 * registered, municipality registered as not delivered, report stored) happens exactly once, and both nodes did work
 * (the job log's host name). And decisions approved on both nodes get their letters from whichever job executor
 * takes the job: one letter per decision, each letter job run once. PostgreSQL only ({@code -Ppostgres}): two
 * engines on one H2 file are not a cluster.
 */
@EnabledIf("no.fagsys.sosialsak.drift.IsolatedDatabase#postgres")
class ToNoderTest {

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);
  static final LocalDate FRIST = I_DAG.plusDays(10);
  static final LocalDateTime PURRING = FRIST.minusDays(3).atTime(8, 0);
  static final LocalDateTime FRIST_UTE = FRIST.plusDays(1).atStartOfDay();
  static final int KARTLEGGINGER = 8;
  static final Duration VENT = Duration.ofSeconds(40);
  static final int VEDTAK = 12;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void twoNodesRunEveryJobOfTheBatchExactlyOnce() {
    ClockUtil.setCurrentTime(at(I_DAG.atTime(9, 0)));
    try (IsolatedDatabase database = IsolatedDatabase.create("noder");
        Node a = Node.start("node-a", database);
        Node b = Node.start("node-b", database)) {
      ProcessEngine engine = a.engine();
      List<String> kartlegginger = new ArrayList<>();
      for (int i = 0; i < KARTLEGGINGER; i++) {
        kartlegginger.add(NodeCases.kapasitetskartlegging(i % 2 == 0 ? a.engine() : b.engine(),
            (2026 + i / 4) + "-Q" + (i % 4 + 1), FRIST));
      }
      assertThat(engine.getManagementService().createJobQuery().timers().count()).isEqualTo(6L * KARTLEGGINGER);

      // The reminders first (the deadline would cancel a reminder not yet sent), then the deadlines.
      ClockUtil.setCurrentTime(at(PURRING.plusMinutes(1)));
      awaitJobs(engine, "alle purringene", () -> kartlegginger.stream()
          .allMatch(k -> finished(engine, k, Elements.TASK_SEND_PURRING) == 3));
      ClockUtil.setCurrentTime(at(FRIST_UTE.plusMinutes(1)));
      awaitJobs(engine, "alle kartleggingene avsluttet", () -> engine.getHistoryService()
          .createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(kartlegginger)).finished()
          .count() == KARTLEGGINGER);

      for (String kartlegging : kartlegginger) {
        assertThat(finished(engine, kartlegging, Elements.TASK_SEND_PURRING)).as(kartlegging).isEqualTo(3);
        assertThat(finished(engine, kartlegging, Elements.TASK_REGISTRER_IKKE_LEVERT)).as(kartlegging).isEqualTo(3);
        assertThat(finished(engine, kartlegging, Elements.TASK_LAG_OPPSUMMERING)).as(kartlegging).isOne();
      }
      assertThat(a.jdbc().queryForObject("select count(*) from kapasitet_kommune where status = 'IKKE_LEVERT'"
          + " and purret_tid is not null", Long.class)).isEqualTo(3L * KARTLEGGINGER);
      assertThat(a.jdbc().queryForObject("select count(distinct kvartal) from kapasitet_oppsummering", Long.class))
          .isEqualTo(KARTLEGGINGER);
      assertThat(a.jdbc().queryForList("select kvartal, omrade, niva from kapasitet_oppsummering"
          + " group by kvartal, omrade, niva having count(*) > 1")).isEmpty();
      // No job of the batch is left; the engine's nightly history cleanup job stays scheduled, as it should.
      java.util.Set<String> cleanup = engine.getHistoryService().findHistoryCleanupJobs().stream()
          .map(org.camunda.bpm.engine.runtime.Job::getId).collect(Collectors.toSet());
      assertThat(engine.getManagementService().createJobQuery().list()).extracting(j -> j.getId())
          .allMatch(cleanup::contains);
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

      // Each job succeeded once; both nodes ran some.
      List<HistoricJobLog> successes = engine.getHistoryService().createHistoricJobLogQuery().successLog().list()
          .stream().filter(log -> !"history-cleanup".equals(log.getJobDefinitionType())).toList();
      assertThat(successes).hasSize(3 * 3 * KARTLEGGINGER);
      Map<String, Long> perJob = successes.stream()
          .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
      assertThat(perJob.values()).containsOnly(1L);
      assertThat(successes).extracting(HistoricJobLog::getHostname).contains("node-a", "node-b");
    }
  }

  @Test
  void twoNodesMakeEachDecisionLetterExactlyOnce() {
    ClockUtil.setCurrentTime(at(I_DAG.atTime(9, 0)));
    try (IsolatedDatabase database = IsolatedDatabase.create("brev");
        Node a = Node.start("node-a", database);
        Node b = Node.start("node-b", database)) {
      List<String> vedtak = new ArrayList<>();
      for (int i = 0; i < VEDTAK; i++) {
        ProcessEngine node = i % 2 == 0 ? a.engine() : b.engine();
        vedtak.add(NodeCases.vedtakTilGodkjenning(node, "TO-NODER-" + i));
      }
      // The approvals on both nodes, one after the other: each commits its decision and a letter job, which both
      // job executors then compete for.
      for (int i = 0; i < VEDTAK; i++) {
        NodeCases.complete(i % 2 == 0 ? b.engine() : a.engine(), "kjell", "leder", vedtak.get(i),
            VedtakProcess.Elements.GODKJENN_VEDTAK, Map.of("godkjent", true));
      }
      ProcessEngine engine = a.engine();
      awaitJobs(engine, "alle vedtaksbrevene", () -> vedtak.stream()
          .allMatch(v -> finished(engine, v, VedtakProcess.Elements.LAG_VEDTAKSBREV) == 1));

      assertThat(a.jdbc().queryForObject("select count(*) from brev where vedtaksbrev_for is not null", Long.class))
          .isEqualTo((long) VEDTAK);
      assertThat(a.jdbc().queryForObject("select count(*) from vedtak v where (select count(*) from brev b"
          + " where b.vedtaksbrev_for = v.id and b.type = 'VEDTAK') <> 1", Long.class)).isZero();
      List<HistoricJobLog> letterJobs = engine.getHistoryService().createHistoricJobLogQuery().successLog().list()
          .stream().filter(log -> VedtakProcess.Elements.LAG_VEDTAKSBREV.equals(log.getActivityId())).toList();
      assertThat(letterJobs).hasSize(VEDTAK);
      assertThat(letterJobs.stream().collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()))
          .values()).containsOnly(1L);
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }
  }

  /**
   * Waits for the job executors. A job that failed on a conflict with the other node (optimistic locking) is retried
   * by the retry cycle five minutes later: then the engine clock is moved to that time.
   */
  static void awaitJobs(ProcessEngine engine, String what, BooleanSupplier done) {
    long deadline = System.nanoTime() + VENT.toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("Ventet " + VENT.toSeconds() + " s på " + what).isLessThan(deadline);
      List<Job> postponed = engine.getManagementService().createJobQuery().withException().list();
      Date now = ClockUtil.getCurrentTime();
      if (!postponed.isEmpty() && engine.getManagementService().createJobQuery().executable().count() == 0) {
        Date latest = postponed.stream().map(Job::getDuedate).max(Comparator.naturalOrder()).orElse(now);
        if (latest.after(now)) {
          ClockUtil.setCurrentTime(new Date(latest.getTime() + 1000));
        }
      }
      OmstartTest.pause(50);
    }
  }
}
