package no.fagsys.sosialsak.platform.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs the engine in Norwegian time: the engine reads a timer's {@code timeDate} without offset (the product's
 * deadlines, {@link EngineTime#startOf}) in the JVM's default zone, so before the engine starts this makes
 * {@link EngineTime#NORGE} the default. Without it, a server in UTC fires «midnight» timers an hour or two late, and
 * between 22:00/23:00 and midnight UTC the engine's day and the product's day differ.
 */
@Component
public class NorskTidPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineTime.brukNorskTid();
  }
}
