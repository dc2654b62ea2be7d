package no.fagsys.sosialsak.platform.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling: the engine's current authentication, set for each domain API request by the API's authentication
 * filter (and by the engine's own REST API and webapps for theirs). Empty outside a request.
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<Authentication> authentication() {
    return Optional.ofNullable(identityService.getCurrentAuthentication());
  }

  /** The user id; an {@link IllegalStateException} when nobody is authenticated. */
  public String userId() {
    return authentication().map(Authentication::getUserId)
        .orElseThrow(() -> new IllegalStateException("Ingen innlogget bruker"));
  }

  public List<String> groupIds() {
    return authentication().map(Authentication::getGroupIds).map(List::copyOf).orElse(List.of());
  }

  /** The municipalities (tenant ids, kommunenummer) the user belongs to. */
  public List<String> tenantIds() {
    return authentication().map(Authentication::getTenantIds).map(List::copyOf).orElse(List.of());
  }

  public boolean isMemberOf(String groupId) {
    return groupIds().contains(groupId);
  }

  public boolean isMemberOfAny(String... groupIds) {
    List<String> groups = groupIds();
    for (String groupId : groupIds) {
      if (groups.contains(groupId)) {
        return true;
      }
    }
    return false;
  }

  public boolean belongsTo(String tenantId) {
    return tenantIds().contains(tenantId);
  }
}
