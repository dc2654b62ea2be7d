package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vedtak.VedtakTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Drives a case in a plain process test as Tasklist would: find its task, complete it as an authenticated user. */
public final class CaseDriver {

  private CaseDriver() {}

  /** The open task of the case (by business key) at the element; fails the test when there is none. */
  public static Task task(ProcessEngine engine, String businessKey, String element) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(element).singleResult();
    assertThat(task).as("oppgave " + element).isNotNull();
    return task;
  }

  /**
   * Completes the task as the user of the group in the municipality, as Tasklist and the REST API do. After an
   * approval, the decision letter's step (an asynchronous continuation) is run as the job executor would run it
   * ({@link VedtakTestSupport#lagVedtaksbrev}), so the case goes on as it does in the application.
   */
  public static void completeAs(ProcessEngine engine, String user, String group, String kommunenummer, Task task,
      Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, List.of(group), List.of(kommunenummer));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    if (VedtakProcess.Elements.GODKJENN_VEDTAK.equals(task.getTaskDefinitionKey())) {
      VedtakTestSupport.lagVedtaksbrev(engine);
    }
  }

  /** After a test: no bean mocks, the real clock, no authenticated user left behind. */
  public static void reset(ProcessEngine engine) {
    org.camunda.bpm.engine.test.mock.Mocks.reset();
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** The day at the hour, in the JVM's zone (the engine clock's). */
  public static Date date(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}
