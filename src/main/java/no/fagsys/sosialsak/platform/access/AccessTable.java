package no.fagsys.sosialsak.platform.access;

import static no.fagsys.sosialsak.platform.access.Roles.LEDER;
import static no.fagsys.sosialsak.platform.access.Roles.PROSESSEIER;
import static no.fagsys.sosialsak.platform.access.Roles.REVISOR;
import static no.fagsys.sosialsak.platform.access.Roles.SAKSBEHANDLER;
import static no.fagsys.sosialsak.platform.access.Roles.STATSFORVALTEREN;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * What each role may see and do (SPEC § 5), as one table. Anything not granted here is refused: the engine
 * runs with authorization checks and tenant checks on, so every grant below is further limited to the
 * municipalities (tenants) the user belongs to.
 *
 * <p>Tasks are not granted by resource: the engine gives a task's candidate group the right to read and work
 * on that task ({@code defaultUserPermissionNameForTask = TASK_WORK}), so a caseworker works only on the tasks
 * the models route to their group, in their municipality; a leader approves; the county governor sees only the
 * complaint tasks routed to {@code statsforvalteren}.
 */
final class AccessTable {

  static final List<Grant> GRANTS = List.of(
      // Saksbehandler at the NAV office: Tasklist; starts and follows the municipality's cases; evaluates decisions.
      Grant.of(SAKSBEHANDLER, APPLICATION, "tasklist", ACCESS),
      Grant.of(SAKSBEHANDLER, PROCESS_DEFINITION, ANY, READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY),
      Grant.of(SAKSBEHANDLER, PROCESS_INSTANCE, ANY, CREATE, READ),
      Grant.of(SAKSBEHANDLER, DECISION_DEFINITION, ANY, READ, CREATE_INSTANCE),
      Grant.of(SAKSBEHANDLER, DECISION_REQUIREMENTS_DEFINITION, ANY, READ),
      Grant.of(SAKSBEHANDLER, USER, ANY, READ),
      Grant.of(SAKSBEHANDLER, GROUP, ANY, READ),
      // Leder: as the caseworker; approves drafts routed to the leader group.
      Grant.of(LEDER, APPLICATION, "tasklist", ACCESS),
      Grant.of(LEDER, PROCESS_DEFINITION, ANY, READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY),
      Grant.of(LEDER, PROCESS_INSTANCE, ANY, CREATE, READ),
      Grant.of(LEDER, DECISION_DEFINITION, ANY, READ, CREATE_INSTANCE),
      Grant.of(LEDER, DECISION_REQUIREMENTS_DEFINITION, ANY, READ),
      Grant.of(LEDER, USER, ANY, READ),
      Grant.of(LEDER, GROUP, ANY, READ),
      // Statsforvalteren: Tasklist, and only the complaint process's definition (for its diagram and forms) ...
      Grant.of(STATSFORVALTEREN, APPLICATION, "tasklist", ACCESS),
      Grant.of(STATSFORVALTEREN, PROCESS_DEFINITION, "klage", READ),
      // ... and opens the quarterly capacity survey (Tasklist "Start process" or REST): this one process only.
      Grant.of(STATSFORVALTEREN, PROCESS_DEFINITION, "kapasitetskartlegging", READ, CREATE_INSTANCE),
      Grant.of(STATSFORVALTEREN, PROCESS_INSTANCE, ANY, CREATE),
      Grant.of(STATSFORVALTEREN, USER, ANY, READ),
      Grant.of(STATSFORVALTEREN, GROUP, ANY, READ),
      // Revisor: Cockpit, reading running and finished cases, decision evaluations and the operation log; no change.
      Grant.of(REVISOR, APPLICATION, "cockpit", ACCESS),
      Grant.of(REVISOR, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY),
      Grant.of(REVISOR, PROCESS_INSTANCE, ANY, READ),
      Grant.of(REVISOR, TASK, ANY, READ),
      Grant.of(REVISOR, DECISION_DEFINITION, ANY, READ, READ_HISTORY),
      Grant.of(REVISOR, DECISION_REQUIREMENTS_DEFINITION, ANY, READ),
      Grant.of(REVISOR, DEPLOYMENT, ANY, READ),
      Grant.of(REVISOR, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ),
      // Prosesseier: Cockpit, deploys models, decisions and forms edited in Modeler. Not DELETE: deleting a deployment
      // with cascade removes its running cases and their history in every municipality (AccessMatrixTest).
      Grant.of(PROSESSEIER, APPLICATION, "cockpit", ACCESS),
      Grant.of(PROSESSEIER, DEPLOYMENT, ANY, CREATE, READ),
      Grant.of(PROSESSEIER, PROCESS_DEFINITION, ANY, READ),
      Grant.of(PROSESSEIER, DECISION_DEFINITION, ANY, READ),
      Grant.of(PROSESSEIER, DECISION_REQUIREMENTS_DEFINITION, ANY, READ));

  /** Groups that work in Tasklist and so get its task filters. */
  static final List<String> TASKLIST_GROUPS = List.of(SAKSBEHANDLER, LEDER, STATSFORVALTEREN);

  static final List<String> GROUPS = List.of(SAKSBEHANDLER, LEDER, STATSFORVALTEREN, REVISOR, PROSESSEIER);

  private AccessTable() {}
}
