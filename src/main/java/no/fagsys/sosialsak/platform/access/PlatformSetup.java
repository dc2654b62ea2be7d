package no.fagsys.sosialsak.platform.access;

import no.fagsys.sosialsak.platform.demo.DemoData;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs the access setup, then the demo data where the {@code demo} profile is active, once the engine is built
 * and before the web server takes requests.
 */
@Component
class PlatformSetup implements SmartInitializingSingleton {

  private final ProcessEngine engine;
  private final AccessSetup accessSetup;
  private final ObjectProvider<DemoData> demoData;

  PlatformSetup(ProcessEngine engine, AccessSetup accessSetup, ObjectProvider<DemoData> demoData) {
    this.engine = engine;
    this.accessSetup = accessSetup;
    this.demoData = demoData;
  }

  @Override
  public void afterSingletonsInstantiated() {
    accessSetup.apply(engine);
    demoData.ifAvailable(demo -> demo.apply(engine));
  }
}
