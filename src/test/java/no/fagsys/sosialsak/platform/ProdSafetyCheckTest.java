package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

class ProdSafetyCheckTest {

  private final ProdSafetyCheck check = new ProdSafetyCheck();

  private static MockEnvironment prod(String password, String... profiles) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profiles);
    environment.setProperty("camunda.bpm.admin-user.id", "admin");
    if (password != null) {
      environment.setProperty("camunda.bpm.admin-user.password", password);
    }
    return environment;
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"NULL", "''", "demo", "admin", "Admin", "changeit", "kort-pass"})
  void prodRefusesAMissingOrDefaultAdminPassword(String password) {
    assertThatThrownBy(() -> check.postProcessEnvironment(prod(password, "prod", "postgres"), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("administratorpassordet");
  }

  @Test
  void prodRefusesTheDemoProfile() {
    assertThatThrownBy(() -> check.postProcessEnvironment(prod("et-langt-og-sterkt-passord", "prod", "demo"), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo");
  }

  @Test
  void prodStartsWithAStrongPassword() {
    assertThatCode(() -> check.postProcessEnvironment(prod("et-langt-og-sterkt-passord", "prod", "postgres"), null))
        .doesNotThrowAnyException();
  }

  @Test
  void otherProfilesAreNotChecked() {
    assertThatCode(() -> check.postProcessEnvironment(prod("demo", "demo"), null)).doesNotThrowAnyException();
    assertThat(ProdSafetyCheck.passwordProblem("admin", "admin")).isNotNull();
  }
}
