package no.fagsys.sosialsak.saksspor;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The auditor's case history in Cockpit ("Saksspor", docs/saksspor.md): a Cockpit plugin whose one resource answers a
 * case's trail by its case number at {@code /camunda/api/cockpit/plugin/saksspor/{engine}/saker/{saksnummer}},
 * read-only. Registered through {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; the page
 * itself is the custom script {@code app/cockpit/scripts/saksspor/saksspor.js} listed in Cockpit's {@code config.js}.
 */
public class SakssporPlugin extends AbstractCockpitPlugin {

  public static final String ID = "saksspor";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(SakssporRootResource.class);
  }
}
