package no.fagsys.sosialsak.vedtak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The decision register (table {@code vedtak}, Liquibase 002 and 012) keeps economic support's amount per month,
 * period and form (§ 21) with the decision, on H2 and PostgreSQL alike; other decisions leave them empty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VedtakRegisterStonadTest {

  @Autowired VedtakRegister register;

  static Vedtak vedtak(String saksnummer, String stonadsform, Integer belop, LocalDate fra, LocalDate til) {
    return new Vedtak(UUID.randomUUID().toString(), saksnummer, "5028", "register-test", "OKONOMISK_STONAD", "SOKNAD",
        "INNVILGET", "sosialtjenesteloven § 18", "Stønaden er 12 650 kr per måned.", "Samtale.", null, null,
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), stonadsform, "LAN".equals(stonadsform)
            ? "500 kr per måned fra juli." : null, null, null, "kari", "kjell", null, Instant.parse("2026-03-02T10:00:00Z"),
        belop, fra, til);
  }

  @Test
  void belopPeriodeOgStonadsformLagresMedVedtaket() {
    String saksnummer = "TEST-" + UUID.randomUUID();
    Vedtak lan = vedtak(saksnummer, "LAN", 12650, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30));
    register.lagre(lan);
    Vedtak lest = register.finn(lan.id()).orElseThrow();
    assertThat(lest.stonadsform()).isEqualTo("LAN");
    assertThat(lest.lanevilkar()).isEqualTo("500 kr per måned fra juli.");
    assertThat(lest.stonadBelopPerManed()).isEqualTo(12650);
    assertThat(lest.stonadsperiodeFra()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(lest.stonadsperiodeTil()).isEqualTo(LocalDate.of(2026, 4, 30));
  }

  @Test
  void vedtakUtenStonadHarTommeFelter() {
    String saksnummer = "TEST-" + UUID.randomUUID();
    Vedtak uten = vedtak(saksnummer, null, null, null, null);
    register.lagre(uten);
    Vedtak lest = register.finnForSak(saksnummer).get(0);
    assertThat(lest.stonadsform()).isNull();
    assertThat(lest.stonadBelopPerManed()).isNull();
    assertThat(lest.stonadsperiodeFra()).isNull();
    assertThat(lest.stonadsperiodeTil()).isNull();
  }
}
