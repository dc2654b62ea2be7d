package no.fagsys.sosialsak.platform.access;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's groups, municipalities (tenants), authorizations and Tasklist filters match the product's
 * access table at every start. Idempotent: existing entries are brought in line, nothing is duplicated.
 */
@Component
public class AccessSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

  static final String FILTER_MINE = "Mine oppgaver";
  static final String FILTER_MY_GROUP = "Min gruppes oppgaver";
  static final String FILTER_DUE_TODAY = "Frist i dag";

  private static final Map<String, String> GROUP_NAMES = Map.of(
      Roles.SAKSBEHANDLER, "Saksbehandlere",
      Roles.LEDER, "Ledere",
      Roles.STATSFORVALTEREN, "Statsforvalteren",
      Roles.REVISOR, "Revisorer",
      Roles.PROSESSEIER, "Prosesseiere");

  private final AccessProperties properties;

  public AccessSetup(AccessProperties properties) {
    this.properties = properties;
  }

  public void apply(ProcessEngine engine) {
    createGroups(engine.getIdentityService());
    createTenants(engine.getIdentityService());
    applyGrants(engine.getAuthorizationService());
    createFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
    LOG.info("Tilgangsoppsett: {} grupper, {} kommuner, {} tilganger", AccessTable.GROUPS.size(),
        properties.kommuner().size(), AccessTable.GRANTS.size());
  }

  private void createGroups(IdentityService identity) {
    for (String id : AccessTable.GROUPS) {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName(GROUP_NAMES.get(id));
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
    }
  }

  private void createTenants(IdentityService identity) {
    properties.kommuner().forEach((kommunenummer, name) -> {
      if (identity.createTenantQuery().tenantId(kommunenummer).count() == 0) {
        Tenant tenant = identity.newTenant(kommunenummer);
        tenant.setName(name);
        identity.saveTenant(tenant);
      }
    });
  }

  private void applyGrants(AuthorizationService authorizations) {
    for (Grant grant : AccessTable.GRANTS) {
      grant(authorizations, grant.groupId(), grant.resource(), grant.resourceId(), grant.permissions());
    }
  }

  /** Creates the group's grant on the resource, or sets an existing one to exactly these permissions. */
  static void grant(AuthorizationService authorizations, String groupId, org.camunda.bpm.engine.authorization.Resource resource,
      String resourceId, List<Permission> permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    authorization.setPermissions(new Permission[] {Permissions.NONE});
    permissions.forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
  }

  private void createFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
    TaskQuery myGroup = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}");
    TaskQuery dueToday = tasks.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}");
    Set<String> ids = new HashSet<>();
    ids.add(filter(filters, FILTER_MINE, mine, -10, "Oppgaver som er tildelt meg"));
    ids.add(filter(filters, FILTER_MY_GROUP, myGroup, -5, "Ufordelte oppgaver for gruppene mine"));
    ids.add(filter(filters, FILTER_DUE_TODAY, dueToday, 0, "Oppgaver for gruppene mine med frist i dag eller tidligere"));
    for (String filterId : ids) {
      for (String group : AccessTable.TASKLIST_GROUPS) {
        grant(authorizations, group, Resources.FILTER, filterId, List.of(Permissions.READ));
      }
    }
  }

  private static String filter(FilterService filters, String name, TaskQuery query, int priority, String description) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    Filter filter = existing != null ? existing : filters.newTaskFilter(name);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("description", description);
    props.put("priority", priority);
    props.put("refresh", true);
    // Shown on every task card: which case (its number, as the case's letters and the domain API name it), what and
    // where, in words (sak/Visningsnavn) rather than codes.
    props.put("variables", List.of(
        Map.of("name", "saksnummer", "label", "Saksnummer"),
        Map.of("name", "tjenesteNavn", "label", "Tjeneste"),
        Map.of("name", "kommuneNavn", "label", "Kommune")));
    filter.setProperties(props);
    filter.setQuery(query);
    return filters.saveFilter(filter).getId();
  }
}
