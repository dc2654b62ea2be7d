package no.fagsys.sosialsak.soknad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case-number series on the application's database (H2 or PostgreSQL): the number is taken in a short
 * transaction of its own, so a registration still in progress does not hold up the next one in the same municipality.
 */
@SpringBootTest
class JdbcSaksnummerserieTest {

  @Autowired JdbcSaksnummerserie serie;
  @Autowired TransactionTemplate transaction;

  /** A year of its own, so a rerun on the same PostgreSQL database starts a new series. */
  final int aar = ThreadLocalRandom.current().nextInt(3000, 9000);

  @Test
  void serienStarterPaEnOgErEgenForHverKommuneOgHvertAr() {
    assertThat(serie.neste("5028", aar)).isEqualTo(1);
    assertThat(serie.neste("5028", aar)).isEqualTo(2);
    assertThat(serie.neste("5001", aar)).isEqualTo(1);
    assertThat(serie.neste("5028", aar + 1)).isEqualTo(1);
    assertThat(serie.nesteSaksnummer("5028", aar)).isEqualTo(aar + "-5028-000003");
  }

  @Test
  void enRegistreringSomPagarHolderIkkeNesteTilbake() throws Exception {
    serie.neste("5031", aar);
    transaction.executeWithoutResult(status -> {
      long forste = serie.neste("5031", aar);
      // The caller's transaction is still open: another thread gets the next number at once, without waiting for it.
      long annen = CompletableFuture.supplyAsync(() -> serie.neste("5031", aar)).orTimeout(5, TimeUnit.SECONDS).join();
      assertThat(annen).isEqualTo(forste + 1);
    });
  }

  @Test
  void enRegistreringSomRullesTilbakeGirHullMenAldriSammeNummerToGanger() {
    long forste = serie.neste("5032", aar);
    transaction.executeWithoutResult(status -> {
      assertThat(serie.neste("5032", aar)).isEqualTo(forste + 1);
      status.setRollbackOnly();
    });
    assertThat(serie.neste("5032", aar)).isEqualTo(forste + 2);
  }
}
