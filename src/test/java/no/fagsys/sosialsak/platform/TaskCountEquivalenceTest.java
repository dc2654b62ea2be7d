package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The product's task count ({@link TaskCountPlugin}) gives the engine's number: for every demo user, every Tasklist
 * filter and every kind of grant the engine knows (the candidate group's own grant, a user's grant on one task, a
 * grant without READ, a grant on the process definition's tasks, a grant on all tasks, a revoke), on tasks of three
 * municipalities, with and without a municipality, assigned or not, due or not. Run on H2 and, with
 * {@code -Ppostgres}, on PostgreSQL. Each count is asked twice, the product's way and the engine's, in the same state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskCountEquivalenceTest {

  static final String[] TENANTS = {"5028", "5031", "5001", null};
  static final String[] GROUPS = {"saksbehandler", "leder", "statsforvalteren", null};
  static final String[] ASSIGNEES = {null, null, "kari", "kjell", "sara"};

  @Autowired TaskCountPlugin plugin;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  final List<String> tasks = new ArrayList<>();
  final List<String> authorizations = new ArrayList<>();
  Deployment deployment;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    plugin.bruk(true);
    // (Grants on a task go with the task; one may already be gone with the administrator's removal.)
    authorizations.stream().filter(id -> authorizationService.createAuthorizationQuery().authorizationId(id).count() > 0)
        .forEach(authorizationService::deleteAuthorization);
    tasks.forEach(id -> taskService.deleteTask(id, true));
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void theProductsCountEqualsTheEnginesForEveryUserFilterAndKindOfGrant() {
    Random random = new Random(20261204);
    Date now = Date.from(Instant.now());
    for (int i = 0; i < 80; i++) {
      Task task = taskService.newTask();
      task.setName("Telling " + i);
      task.setTenantId(TENANTS[random.nextInt(TENANTS.length)]);
      task.setAssignee(ASSIGNEES[random.nextInt(ASSIGNEES.length)]);
      int due = random.nextInt(3);
      task.setDueDate(due == 0 ? null : Date.from(now.toInstant().plus(due == 1 ? -1 : 2, ChronoUnit.DAYS)));
      taskService.saveTask(task);
      tasks.add(task.getId());
      String group = GROUPS[random.nextInt(GROUPS.length)];
      if (group != null) {
        taskService.addCandidateGroup(task.getId(), group); // the engine grants the group READ and TASK_WORK
      }
      if (random.nextInt(4) == 0) {
        taskService.addCandidateGroup(task.getId(), GROUPS[random.nextInt(GROUPS.length - 1)]);
      }
    }
    // Process tasks, for the grants on a process definition's tasks.
    deployment = repositoryService.createDeployment().tenantId("5028")
        .addModelInstance("telling.bpmn", Bpmn.createExecutableProcess("tellingTest").camundaHistoryTimeToLive(1)
            .startEvent().userTask("oppgave").camundaCandidateGroups("saksbehandler").endEvent().done())
        .deploy();
    for (int i = 0; i < 5; i++) {
      runtimeService.startProcessInstanceByKey("tellingTest");
    }

    Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
    kinds.put("the candidate groups' own grants", () -> null);
    kinds.put("kari's grant on one task without a group", () -> grant("kari", null, Resources.TASK,
        taskWithoutGroup(), Permissions.READ));
    kinds.put("a group's grant without READ", () -> grant(null, "leder", Resources.TASK, tasks.get(3),
        TaskPermissions.UPDATE));
    kinds.put("the group's grant removed from some tasks by an administrator", () -> {
      List<String> some = new ArrayList<>(tasks.subList(0, 20));
      some.addAll(taskService.createTaskQuery().processDefinitionKey("tellingTest").list().stream()
          .map(Task::getId).toList());
      some.forEach(id -> authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(id)
          .list().forEach(a -> authorizationService.deleteAuthorization(a.getId())));
      return null;
    });
    kinds.put("a grant on the process definition's tasks", () -> grant(null, "saksbehandler",
        Resources.PROCESS_DEFINITION, "tellingTest", ProcessDefinitionPermissions.READ_TASK));
    kinds.put("a user's grant on every task", () -> grant("kari", null, Resources.TASK, "*", Permissions.READ));
    kinds.put("everyone's grant on every process definition's tasks", () -> global(Resources.PROCESS_DEFINITION,
        ProcessDefinitionPermissions.READ_TASK));
    kinds.put("a revoke", () -> revoke("kari", Resources.TASK, tasks.get(0), Permissions.READ));

    List<Filter> filters = filterService.createTaskFilterQuery().list();
    assertThat(filters).extracting(Filter::getName)
        .contains("Mine oppgaver", "Min gruppes oppgaver", "Frist i dag");
    long answeredBefore = plugin.besvart();
    for (Map.Entry<String, Supplier<String>> kind : kinds.entrySet()) {
      String id = kind.getValue().get();
      if (id != null) {
        authorizations.add(id);
      }
      for (User user : identityService.createUserQuery().list()) {
        // The filters this user may read (Tasklist shows no others).
        identityService.setAuthentication(user.getId(), groupsOf(user.getId()), tenantsOf(user.getId()));
        List<Filter> visible = filterService.createTaskFilterQuery().listPage(0, 100);
        identityService.clearAuthentication();
        for (Filter filter : visible) {
          long product = countAs(user.getId(), () -> filterService.count(filter.getId()), true);
          long engine = countAs(user.getId(), () -> filterService.count(filter.getId()), false);
          assertThat(product).as("%s, %s, %s", kind.getKey(), user.getId(), filter.getName()).isEqualTo(engine);
        }
        // A search in Tasklist (an extending query) is answered by the engine, and is equal too.
        List<String> groups = groupsOf(user.getId());
        if (groups.isEmpty()) {
          continue;
        }
        long product = countAs(user.getId(), () -> taskService.createTaskQuery().taskNameLike("Telling 1%")
            .taskCandidateGroupIn(groups).count(), true);
        long engine = countAs(user.getId(), () -> taskService.createTaskQuery().taskNameLike("Telling 1%")
            .taskCandidateGroupIn(groups).count(), false);
        assertThat(product).as("search, %s, %s", kind.getKey(), user.getId()).isEqualTo(engine);
        // One group and one municipality, as an API client may ask.
        String one = groups.get(0);
        product = countAs(user.getId(), () -> taskService.createTaskQuery().taskCandidateGroup(one).tenantIdIn("5028")
            .count(), true);
        engine = countAs(user.getId(), () -> taskService.createTaskQuery().taskCandidateGroup(one).tenantIdIn("5028")
            .count(), false);
        assertThat(product).as("one group in 5028, %s, %s", kind.getKey(), user.getId()).isEqualTo(engine);
      }
    }
    // The product's count answered the filters (not only the engine): kari sees tasks of her group in 5028.
    assertThat(plugin.besvart()).isGreaterThan(answeredBefore);
    long kari = countAs("kari", () -> filterService.count(filterService.createTaskFilterQuery()
        .filterName("Min gruppes oppgaver").singleResult().getId()), true);
    assertThat(kari).isPositive();
  }

  @Test
  void aCriterionTheProductDoesNotKnowIsLeftToTheEngine() {
    var query = (org.camunda.bpm.engine.impl.TaskQueryImpl) taskService.createTaskQuery().taskAssignee("kari");
    assertThat(TaskCountPlugin.Count.knownShape(query)).isTrue();
    assertThat(TaskCountPlugin.Count.knownShape((org.camunda.bpm.engine.impl.TaskQueryImpl) taskService
        .createTaskQuery().taskAssignee("kari").taskNameLike("x%"))).isFalse();
    assertThat(TaskCountPlugin.Count.knownShape((org.camunda.bpm.engine.impl.TaskQueryImpl) taskService
        .createTaskQuery().taskAssignee("kari").processVariableValueEquals("saksnummer", "1"))).isFalse();
    assertThat(TaskCountPlugin.Count.knownShape((org.camunda.bpm.engine.impl.TaskQueryImpl) taskService
        .createTaskQuery().taskCandidateUser("kari"))).isFalse();
    assertThat(TaskCountPlugin.Count.knownShape((org.camunda.bpm.engine.impl.TaskQueryImpl) taskService
        .createTaskQuery().or().taskAssignee("kari").taskCandidateGroup("leder").endOr())).isFalse();
  }

  long countAs(String user, Supplier<Long> count, boolean product) {
    boolean was = plugin.bruk(product);
    identityService.setAuthentication(user, groupsOf(user), tenantsOf(user));
    try {
      return count.get();
    } finally {
      identityService.clearAuthentication();
      plugin.bruk(was);
    }
  }

  List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  List<String> tenantsOf(String user) {
    return identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
  }

  String taskWithoutGroup() {
    return tasks.stream().filter(id -> taskService.getIdentityLinksForTask(id).isEmpty()).findFirst().orElseThrow();
  }

  String grant(String user, String group, Resources resource, String resourceId, Permission permission) {
    return authorization(Authorization.AUTH_TYPE_GRANT, user, group, resource, resourceId, permission);
  }

  String global(Resources resource, Permission permission) {
    return authorization(Authorization.AUTH_TYPE_GLOBAL, null, null, resource, "*", permission);
  }

  String revoke(String user, Resources resource, String resourceId, Permission permission) {
    return authorization(Authorization.AUTH_TYPE_REVOKE, user, null, resource, resourceId, permission);
  }

  String authorization(int type, String user, String group, Resources resource, String resourceId,
      Permission permission) {
    Authorization a = authorizationService.createNewAuthorization(type);
    if (type != Authorization.AUTH_TYPE_GLOBAL) { // a global authorization is everyone's ('*')
      a.setUserId(user);
      a.setGroupId(group);
    }
    a.setResource(resource);
    a.setResourceId(resourceId);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      a.removePermission(permission);
    } else {
      a.addPermission(permission);
    }
    return authorizationService.saveAuthorization(a).getId();
  }
}
