package no.fagsys.sosialsak.arkiv;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * The job that works the archive outbox of one case ({@link ArkivUtboks} creates it in the transaction that queued a
 * message; its configuration is the application's case number). The job executor runs it after commit, with the
 * engine's retries ({@code failedJobRetryTimeCycle}) and an incident in Cockpit when it keeps failing; an operator
 * fixes the cause and sets retries. Registered with the engine by this plugin (a custom job handler).
 */
@Component
public class ArkivJobHandler extends AbstractProcessEnginePlugin
    implements JobHandler<ArkivJobHandler.Konfigurasjon> {

  public static final String TYPE = "sosialsak-arkiv";

  /** The case whose outbox the job works. */
  public record Konfigurasjon(String hovedsaksnummer) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return hovedsaksnummer;
    }
  }

  private final ArkivUtsending utsending;

  public ArkivJobHandler(ArkivUtsending utsending) {
    this.utsending = utsending;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(this);
    configuration.setCustomJobHandlers(handlers);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Konfigurasjon konfigurasjon, ExecutionEntity execution, CommandContext commandContext,
      String tenantId) {
    utsending.send(konfigurasjon.hovedsaksnummer());
  }

  @Override
  public Konfigurasjon newConfiguration(String canonicalString) {
    return new Konfigurasjon(canonicalString);
  }

  @Override
  public void onDelete(Konfigurasjon configuration, JobEntity jobEntity) {
    // Nothing to clean up: the outbox keeps the message until it is delivered.
  }
}
