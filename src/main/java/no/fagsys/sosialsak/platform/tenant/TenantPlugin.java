package no.fagsys.sosialsak.platform.tenant;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link KommuneTenantIdProvider} in the engine (the starter picks up plugin beans). */
@Component
public class TenantPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new KommuneTenantIdProvider());
  }
}
