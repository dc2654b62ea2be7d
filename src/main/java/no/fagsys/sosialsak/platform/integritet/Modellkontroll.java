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

  /**
   * What the deployment's models may reference: what it brings itself (forms by their id, decisions and processes
   * by their key) or what is deployed already (looked up without the deploying user's read rights).
   */
  private static Modellvakt.Oppslag oppslag(Map<String, ResourceEntity> resources) {
    Set<String> skjema = new TreeSet<>();
    Set<String> beslutninger = new TreeSet<>();
    Set<String> prosesser = new TreeSet<>();
    java.util.regex.Pattern id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    java.util.regex.Pattern decision = java.util.regex.Pattern.compile("<(?:\\w+:)?decision\\s[^>]*\\bid=\"([^\"]+)\"");
    java.util.regex.Pattern process = java.util.regex.Pattern.compile("<(?:\\w+:)?process\\s[^>]*\\bid=\"([^\"]+)\"");
    resources.forEach((name, resource) -> {
      String text = new String(resource.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
      java.util.regex.Matcher m;
      if (name.endsWith(".form")) {
        // The form's own id is the last top-level "id" (components come first in Modeler's files); take all ids.
        for (m = id.matcher(text); m.find(); ) {
          skjema.add(m.group(1));
        }
      } else if (name.endsWith(".dmn")) {
        for (m = decision.matcher(text); m.find(); ) {
          beslutninger.add(m.group(1));
        }
      } else if (name.endsWith(".bpmn")) {
        for (m = process.matcher(text); m.find(); ) {
          prosesser.add(m.group(1));
        }
      }
    });
    var context = Context.getCommandContext();
    var repository = Context.getProcessEngineConfiguration().getRepositoryService();
    return new Modellvakt.Oppslag() {
      @Override
      public boolean skjema(String key) {
        // Forms are shared by all municipalities (deployed without a tenant).
        return skjema.contains(key) || context.getCamundaFormDefinitionManager()
            .findLatestDefinitionByKeyAndTenantId(key, null) != null;
      }

      @Override
      public boolean beslutning(String key) {
        return beslutninger.contains(key) || context.runWithoutAuthorization(
            () -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0);
      }

      @Override
      public boolean prosess(String key) {
        return prosesser.contains(key) || context.runWithoutAuthorization(
            () -> repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0);
      }
    };
  }

  private void kontroller(DeploymentEntity deployment) {
    Authentication user = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (user == null || user.getUserId() == null || !deployment.isNew()) {
      return;
    }
    List<String> feil = new ArrayList<>();
    Map<String, ResourceEntity> resources = deployment.getResources() == null ? Map.of() : deployment.getResources();
    Modellvakt.Oppslag oppslag = oppslag(resources);
    resources.forEach((name, resource) -> feil.addAll(vakt().sjekk(name, resource.getBytes(), oppslag)));
    if (!feil.isEmpty()) {
      throw new BadUserRequestException("Modellen kan ikke tas i bruk: " + String.join("; ", feil));
    }
  }
}
