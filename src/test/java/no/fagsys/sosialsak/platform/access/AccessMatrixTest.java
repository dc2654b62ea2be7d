package no.fagsys.sosialsak.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fagsys.sosialsak.klage.ForwardedComplaint;
import no.fagsys.sosialsak.klage.KlageProcess;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.platform.Webapp;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The access matrix of SPEC § 5 over real HTTP: every demo user × every object (a case in each municipality, a
 * complaint forwarded to Statsforvalteren, or no object for global operations) × every operation of the engine REST
 * API, the webapps' login and the domain API. {@link #MATRIX} is the one table of expected outcomes; an
 * (operation, object) pair without a row is expected refused for every user (any of E, N, R, U).
 *
 * <p>Outcomes: {@code A} allowed (and the effect is checked: the object is in the answer, the task is completed, the
 * variable set, the case reached); {@code E} the query answers without the object; {@code N} not found (404, or the
 * engine's "no such object" 400); {@code R} refused (403); {@code U} not authenticated (401). A refused change is
 * checked to have left no trace.
 *
 * <p>To add the domain API's case endpoints: a constant in {@link Op}, its call in {@link #perform}, and its rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  static final ObjectMapper JSON = new ObjectMapper();
  /** Unique per run, so reruns on a kept PostgreSQL database do not meet earlier data. */
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final String KEY = "tilgangsmatrise";
  static final String DEPLOYMENT = "tilgangsmatrise-" + RUN;

  /** The columns of the table, in this order. */
  enum User { demo, kari, kjell, mona, marius, trond, sara, rita, per }

  /** What an operation is done to: a case (of the test process) per municipality, the forwarded complaint, nothing. */
  enum Target {
    SAK_5001("5001"), SAK_5028("5028"), SAK_5031("5031"), KLAGE_SF_5028("5028"), GLOBAL(null);

    final String tenant;

    Target(String tenant) {
      this.tenant = tenant;
    }
  }

  static final Set<Target> SAKER = EnumSet.of(Target.SAK_5001, Target.SAK_5028, Target.SAK_5031);
  static final Set<Target> CASES = EnumSet.of(Target.SAK_5001, Target.SAK_5028, Target.SAK_5031, Target.KLAGE_SF_5028);
  static final Set<Target> GLOBAL = EnumSet.of(Target.GLOBAL);

  enum Op {
    // engine REST API: runtime
    LIST_TASKS(CASES), READ_TASK(CASES), READ_TASK_VARIABLES(CASES), LIST_INSTANCES(CASES), READ_INSTANCE_VARIABLES(CASES),
    COMPLETE_TASK(CASES), SET_TASK_VARIABLE(CASES), SET_INSTANCE_VARIABLE(CASES), DELETE_INSTANCE(SAKER),
    // messages and signals aimed at one municipality's case, and sent to all (broadcast): which cases they reach
    MESSAGE_TO_CASE(SAKER), MESSAGE_ALL(SAKER), SIGNAL_TO_TENANT(SAKER), SIGNAL_ALL(SAKER),
    // engine REST API: history (Cockpit)
    HISTORY_INSTANCES(CASES), HISTORY_ACTIVITIES(CASES), HISTORY_TASKS(CASES), HISTORY_VARIABLES(CASES),
    HISTORY_DECISIONS(CASES), HISTORY_OPERATION_LOG(EnumSet.of(Target.KLAGE_SF_5028)), DELETE_HISTORY(SAKER),
    // engine REST API: models and administration
    DEPLOY(GLOBAL), DELETE_DEPLOYMENT_CASCADE(GLOBAL), CREATE_USER(GLOBAL), CREATE_GROUP(GLOBAL),
    GRANT_AUTHORIZATION(GLOBAL), ADD_TENANT_MEMBER(SAKER),
    // webapps
    LOGIN_TASKLIST(GLOBAL), LOGIN_COCKPIT(GLOBAL), LOGIN_ADMIN(GLOBAL),
    // domain API
    API_MEG(GLOBAL), API_KAPASITETSKARTLEGGINGER(GLOBAL),
    // domain API: a case (application, or the forwarded complaint) by its case number
    API_READ_CASE(CASES), API_READ_TIMELINE(CASES), API_SUBMIT_APPLICATION(SAKER), API_WITHDRAW_APPLICATION(SAKER);

    final Set<Target> targets;

    Op(Set<Target> targets) {
      this.targets = targets;
    }
  }

  enum Outcome { A, E, N, R, U }

  record Row(Op op, Target target, String outcomes) {}

  private static Row row(Op op, Target target, String outcomes) {
    return new Row(op, target, outcomes);
  }

  // @formatter:off
  /** The expected outcomes. Columns: demo kari kjell mona marius trond sara rita per. */
  static final List<Row> MATRIX = List.of(
      //                                                       demo kari kjel mona mari tron sara rita per
      // engine REST API: running cases and tasks
      row(Op.LIST_TASKS, Target.SAK_5001,                     "A    E    E    E    E    A    E    A    E"),
      row(Op.LIST_TASKS, Target.SAK_5028,                     "A    A    E    E    E    E    E    A    E"),
      row(Op.LIST_TASKS, Target.SAK_5031,                     "A    E    E    A    E    E    E    A    E"),
      row(Op.LIST_TASKS, Target.KLAGE_SF_5028,                "A    E    E    E    E    E    A    A    E"),
      row(Op.READ_TASK, Target.SAK_5001,                      "A    N    N    N    N    A    N    A    N"),
      row(Op.READ_TASK, Target.SAK_5028,                      "A    A    N    N    N    N    N    A    N"),
      row(Op.READ_TASK, Target.SAK_5031,                      "A    N    N    A    N    N    N    A    N"),
      row(Op.READ_TASK, Target.KLAGE_SF_5028,                 "A    N    N    N    N    N    A    A    N"),
      row(Op.READ_TASK_VARIABLES, Target.SAK_5001,            "A    N    N    N    N    A    R    A    R"),
      row(Op.READ_TASK_VARIABLES, Target.SAK_5028,            "A    A    R    N    N    N    R    A    R"),
      row(Op.READ_TASK_VARIABLES, Target.SAK_5031,            "A    N    N    A    R    N    R    A    R"),
      row(Op.READ_TASK_VARIABLES, Target.KLAGE_SF_5028,       "A    R    R    N    N    N    A    A    R"),
      row(Op.LIST_INSTANCES, Target.SAK_5001,                 "A    E    E    E    E    A    E    A    E"),
      row(Op.LIST_INSTANCES, Target.SAK_5028,                 "A    A    A    E    E    E    E    A    E"),
      row(Op.LIST_INSTANCES, Target.SAK_5031,                 "A    E    E    A    A    E    E    A    E"),
      row(Op.LIST_INSTANCES, Target.KLAGE_SF_5028,            "A    A    A    E    E    E    E    A    E"),
      row(Op.READ_INSTANCE_VARIABLES, Target.SAK_5001,        "A    N    N    N    N    A    R    A    R"),
      row(Op.READ_INSTANCE_VARIABLES, Target.SAK_5028,        "A    A    A    N    N    N    R    A    R"),
      row(Op.READ_INSTANCE_VARIABLES, Target.SAK_5031,        "A    N    N    A    A    N    R    A    R"),
      row(Op.READ_INSTANCE_VARIABLES, Target.KLAGE_SF_5028,   "A    A    A    N    N    N    R    A    R"),
      // changes: a refused change leaves no trace (checked)
      row(Op.COMPLETE_TASK, Target.SAK_5001,                  "A    N    N    N    N    A    R    R    R"),
      row(Op.COMPLETE_TASK, Target.SAK_5028,                  "A    A    R    N    N    N    R    R    R"),
      row(Op.COMPLETE_TASK, Target.SAK_5031,                  "A    N    N    A    R    N    R    R    R"),
      row(Op.COMPLETE_TASK, Target.KLAGE_SF_5028,             "A    R    R    N    N    N    A    R    R"),
      row(Op.SET_TASK_VARIABLE, Target.SAK_5001,              "A    N    N    N    N    R    R    R    R"),
      row(Op.SET_TASK_VARIABLE, Target.SAK_5028,              "A    R    R    N    N    N    R    R    R"),
      row(Op.SET_TASK_VARIABLE, Target.SAK_5031,              "A    N    N    R    R    N    R    R    R"),
      row(Op.SET_TASK_VARIABLE, Target.KLAGE_SF_5028,         "A    R    R    N    N    N    R    R    R"),
      row(Op.SET_INSTANCE_VARIABLE, Target.SAK_5001,          "A    N    N    N    N    R    R    R    R"),
      row(Op.SET_INSTANCE_VARIABLE, Target.SAK_5028,          "A    R    R    N    N    N    R    R    R"),
      row(Op.SET_INSTANCE_VARIABLE, Target.SAK_5031,          "A    N    N    R    R    N    R    R    R"),
      row(Op.SET_INSTANCE_VARIABLE, Target.KLAGE_SF_5028,     "A    R    R    N    N    N    R    R    R"),
      row(Op.DELETE_INSTANCE, Target.SAK_5001,                "A    N    N    N    N    R    R    R    R"),
      row(Op.DELETE_INSTANCE, Target.SAK_5028,                "A    R    R    N    N    N    R    R    R"),
      row(Op.DELETE_INSTANCE, Target.SAK_5031,                "A    N    N    R    R    N    R    R    R"),
      // messages and signals: aimed at one case or municipality they reach it or nothing (checked); to all: only the admin
      row(Op.MESSAGE_TO_CASE, Target.SAK_5001,                "A    N    N    N    N    R    R    R    R"),
      row(Op.MESSAGE_TO_CASE, Target.SAK_5028,                "A    R    R    N    N    N    R    R    R"),
      row(Op.MESSAGE_TO_CASE, Target.SAK_5031,                "A    N    N    R    R    N    R    R    R"),
      row(Op.MESSAGE_ALL, Target.SAK_5001,                    "A    R    R    R    R    R    R    R    R"),
      row(Op.MESSAGE_ALL, Target.SAK_5028,                    "A    R    R    R    R    R    R    R    R"),
      row(Op.MESSAGE_ALL, Target.SAK_5031,                    "A    R    R    R    R    R    R    R    R"),
      row(Op.SIGNAL_TO_TENANT, Target.SAK_5001,               "A    N    N    N    N    R    R    R    R"),
      row(Op.SIGNAL_TO_TENANT, Target.SAK_5028,               "A    R    R    N    N    N    R    R    R"),
      row(Op.SIGNAL_TO_TENANT, Target.SAK_5031,               "A    N    N    R    R    N    R    R    R"),
      row(Op.SIGNAL_ALL, Target.SAK_5001,                     "A    R    R    R    R    R    R    R    R"),
      row(Op.SIGNAL_ALL, Target.SAK_5028,                     "A    R    R    R    R    R    R    R    R"),
      row(Op.SIGNAL_ALL, Target.SAK_5031,                     "A    R    R    R    R    R    R    R    R"),
      // history (Cockpit)
      row(Op.HISTORY_INSTANCES, Target.SAK_5001,              "A    E    E    E    E    A    E    A    E"),
      row(Op.HISTORY_INSTANCES, Target.SAK_5028,              "A    A    A    E    E    E    E    A    E"),
      row(Op.HISTORY_INSTANCES, Target.SAK_5031,              "A    E    E    A    A    E    E    A    E"),
      row(Op.HISTORY_INSTANCES, Target.KLAGE_SF_5028,         "A    A    A    E    E    E    E    A    E"),
      row(Op.HISTORY_ACTIVITIES, Target.SAK_5001,             "A    E    E    E    E    A    E    A    E"),
      row(Op.HISTORY_ACTIVITIES, Target.SAK_5028,             "A    A    A    E    E    E    E    A    E"),
      row(Op.HISTORY_ACTIVITIES, Target.SAK_5031,             "A    E    E    A    A    E    E    A    E"),
      row(Op.HISTORY_ACTIVITIES, Target.KLAGE_SF_5028,        "A    A    A    E    E    E    E    A    E"),
      row(Op.HISTORY_TASKS, Target.SAK_5001,                  "A    E    E    E    E    A    E    A    E"),
      row(Op.HISTORY_TASKS, Target.SAK_5028,                  "A    A    A    E    E    E    E    A    E"),
      row(Op.HISTORY_TASKS, Target.SAK_5031,                  "A    E    E    A    A    E    E    A    E"),
      row(Op.HISTORY_TASKS, Target.KLAGE_SF_5028,             "A    A    A    E    E    E    E    A    E"),
      row(Op.HISTORY_VARIABLES, Target.SAK_5001,              "A    E    E    E    E    A    E    A    E"),
      row(Op.HISTORY_VARIABLES, Target.SAK_5028,              "A    A    A    E    E    E    E    A    E"),
      row(Op.HISTORY_VARIABLES, Target.SAK_5031,              "A    E    E    A    A    E    E    A    E"),
      row(Op.HISTORY_VARIABLES, Target.KLAGE_SF_5028,         "A    A    A    E    E    E    E    A    E"),
      row(Op.HISTORY_DECISIONS, Target.SAK_5001,              "A    E    E    E    E    E    E    A    E"),
      row(Op.HISTORY_DECISIONS, Target.SAK_5028,              "A    E    E    E    E    E    E    A    E"),
      row(Op.HISTORY_DECISIONS, Target.SAK_5031,              "A    E    E    E    E    E    E    A    E"),
      row(Op.HISTORY_DECISIONS, Target.KLAGE_SF_5028,         "A    E    E    E    E    E    E    A    E"),
      row(Op.HISTORY_OPERATION_LOG, Target.KLAGE_SF_5028,     "A    A    A    E    E    E    E    A    E"),
      row(Op.DELETE_HISTORY, Target.SAK_5001,                 "A    N    N    N    N    R    R    R    R"),
      row(Op.DELETE_HISTORY, Target.SAK_5028,                 "A    R    R    N    N    N    R    R    R"),
      row(Op.DELETE_HISTORY, Target.SAK_5031,                 "A    N    N    R    R    N    R    R    R"),
      // models and administration; prosesseier may not delete deployments: the cascade removes cases and history everywhere
      row(Op.DEPLOY, Target.GLOBAL,                           "A    R    R    R    R    R    R    R    A"),
      row(Op.DELETE_DEPLOYMENT_CASCADE, Target.GLOBAL,        "A    N    N    N    N    N    N    R    R"),
      row(Op.CREATE_USER, Target.GLOBAL,                      "A    R    R    R    R    R    R    R    R"),
      row(Op.CREATE_GROUP, Target.GLOBAL,                     "A    R    R    R    R    R    R    R    R"),
      row(Op.GRANT_AUTHORIZATION, Target.GLOBAL,              "A    R    R    R    R    R    R    R    R"),
      row(Op.ADD_TENANT_MEMBER, Target.SAK_5001,              "A    R    R    R    R    R    R    R    R"),
      row(Op.ADD_TENANT_MEMBER, Target.SAK_5028,              "A    R    R    R    R    R    R    R    R"),
      row(Op.ADD_TENANT_MEMBER, Target.SAK_5031,              "A    R    R    R    R    R    R    R    R"),
      // webapps: which apps each user may enter (engine APPLICATION authorization)
      row(Op.LOGIN_TASKLIST, Target.GLOBAL,                   "A    A    A    A    A    A    A    R    R"),
      row(Op.LOGIN_COCKPIT, Target.GLOBAL,                    "A    R    R    R    R    R    R    A    A"),
      row(Op.LOGIN_ADMIN, Target.GLOBAL,                      "A    R    R    R    R    R    R    R    R"),
      // domain API (/api/v1/...): add the case endpoints here
      row(Op.API_MEG, Target.GLOBAL,                          "A    A    A    A    A    A    A    A    A"),
      row(Op.API_KAPASITETSKARTLEGGINGER, Target.GLOBAL,      "R    A    A    A    A    A    A    A    R"),
      row(Op.API_READ_CASE, Target.SAK_5001,                  "R    N    N    N    N    A    N    A    R"),
      row(Op.API_READ_CASE, Target.SAK_5028,                  "R    A    A    N    N    N    N    A    R"),
      row(Op.API_READ_CASE, Target.SAK_5031,                  "R    N    N    A    A    N    N    A    R"),
      row(Op.API_READ_CASE, Target.KLAGE_SF_5028,             "R    A    A    N    N    N    A    A    R"),
      row(Op.API_READ_TIMELINE, Target.SAK_5001,              "R    N    N    N    N    A    N    A    R"),
      row(Op.API_READ_TIMELINE, Target.SAK_5028,              "R    A    A    N    N    N    N    A    R"),
      row(Op.API_READ_TIMELINE, Target.SAK_5031,              "R    N    N    A    A    N    N    A    R"),
      row(Op.API_READ_TIMELINE, Target.KLAGE_SF_5028,         "R    A    A    N    N    N    A    A    R"),
      row(Op.API_SUBMIT_APPLICATION, Target.SAK_5001,         "R    R    R    R    R    A    R    R    R"),
      row(Op.API_SUBMIT_APPLICATION, Target.SAK_5028,         "R    A    A    R    R    R    R    R    R"),
      row(Op.API_SUBMIT_APPLICATION, Target.SAK_5031,         "R    R    R    A    A    R    R    R    R"),
      row(Op.API_WITHDRAW_APPLICATION, Target.SAK_5001,       "R    N    N    N    N    A    N    R    R"),
      row(Op.API_WITHDRAW_APPLICATION, Target.SAK_5028,       "R    A    A    N    N    N    N    R    R"),
      row(Op.API_WITHDRAW_APPLICATION, Target.SAK_5031,       "R    N    N    A    A    N    N    R    R"));
  // @formatter:on

  @Autowired TestRestTemplate template;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired VedtakRegister vedtakRegister;

  EngineRest rest;
  String deploymentId;
  /** Cases that reading operations look at; they are never changed. */
  final Map<Target, Case> readOnly = new EnumMap<>(Target.class);
  /** Cases that changing operations use, replaced once changed. */
  final Map<Target, Case> changeable = new EnumMap<>(Target.class);
  final Map<String, Map<Target, Outcome>> broadcasts = new LinkedHashMap<>();
  /** The domain API's cases to read, and applications to withdraw (replaced once withdrawn). */
  final Map<Target, String> domainCases = new EnumMap<>(Target.class);
  final Map<Target, String> withdrawable = new EnumMap<>(Target.class);
  final List<String> createdUsers = new ArrayList<>();
  final List<String> createdGroups = new ArrayList<>();
  int serial;

  /** A case: its process instance, the open task the operations act on, and its message/signal marker. */
  record Case(String processInstanceId, String taskId, String tenant, String merke) {}

  @BeforeAll
  void fixture() throws Exception {
    rest = new EngineRest(template);
    identityService.clearAuthentication();
    deploymentId = repositoryService.createDeployment().name(DEPLOYMENT)
        .addClasspathResource("bpmn/tilgangsmatrise.bpmn")
        .addClasspathResource("bpmn/tilgangsmatrise-beslutning.dmn")
        .deploy().getId();
    for (Target target : SAKER) {
      readOnly.put(target, sak(target.tenant, "les-" + RUN + "-" + target));
    }
    readOnly.put(Target.KLAGE_SF_5028, forwardedComplaint());
    // History to read: every case has a decision evaluation in its municipality, the complaint two finished tasks.
    readOnly.forEach((target, c) -> assertThat(historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(c.processInstanceId()).list()).as(target.name()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getTenantId()).isEqualTo(target.tenant)));
    assertThat(historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(readOnly.get(Target.KLAGE_SF_5028).processInstanceId()).finished().count()).isEqualTo(2);
  }

  @AfterAll
  void cleanUp() {
    identityService.clearAuthentication();
    repositoryService.createDeploymentQuery().list().stream()
        .filter(d -> d.getName() != null && d.getName().startsWith("tilgangsmatrise-"))
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    createdUsers.forEach(identityService::deleteUser);
    createdGroups.forEach(identityService::deleteGroup);
    authorizationService.createAuthorizationQuery().list().stream()
        .filter(a -> a.getUserId() != null && a.getUserId().startsWith("matrise" + RUN))
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The test

  @Test
  void everyUserCanDoExactlyWhatTheMatrixAllowsAndNothingElse() {
    Map<Op, Map<Target, String>> expected = expected();
    List<String> mismatches = new ArrayList<>();
    StringBuilder actualTable = new StringBuilder();
    for (Op op : Op.values()) {
      for (Target target : op.targets) {
        StringBuilder actualRow = new StringBuilder();
        String[] want = expected.getOrDefault(op, Map.of()).getOrDefault(target, null) == null ? null
            : expected.get(op).get(target).trim().split("\\s+");
        for (User user : User.values()) {
          Outcome actual = perform(op, user, target);
          actualRow.append(String.format("%-5s", actual));
          if (want == null) {
            if (actual == Outcome.A) {
              mismatches.add(op + " " + target + " " + user + ": allowed, but not in the table (default: refused)");
            }
          } else if (!want[user.ordinal()].equals(actual.name())) {
            mismatches.add(op + " " + target + " " + user + ": expected " + want[user.ordinal()] + ", was " + actual);
          }
        }
        actualTable.append(String.format("      row(Op.%s, Target.%s,", op, target))
            .append(" ".repeat(Math.max(1, 48 - op.name().length() - target.name().length())))
            .append('"').append(actualRow.toString().trim()).append("\"),\n");
      }
    }
    assertThat(mismatches).as("Actual matrix:\n" + actualTable).isEmpty();
  }

  @Test
  void theTableIsWellFormed() {
    Map<Op, Map<Target, String>> expected = expected();
    assertThat(expected).isNotEmpty();
    for (Row row : MATRIX) {
      assertThat(row.op().targets).as(row.toString()).contains(row.target());
      String[] cells = row.outcomes().trim().split("\\s+");
      assertThat(cells).as(row.toString()).hasSize(User.values().length);
      assertThat(cells).as(row.toString()).allMatch(c -> Arrays.stream(Outcome.values()).anyMatch(o -> o.name().equals(c)));
    }
    assertThat(MATRIX.stream().map(r -> r.op() + "/" + r.target()).distinct().count()).isEqualTo(MATRIX.size());
  }

  private static Map<Op, Map<Target, String>> expected() {
    Map<Op, Map<Target, String>> expected = new EnumMap<>(Op.class);
    for (Row row : MATRIX) {
      expected.computeIfAbsent(row.op(), op -> new EnumMap<>(Target.class)).put(row.target(), row.outcomes());
    }
    return expected;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The operations

  Outcome perform(Op op, User user, Target target) {
    String u = user.name();
    return switch (op) {
      case LIST_TASKS -> contains(rest.get(u, "/task?processInstanceId=" + readCase(target).processInstanceId()
          + "&maxResults=10"), readCase(target).taskId());
      case READ_TASK -> outcome(rest.get(u, "/task/" + readCase(target).taskId()));
      case READ_TASK_VARIABLES -> outcome(rest.get(u, "/task/" + readCase(target).taskId() + "/variables"));
      case LIST_INSTANCES -> contains(rest.get(u, "/process-instance?processInstanceIds="
          + readCase(target).processInstanceId() + "&maxResults=10"), readCase(target).processInstanceId());
      case READ_INSTANCE_VARIABLES -> outcome(rest.get(u, "/process-instance/" + readCase(target).processInstanceId()
          + "/variables"));
      case COMPLETE_TASK -> complete(user, target);
      case SET_TASK_VARIABLE -> setVariable(user, target, true);
      case SET_INSTANCE_VARIABLE -> setVariable(user, target, false);
      case DELETE_INSTANCE -> deleteInstance(user, target);
      case MESSAGE_TO_CASE, SIGNAL_TO_TENANT -> aimed(op, user, target);
      case MESSAGE_ALL, SIGNAL_ALL -> broadcasts.computeIfAbsent(op + "/" + user, k -> broadcast(op, user)).get(target);
      case HISTORY_INSTANCES -> history(u, "/history/process-instance", target, "id");
      case HISTORY_ACTIVITIES -> history(u, "/history/activity-instance", target, "processInstanceId");
      case HISTORY_TASKS -> history(u, "/history/task", target, "processInstanceId");
      case HISTORY_VARIABLES -> history(u, "/history/variable-instance", target, "processInstanceId");
      case HISTORY_DECISIONS -> history(u, "/history/decision-instance", target, "processInstanceId");
      case HISTORY_OPERATION_LOG -> history(u, "/history/user-operation", target, "processInstanceId");
      case DELETE_HISTORY -> deleteHistory(user, target);
      case DEPLOY -> deploy(user);
      case DELETE_DEPLOYMENT_CASCADE -> deleteDeployment(user);
      case CREATE_USER -> createUser(user);
      case CREATE_GROUP -> createGroup(user);
      case GRANT_AUTHORIZATION -> grantAuthorization(user);
      case ADD_TENANT_MEMBER -> addTenantMember(user, target);
      case LOGIN_TASKLIST -> login(user, "tasklist");
      case LOGIN_COCKPIT -> login(user, "cockpit");
      case LOGIN_ADMIN -> login(user, "admin");
      case API_MEG -> outcome(api(u, "/api/v1/meg"));
      case API_KAPASITETSKARTLEGGINGER -> outcome(api(u, "/api/v1/kapasitetskartlegginger"));
      case API_READ_CASE -> outcome(api(u, "/api/v1/saker/" + domainCase(target)));
      case API_READ_TIMELINE -> outcome(api(u, "/api/v1/saker/" + domainCase(target) + "/tidslinje"));
      case API_SUBMIT_APPLICATION -> submitApplication(user, target);
      case API_WITHDRAW_APPLICATION -> withdrawApplication(user, target);
    };
  }

  /**
   * The domain API's case of a target: an application submitted over the API by its municipality's caseworker, or the
   * forwarded complaint's case number; never changed.
   */
  String domainCase(Target target) {
    return domainCases.computeIfAbsent(target, t -> t == Target.KLAGE_SF_5028
        ? runtimeService.createProcessInstanceQuery().processInstanceId(readCase(t).processInstanceId()).singleResult()
            .getBusinessKey()
        : newApplication(t));
  }

  String newApplication(Target target) {
    String caseworker = switch (target.tenant) {
      case "5001" -> "trond";
      case "5028" -> "kari";
      default -> "mona";
    };
    ResponseEntity<String> created = apiPost(caseworker, "/api/v1/soknader", application(target.tenant));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    try {
      return JSON.readTree(created.getBody()).get("saksnummer").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Outcome submitApplication(User user, Target target) {
    Map<String, Object> application = application(target.tenant);
    Outcome outcome = outcome(apiPost(user.name(), "/api/v1/soknader", application));
    long cases = historyService.createHistoricVariableInstanceQuery().variableName("sokerReferanse")
        .variableValueEquals("sokerReferanse", application.get("sokerReferanse")).count();
    assertThat(cases).as("%s submitting in %s: %s", user, target, outcome).isEqualTo(outcome == Outcome.A ? 1 : 0);
    return outcome;
  }

  Outcome withdrawApplication(User user, Target target) {
    String saksnummer = withdrawable.computeIfAbsent(target, this::newApplication);
    Outcome outcome = outcome(apiPost(user.name(), "/api/v1/saker/" + saksnummer + "/trekking", null));
    boolean running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(saksnummer).count() == 1;
    assertThat(running).as("%s withdrawing %s: %s", user, target, outcome).isEqualTo(outcome != Outcome.A);
    if (outcome == Outcome.A) {
      withdrawable.remove(target);
    }
    return outcome;
  }

  Map<String, Object> application(String kommunenummer) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("tjeneste", "OPPLYSNING_RAD_VEILEDNING");
    s.put("kommunenummer", kommunenummer);
    s.put("kanal", "TELEFON");
    s.put("soknadsdato", LocalDate.now().toString());
    s.put("nodsituasjon", false);
    s.put("antallBarnIHusstanden", 0);
    s.put("sokerReferanse", "MATRISE-" + RUN + "-" + (++serial));
    return s;
  }

  ResponseEntity<String> apiPost(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, user);
    return template.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  Case readCase(Target target) {
    return readOnly.get(target);
  }

  /** The changeable case of the target, created when missing. */
  Case changeable(Target target) {
    return changeable.computeIfAbsent(target, t -> t == Target.KLAGE_SF_5028 ? forwardedComplaint()
        : sak(t.tenant, "endre-" + RUN + "-" + (++serial)));
  }

  Outcome complete(User user, Target target) {
    Case c = changeable(target);
    Map<String, Object> variables = target == Target.KLAGE_SF_5028
        ? Map.of(KlageProcess.Variables.STATSFORVALTERENS_UTFALL.name(), Map.of("value", "STADFESTE"),
            KlageProcess.Variables.STATSFORVALTERENS_BEGRUNNELSE.name(), Map.of("value", "Vedtaket stadfestes."))
        : Map.of();
    Outcome outcome = outcome(rest.post(user.name(), "/task/" + c.taskId() + "/complete", Map.of("variables", variables)));
    boolean open = taskService.createTaskQuery().taskId(c.taskId()).count() == 1;
    assertThat(open).as("%s completing %s: %s, task still open", user, target, outcome).isEqualTo(outcome != Outcome.A);
    if (outcome == Outcome.A) {
      changeable.remove(target);
    }
    return outcome;
  }

  Outcome setVariable(User user, Target target, boolean onTask) {
    Case c = changeable(target);
    String name = "matrise_" + user + "_" + (onTask ? "oppgave" : "sak");
    String path = onTask ? "/task/" + c.taskId() + "/variables/" + name
        : "/process-instance/" + c.processInstanceId() + "/variables/" + name;
    Outcome outcome = outcome(rest.put(user.name(), path, Map.of("value", "endret", "type", "String")));
    boolean set = onTask ? taskService.getVariable(c.taskId(), name) != null
        : runtimeService.getVariable(c.processInstanceId(), name) != null;
    assertThat(set).as("%s setting %s on %s: %s", name, user, target, outcome).isEqualTo(outcome == Outcome.A);
    return outcome;
  }

  Outcome deleteInstance(User user, Target target) {
    Case c = changeable(target);
    Outcome outcome = outcome(rest.exchange(user.name(), HttpMethod.DELETE, "/process-instance/" + c.processInstanceId(),
        null));
    boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count() == 1;
    assertThat(running).as("%s deleting %s: %s", user, target, outcome).isEqualTo(outcome != Outcome.A);
    if (outcome == Outcome.A) {
      changeable.remove(target);
    }
    return outcome;
  }

  Outcome deleteHistory(User user, Target target) {
    Case c = sak(target.tenant, "historikk-" + RUN + "-" + (++serial));
    finish(c);
    Outcome outcome = outcome(rest.exchange(user.name(), HttpMethod.DELETE, "/history/process-instance/"
        + c.processInstanceId(), null));
    boolean kept = historyService.createHistoricProcessInstanceQuery().processInstanceId(c.processInstanceId())
        .count() == 1;
    assertThat(kept).as("%s deleting the history of %s: %s", user, target, outcome).isEqualTo(outcome != Outcome.A);
    return outcome;
  }

  /** A message or signal aimed at one municipality's case must reach that case or nothing, never another's. */
  Outcome aimed(Op op, User user, Target target) {
    String merke = "rettet-" + RUN + "-" + (++serial);
    Map<Target, Case> cases = new EnumMap<>(Target.class);
    SAKER.forEach(t -> cases.put(t, sak(t.tenant, merke)));
    Case aimedAt = cases.get(target);
    ResponseEntity<String> response = op == Op.MESSAGE_TO_CASE
        ? rest.post(user.name(), "/message", Map.of("messageName", KEY + "-" + merke,
            "processInstanceId", aimedAt.processInstanceId()))
        : rest.post(user.name(), "/signal", Map.of("name", KEY + "-" + merke, "tenantId", target.tenant));
    Map<Target, Boolean> reached = reached(op, cases);
    reached.forEach((t, r) -> assertThat(r && t != target)
        .as("%s by %s aimed at %s reached %s", op, user, target, t).isFalse());
    Outcome outcome = outcome(response);
    assertThat(reached.get(target)).as("%s by %s at %s: %s", op, user, target, outcome).isEqualTo(outcome == Outcome.A);
    return outcome;
  }

  /** One message or signal to all, without naming a case or municipality: which municipalities' cases it reached. */
  Map<Target, Outcome> broadcast(Op op, User user) {
    String merke = "alle-" + RUN + "-" + (++serial);
    Map<Target, Case> cases = new EnumMap<>(Target.class);
    SAKER.forEach(t -> cases.put(t, sak(t.tenant, merke)));
    ResponseEntity<String> response = op == Op.MESSAGE_ALL
        ? rest.post(user.name(), "/message", Map.of("messageName", KEY + "-" + merke, "all", true))
        : rest.post(user.name(), "/signal", Map.of("name", KEY + "-" + merke));
    Outcome call = outcome(response);
    Map<Target, Boolean> reached = reached(op, cases);
    Map<Target, Outcome> outcomes = new EnumMap<>(Target.class);
    reached.forEach((t, r) -> {
      if (call != Outcome.A) {
        assertThat(r).as("%s by %s refused (%s) but reached %s", op, user, call, t).isFalse();
      }
      outcomes.put(t, r ? Outcome.A : call == Outcome.A ? Outcome.E : call);
    });
    return outcomes;
  }

  Map<Target, Boolean> reached(Op op, Map<Target, Case> cases) {
    String activity = op == Op.MESSAGE_TO_CASE || op == Op.MESSAGE_ALL ? "Event_Melding" : "Event_Signal";
    Map<Target, Boolean> reached = new EnumMap<>(Target.class);
    cases.forEach((t, c) -> reached.put(t, runtimeService.createExecutionQuery()
        .processInstanceId(c.processInstanceId()).activityId(activity).count() == 0));
    return reached;
  }

  Outcome history(String user, String path, Target target, String idField) {
    String processInstanceId = readCase(target).processInstanceId();
    return contains(rest.get(user, path + "?processInstanceId=" + processInstanceId + "&maxResults=200"),
        processInstanceId, idField);
  }

  Outcome deploy(User user) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("matrise_" + user + "_" + RUN)
        .camundaHistoryTimeToLive(1).startEvent().endEvent().done();
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "tilgangsmatrise-" + user + "-" + RUN);
    form.add("data", new ByteArrayResource(Bpmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "matrise.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth(user.name(), user.name());
    Outcome outcome = outcome(template.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers),
        String.class));
    long deployed = repositoryService.createDeploymentQuery().deploymentName("tilgangsmatrise-" + user + "-" + RUN).count();
    assertThat(deployed).as("%s deploying: %s", user, outcome).isEqualTo(outcome == Outcome.A ? 1 : 0);
    return outcome;
  }

  /** Deleting a deployment with cascade removes its running cases and their history in every municipality. */
  Outcome deleteDeployment(User user) {
    String id = repositoryService.createDeployment().name("tilgangsmatrise-slett-" + user + "-" + RUN)
        .addModelInstance("slett.bpmn", Bpmn.createExecutableProcess("matrise_slett_" + user + "_" + RUN)
            .camundaHistoryTimeToLive(1).startEvent().userTask().camundaCandidateGroups("saksbehandler").endEvent()
            .done())
        .deploy().getId();
    String definition = repositoryService.createProcessDefinitionQuery().deploymentId(id).singleResult().getId();
    ProcessInstance instance = runtimeService.startProcessInstanceById(definition,
        Map.of("kommunenummer", "5028"));
    Outcome outcome = outcome(rest.exchange(user.name(), HttpMethod.DELETE, "/deployment/" + id + "?cascade=true", null));
    boolean kept = repositoryService.createDeploymentQuery().deploymentId(id).count() == 1;
    assertThat(kept).as("%s deleting a deployment: %s", user, outcome).isEqualTo(outcome != Outcome.A);
    if (kept) {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    }
    return outcome;
  }

  Outcome createUser(User user) {
    String id = "matrise" + RUN + user;
    Outcome outcome = outcome(rest.post(user.name(), "/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", "Test", "lastName", "Matrise"),
        "credentials", Map.of("password", "Et-langt-passord-" + RUN))));
    boolean exists = identityService.createUserQuery().userId(id).count() == 1;
    if (exists) {
      createdUsers.add(id);
    }
    assertThat(exists).as("%s creating a user: %s", user, outcome).isEqualTo(outcome == Outcome.A);
    return outcome;
  }

  Outcome createGroup(User user) {
    String id = "matrise" + RUN + user;
    Outcome outcome = outcome(rest.post(user.name(), "/group/create", Map.of("id", id, "name", "Matrise",
        "type", "WORKFLOW")));
    boolean exists = identityService.createGroupQuery().groupId(id).count() == 1;
    if (exists) {
      createdGroups.add(id);
    }
    assertThat(exists).as("%s creating a group: %s", user, outcome).isEqualTo(outcome == Outcome.A);
    return outcome;
  }

  /** The user tries to give a throwaway user every permission on every case. */
  Outcome grantAuthorization(User user) {
    String grantee = "matrise" + RUN + "tildelt" + user;
    Outcome outcome = outcome(rest.post(user.name(), "/authorization/create", Map.of("type", 1,
        "permissions", List.of("ALL"), "userId", grantee, "resourceType", 8, "resourceId", "*")));
    boolean exists = authorizationService.createAuthorizationQuery().userIdIn(grantee).count() > 0;
    assertThat(exists).as("%s granting: %s", user, outcome).isEqualTo(outcome == Outcome.A);
    return outcome;
  }

  /** The user tries to make a throwaway user a member of a municipality. */
  Outcome addTenantMember(User user, Target target) {
    String member = "matrise" + RUN + "medlem" + user + target.tenant;
    if (identityService.createUserQuery().userId(member).count() == 0) {
      org.camunda.bpm.engine.identity.User created = identityService.newUser(member);
      created.setPassword("Et-langt-passord-" + RUN);
      identityService.saveUser(created);
      createdUsers.add(member);
    }
    Outcome outcome = outcome(rest.put(user.name(), "/tenant/" + target.tenant + "/user-members/" + member, null));
    boolean member0 = identityService.createTenantQuery().tenantId(target.tenant).userMember(member).count() == 1;
    assertThat(member0).as("%s adding to %s: %s", user, target, outcome).isEqualTo(outcome == Outcome.A);
    return outcome;
  }

  Outcome login(User user, String app) {
    ResponseEntity<String> response = Webapp.open(template).login(app, user.name(), user.name());
    Outcome outcome = outcome(response);
    if (outcome == Outcome.A) {
      assertThat(response.getBody()).contains("\"userId\":\"" + user + "\"").contains(app);
    }
    return outcome;
  }

  ResponseEntity<String> api(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.setBasicAuth(user, user);
    return template.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Answers

  Outcome outcome(ResponseEntity<String> response) {
    int status = response.getStatusCode().value();
    if (status >= 200 && status < 300) {
      return Outcome.A;
    }
    String body = response.getBody() == null ? "" : response.getBody();
    return switch (status) {
      case 401 -> Outcome.U;
      case 403 -> Outcome.R;
      case 404 -> Outcome.N;
      case 400, 500 -> {
        if (notFound(body)) {
          yield Outcome.N;
        }
        throw new AssertionError("Unexpected " + status + ": " + body);
      }
      default -> throw new AssertionError("Unexpected " + status + ": " + body);
    };
  }

  static boolean notFound(String body) {
    String lower = body.toLowerCase();
    return lower.contains("no matching") || lower.contains("not found") || lower.contains("does not exist")
        || lower.contains("doesn't exist") || lower.contains("no process definition or execution matches")
        || lower.contains("cannot find") || lower.contains("found with id");
  }

  Outcome contains(ResponseEntity<String> response, String id) {
    return contains(response, id, "id");
  }

  Outcome contains(ResponseEntity<String> response, String id, String field) {
    Outcome outcome = outcome(response);
    if (outcome != Outcome.A) {
      return outcome;
    }
    try {
      JsonNode list = JSON.readTree(response.getBody());
      return list.findValuesAsText(field).contains(id) ? Outcome.A : Outcome.E;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Fixture

  /** A case of the test process in the municipality, started by the system, waiting at the caseworkers' task. */
  Case sak(String tenant, String merke) {
    identityService.clearAuthentication();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, "MATRISE-" + merke + "-" + tenant,
        Map.of("kommunenummer", tenant, "merke", merke, "sokerReferanse", "MATRISE-" + RUN));
    assertThat(instance.getTenantId()).isEqualTo(tenant);
    String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    return new Case(instance.getId(), task, tenant, merke);
  }

  void finish(Case c) {
    taskService.complete(c.taskId());
    runtimeService.createMessageCorrelation(KEY + "-" + c.merke()).processInstanceId(c.processInstanceId()).correlate();
    runtimeService.createSignalEvent(KEY + "-" + c.merke()).tenantId(c.tenant()).send();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(c.processInstanceId()).finished()
        .count()).isOne();
  }

  /** A complaint of Melhus forwarded to Statsforvalteren (see {@link ForwardedComplaint}). */
  Case forwardedComplaint() {
    ForwardedComplaint.Klage klage = ForwardedComplaint.create(rest, vedtakRegister, taskService,
        "Jeg klager på avslaget.", "Kommunen opprettholder vedtaket.");
    return new Case(klage.processInstanceId(), klage.statsforvalterensTaskId(), "5028", null);
  }
}
