package no.fagsys.sosialsak.platform.integritet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link Modellvakt} in front of every deployment a user makes (REST, Cockpit, Modeler): the engine runs it
 * before its own deployers, and a refusal (400, each offending element named) deploys nothing. The product's own
 * models, deployed by the application itself at start-up without a user, are checked by {@code ModellvaktTest}
 * instead, as are the test suites' small models.
 */
@Component
public class Modellkontroll extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private volatile Modellvakt vakt;

  public Modellkontroll(ApplicationContext context) {
    this.context = context;
  }

  /** The guard with the application's beans: delegates and listeners by type, every bean name as unreachable. */
  public Modellvakt vakt() {
    if (vakt == null) {
      Set<String> delegater = Stream.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class,
              DelegateVariableMapping.class)
          .flatMap(type -> Arrays.stream(context.getBeanNamesForType(type)))
          .filter(name -> context.getType(name) != null
              && context.getType(name).getName().startsWith("no.fagsys.sosialsak."))
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> bonner = Set.of(context.getBeanDefinitionNames());
      vakt = new Modellvakt(() -> delegater, () -> bonner);
    }
    return vakt;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> pre = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    pre.add(this::kontroller);
    configuration.setCustomPreDeployers(pre);
  }

  private void kontroller(DeploymentEntity deployment) {
    Authentication user = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (user == null || user.getUserId() == null || !deployment.isNew()) {
      return;
    }
    List<String> feil = new ArrayList<>();
    Map<String, ResourceEntity> resources = deployment.getResources();
    if (resources != null) {
      resources.forEach((name, resource) -> feil.addAll(vakt().sjekk(name, resource.getBytes())));
    }
    if (!feil.isEmpty()) {
      throw new BadUserRequestException("Modellen kan ikke tas i bruk: " + String.join("; ", feil));
    }
  }
}
