package no.fagsys.sosialsak.vedtak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VedtaksbrevTest {

  static Vedtak vedtak(String tjeneste, String gjelder, String utfall, String stonadsform, String lanevilkar,
      String vilkar, Boolean informert) {
    return new Vedtak("v-1", "SAK-1", "5028", "pi-1", tjeneste, gjelder, utfall, "sosialtjenesteloven § 18",
        "Du har ikke midler til livsopphold.", "Du er uten inntekt denne måneden.", null, null,
        LocalDate.of(2026, 3, 13), LocalDate.of(2026, 4, 7), stonadsform, lanevilkar, vilkar, informert, "kari",
        "kjell", null, Instant.parse("2026-03-13T09:00:00Z"));
  }

  @Test
  void theLetterHasTheSeedsPartsInOrder() {
    String brev = Vedtaksbrev.tekst(vedtak("OKONOMISK_STONAD", "SOKNAD", "INNVILGET", "LAN",
        "Betales tilbake med 500 kroner i måneden.", "Møt til samtale hver fjortende dag.", true));
    assertThat(brev).containsSubsequence("13.03.2026", "Sak SAK-1", "Svar på søknad om økonomisk stønad",
        "Saken gjelder\n", "Du har søkt om økonomisk stønad.",
        "Vedtak\nSøknaden din om økonomisk stønad innvilges etter sosialtjenesteloven § 18.",
        "Stønadsform\nStønaden gis som lån (sosialtjenesteloven § 21).\nLånevilkår: Betales tilbake",
        "Vilkår\nMøt til samtale", "kan stønaden bli redusert",
        "Relevante opplysninger/faktisk situasjon\nDu er uten inntekt",
        "Begrunnelse\nDu har ikke midler", "Lovhjemmel\nSaken er vurdert etter sosialtjenesteloven § 18, som sier:",
        "«De som ikke kan sørge for sitt livsopphold",
        "Generell informasjon\n", "forvaltningsloven §§ 18 til 19",
        "Klageadgang\n", "Klagefristen er 3 uker", "siste frist 07.04.2026", "skriftlig", "Nav bistå",
        "Klagen sendes Nav kommune 5028", "Statsforvalteren i Trøndelag, som fatter endelig vedtak",
        "kjell (leder, godkjente vedtaket)",
        "kari (saksbehandler, utformet vedtaket)", "godkjent elektronisk");
    // The office's current name form (seed 004 uses the old «NAV»; Nav since 2022).
    assertThat(brev).doesNotContainPattern("\\bNAV\\b");
  }

  @Test
  void theOperativeSentenceNamesTheOutcomeWithItsLegalBasis() {
    assertThat(Vedtaksbrev.tekst(vedtak("OKONOMISK_STONAD", "SOKNAD", "AVSLATT", null, null, null, null)))
        .contains("Søknaden din om økonomisk stønad avslås etter sosialtjenesteloven § 18.")
        .doesNotContain("er avslått");
    assertThat(Vedtaksbrev.tekst(vedtak("OKONOMISK_STONAD", "SOKNAD", "DELVIS_INNVILGET", "BIDRAG", null, null,
        null))).contains("Søknaden din om økonomisk stønad innvilges delvis etter sosialtjenesteloven § 18.");
    assertThat(Vedtaksbrev.tekst(vedtak("OKONOMISK_STONAD", "SOKNAD", "AVVIST", null, null, null, null)))
        .contains("Søknaden din om økonomisk stønad avvises etter sosialtjenesteloven § 18.");
  }

  @Test
  void aRefusalStatesNoFormOfSupportAndNoReductionWithoutNotice() {
    String brev = Vedtaksbrev.tekst(vedtak("INDIVIDUELL_PLAN", "KLAGE", "AVSLATT", null, null, "Vilkår", false));
    assertThat(brev).contains("Svar på klage – individuell plan", "Saken om individuell plan er avslått.")
        .doesNotContain("Stønadsform").doesNotContain("redusert");
  }
}
