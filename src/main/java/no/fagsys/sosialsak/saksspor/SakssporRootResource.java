package no.fagsys.sosialsak.saksspor;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's JAX-RS root ({@code /camunda/api/cockpit/plugin/saksspor}); Cockpit's security filter lets only a user
 * logged into the webapps through to {@code {engine}/…}. The product's services come from the application context of
 * the servlet context the request runs in.
 */
@Path("plugin/" + SakssporPlugin.ID)
public class SakssporRootResource extends AbstractCockpitPluginRootResource {

  public SakssporRootResource() {
    super(SakssporPlugin.ID);
  }

  @Path("{engineName}")
  public SakssporResource engine(@PathParam("engineName") String engineName) {
    var spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new SakssporResource(engineName, spring.getBean(SakssporLeser.class)), engineName);
  }
}
