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
  void prodRefusesAMunicipalityWhoseOfficeHasNoPostalAddress() {
    MockEnvironment environment = prod("et-langt-og-sterkt-passord", "prod", "postgres");
    environment.setProperty("sosialsak.kommuner.5028", "Melhus");
    environment.setProperty("sosialsak.kommuner.5031", "Malvik");
    environment.setProperty("sosialsak.adressebok.kontorer.5028[0]", "Postboks 100");
    environment.setProperty("sosialsak.adressebok.kontorer.5028[1]", "7224 Melhus");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kommune 5031 har ingen postadresse")
        .hasMessageNotContaining("5028");
    environment.setProperty("sosialsak.adressebok.kontorer.5031[0]", "Postboks 3084, 7551 Hommelvik");
    assertThatCode(() -> check.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
  }

  @Test
  void otherProfilesAreNotChecked() {
    assertThatCode(() -> check.postProcessEnvironment(prod("demo", "demo"), null)).doesNotThrowAnyException();
    assertThat(ProdSafetyCheck.passwordProblem("admin", "admin")).isNotNull();
  }
}
