package no.fagsys.sosialsak.vilkarsbrudd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which chosen consequence lies within what konsekvensVedVilkarsbrudd allows (§ 20 third paragraph). */
class KonsekvensTest {

  @ParameterizedTest(name = "tillatt {0}, valgt {1} → tillatt: {2}")
  @CsvSource({
      "INGEN,                         INGEN,         true",
      "INGEN,                         ANNEN_ENDRING, false",
      "INGEN,                         REDUKSJON,     false",
      "ANNEN_ENDRING,                 INGEN,         true",
      "ANNEN_ENDRING,                 ANNEN_ENDRING, true",
      "ANNEN_ENDRING,                 REDUKSJON,     false",
      "REDUKSJON_ELLER_ANNEN_ENDRING, INGEN,         true",
      "REDUKSJON_ELLER_ANNEN_ENDRING, ANNEN_ENDRING, true",
      "REDUKSJON_ELLER_ANNEN_ENDRING, REDUKSJON,     true",
      "REDUKSJON_ELLER_ANNEN_ENDRING, STANS,         false",
      "REDUKSJON_ELLER_ANNEN_ENDRING, '',            false",
  })
  void konsekvensenMaLiggeInnenforDetTabellenTillater(String tillatt, String valgt, boolean ok) {
    assertThat(Konsekvens.problem("valgtKonsekvens", valgt, tillatt).isEmpty()).isEqualTo(ok);
    Konsekvens.problem("valgtKonsekvens", valgt, tillatt)
        .ifPresent(problem -> assertThat(problem).startsWith("valgtKonsekvens: "));
  }
}
