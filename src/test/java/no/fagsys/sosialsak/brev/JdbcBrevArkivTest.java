package no.fagsys.sosialsak.brev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The letter table on the application's database (H2 or PostgreSQL), created by the migration. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JdbcBrevArkivTest {

  @Autowired JdbcBrevArkiv arkiv;
  @Autowired TransactionTemplate transaction;

  /** A case number of its own, so a rerun on the same PostgreSQL database does not collide. */
  final String sak = "2099-5028-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

  @Test
  void etLagretBrevFinnesIgjenMedSinPdf() {
    Brev brev = brev(sak, BrevType.VEDTAK, Instant.parse("2026-03-02T10:15:30.123Z"));
    arkiv.lagre(brev);

    Brev funnet = arkiv.finn(brev.id()).orElseThrow();
    assertThat(funnet.type()).isEqualTo(BrevType.VEDTAK);
    assertThat(funnet.saksnummer()).isEqualTo(sak);
    assertThat(funnet.kommunenummer()).isEqualTo("5028");
    assertThat(funnet.vedtakId()).isEqualTo(brev.vedtakId());
    assertThat(funnet.produsert()).isEqualTo(brev.produsert());
    assertThat(funnet.pdf()).isEqualTo(brev.pdf());
    assertThat(arkiv.finn(UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void sakensBrevOmfatterKlagerOgVilkarsbruddMenIkkeAndreSaker() {
    Instant t = Instant.parse("2026-03-02T10:00:00Z");
    Brev klage = brev(sak + "-K1", BrevType.KLAGE_OVERSENDELSE, t.plus(2, ChronoUnit.DAYS));
    Brev vedtak = brev(sak, BrevType.VEDTAK, t);
    Brev varsel = brev(sak + "-V1", BrevType.FORHANDSVARSEL, t.plus(1, ChronoUnit.DAYS));
    Brev annenSak = brev(sak + "1", BrevType.VEDTAK, t);
    arkiv.lagre(klage);
    arkiv.lagre(vedtak);
    arkiv.lagre(varsel);
    arkiv.lagre(annenSak);

    assertThat(arkiv.forSak(sak)).extracting(Brev::id).containsExactly(vedtak.id(), varsel.id(), klage.id());
  }

  @Test
  void etBrevITransaksjonSomRullesTilbakeBlirIkkeLagret() {
    Brev brev = brev(sak, BrevType.FORELOPIG_SVAR, Instant.now());
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      arkiv.lagre(brev);
      throw new IllegalStateException("feil etter lagring");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(arkiv.finn(brev.id())).isEmpty();
  }

  static Brev brev(String saksnummer, BrevType type, Instant produsert) {
    return new Brev(UUID.randomUUID().toString(), type, saksnummer, "5028", "pi-1", UUID.randomUUID().toString(),
        produsert, type.name().toLowerCase() + "-" + saksnummer + ".pdf",
        ("%PDF-1.7 " + saksnummer).getBytes(StandardCharsets.US_ASCII));
  }
}
