package no.fagsys.sosialsak.sak;

import java.time.LocalDate;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The facts of record, read from the engine and never from variables a user could submit: the case number is the
 * process instance's business key (an application's own, or the application's for its complaints and breaches,
 * {@code …-K1}/{@code …-V1}), the municipality is the instance's tenant, and who drafted or approved is the user who
 * completed that task, from the engine's task history. {@code IntegritetRegelTest} fails when a delegate or listener
 * reads one of them from the process variables instead.
 */
public final class Saksfakta {

  private Saksfakta() {}

  /** The application's case number: the business key without a complaint's or breach's suffix. */
  public static String saksnummer(DelegateExecution execution) {
    return Sak.hovedsaksnummer(execution.getProcessBusinessKey());
  }

  public static String saksnummer(DelegateTask task) {
    return saksnummer(task.getExecution());
  }

  /** The municipality: the tenant of the case. */
  public static String kommunenummer(DelegateExecution execution) {
    return execution.getTenantId();
  }

  public static String kommunenummer(DelegateTask task) {
    return task.getTenantId();
  }

  /**
   * Who completed the last finished task of the element in the process instance, from the engine's task history (the
   * product records the completing user as the task's assignee when it completes); {@code null} when none has.
   */
  public static String fullfortAv(ProcessEngineServices engine, String processInstanceId, String taskDefinitionKey) {
    HistoricTaskInstance last = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).finished()
        .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    return last == null ? null : last.getAssignee();
  }

  /**
   * The day the application with this case number (a complaint's or breach's prefix) was received, as it was
   * registered at its start ({@code soknadsdato}), from the engine's history; {@code null} when not known.
   */
  public static LocalDate soknadsdato(ProcessEngineServices engine, String saksnummer) {
    String hovedsak = Sak.hovedsaksnummer(saksnummer);
    if (hovedsak == null) {
      return null;
    }
    HistoricProcessInstance soknad = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("soknad").processInstanceBusinessKey(hovedsak).listPage(0, 1).stream().findFirst()
        .orElse(null);
    if (soknad == null) {
      return null;
    }
    HistoricVariableInstance dato = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(soknad.getId()).variableName("soknadsdato").listPage(0, 1).stream().findFirst()
        .orElse(null);
    return dato == null ? null : ProcessVariable.parseDate(dato.getValue());
  }
}
