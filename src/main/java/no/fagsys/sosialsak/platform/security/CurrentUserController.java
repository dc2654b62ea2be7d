package no.fagsys.sosialsak.platform.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/meg}: who the API sees, so a front end can show the user's name, roles and municipalities. */
@RestController
class CurrentUserController {

  record Meg(String brukerId, List<String> grupper, List<String> kommuner) {}

  private final CurrentUser currentUser;

  CurrentUserController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/api/v1/meg")
  Meg meg() {
    return new Meg(currentUser.userId(), currentUser.groupIds(), currentUser.tenantIds());
  }
}
