package no.fagsys.sosialsak.platform.access;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One row of the access table: a group may do these things to this resource (id or {@code *}). */
record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

  static Grant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(groupId, resource, resourceId, List.of(permissions));
  }
}
