package no.fagsys.sosialsak.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks without the engine's read of every group that has an authorization.
 *
 * <p>Before its first authorization check in a command, the engine runs {@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION} and intersects the result with the user's groups, so that users in hundreds of groups get
 * short {@code GROUP_ID_ IN (…)} lists. That statement reads the whole table, and the table holds one grant per open
 * task (the candidate group's {@code TASK_WORK}): at 46,000 open tasks it took 26–34 ms, once per command, and
 * registering applications slowed from 130 to 43 per second (BENCHMARKS.md, "Authorization at volume"). Our users
 * are in one or two groups; a group without any authorization matches no row in the checks that follow, so handing
 * the user's groups over unchanged gives the same answers. Users in more than {@link #MAX_GROUPS_UNFILTERED} groups
 * still get the engine's filter. (Camunda issue 5485 describes the statement's cost.)
 */
@Component
public class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  /** Up to this many groups, the user's groups go into the checks as they are. */
  public static final int MAX_GROUPS_UNFILTERED = 32;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UnfilteredGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, without the group read for users in few groups. */
  static class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > MAX_GROUPS_UNFILTERED) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull)
          .collect(LinkedHashSet::new, LinkedHashSet::add, LinkedHashSet::addAll));
    }
  }
}
