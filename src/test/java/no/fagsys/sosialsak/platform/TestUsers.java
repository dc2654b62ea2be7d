package no.fagsys.sosialsak.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Throwaway users for tests that must not disturb the demo users (a failed login throttles the user). */
public final class TestUsers {

  private TestUsers() {}

  /** Creates the user (password = id) unless it exists, and unlocks it. */
  public static void ensure(IdentityService identity, String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Test");
      user.setLastName(id);
      user.setPassword(id);
      identity.saveUser(user);
    }
    identity.unlockUser(id);
  }
}
