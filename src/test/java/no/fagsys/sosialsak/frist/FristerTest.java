package no.fagsys.sosialsak.frist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class FristerTest {

  private static final LocalDate DAG = LocalDate.parse("2025-03-03");

  @ParameterizedTest
  @CsvFileSource(resources = "/frist/klagefrist.csv", useHeadersInDisplayName = true)
  void klagefristErTreUkerFlyttetTilNesteVirkedag(
      LocalDate vedtakMottatt, LocalDate treUkerEtter, LocalDate klagefrist, String tilfelle) {
    assertThat(vedtakMottatt.plusWeeks(3)).as("the row's own arithmetic").isEqualTo(treUkerEtter);
    assertThat(Frister.klagefrist(vedtakMottatt)).as(tilfelle).isEqualTo(klagefrist);
    assertThat(Helligdagskalender.isWorkingDay(klagefrist)).as("the last day is a working day").isTrue();
  }

  @ParameterizedTest(name = "postlagt {0}: regnes mottatt {1}")
  @CsvSource(textBlock = """
      # postlagt, mottatt (third working day after posting)
      # Monday: Thursday
      2026-03-02, 2026-03-05
      # Friday: the weekend does not count, Wednesday
      2026-03-06, 2026-03-11
      # Wednesday before Easter 2026: Maundy Thursday, Good Friday, Easter Monday do not count
      2026-04-01, 2026-04-09
      # Saturday: Monday, Tuesday, Wednesday
      2026-02-14, 2026-02-18
      # 17 May 2027 is a Monday
      2027-05-14, 2027-05-20
      """)
  void brevSendtMedPostRegnesMottattTredjeVirkedagEtterPostlegging(LocalDate postlagt, LocalDate mottatt) {
    assertThat(Frister.postMottatt(postlagt)).isEqualTo(mottatt);
    assertThatThrownBy(() -> Frister.postMottatt(null)).hasMessageContaining("postlagt");
  }

  @ParameterizedTest(name = "vedtak mottatt {0}, klage framsatt {1}: i tide {2}")
  @CsvSource(textBlock = """
      # vedtakMottatt, klageFramsatt, innenforKlagefrist
      2024-09-02, 2024-09-02, true
      2024-09-02, 2024-09-23, true
      2024-09-02, 2024-09-24, false
      # the last three-week day is Maundy Thursday 2026: the complaint may come until Tuesday after Easter
      2026-03-12, 2026-04-02, true
      2026-03-12, 2026-04-07, true
      2026-03-12, 2026-04-08, false
      # New Year's Day 2027 is a Friday
      2026-12-11, 2027-01-04, true
      2026-12-11, 2027-01-05, false
      """)
  void klageErITideTilOgMedSisteDagIKlagefristen(
      LocalDate vedtakMottatt, LocalDate klageFramsatt, boolean innenforKlagefrist) {
    assertThat(Frister.innenforKlagefrist(vedtakMottatt, klageFramsatt)).isEqualTo(innenforKlagefrist);
  }

  @ParameterizedTest(name = "vedtak truffet {0}, klage framsatt {1}: mer enn ett år {2}")
  @CsvSource(textBlock = """
      2024-03-15, 2025-03-14, false
      2024-03-15, 2025-03-15, false
      2024-03-15, 2025-03-16, true
      # a decision of 29 February reaches its year on 28 February
      2024-02-29, 2025-02-28, false
      2024-02-29, 2025-03-01, true
      # not moved to a working day: 2026-04-03 is Good Friday
      2025-04-03, 2026-04-03, false
      2025-04-03, 2026-04-07, true
      """)
  void senKlageKanAldriBehandlesNarDetErGattMerEnnEttAr(
      LocalDate vedtakTruffet, LocalDate klageFramsatt, boolean merEnnEttAr) {
    assertThat(Frister.isMoreThanOneYearSinceVedtak(vedtakTruffet, klageFramsatt)).isEqualTo(merEnnEttAr);
  }

  @ParameterizedTest(name = "søknad {0}: foreløpig svar {1}")
  @CsvSource(textBlock = """
      2025-03-03, 2025-04-03
      2025-12-15, 2026-01-15
      # month ends: the last day of a shorter month
      2024-01-31, 2024-02-29
      2025-01-31, 2025-02-28
      2025-03-31, 2025-04-30
      2025-01-28, 2025-02-28
      # not moved to a working day: 2025-05-17 is a Saturday and a holiday
      2025-04-17, 2025-05-17
      """)
  void forelopigSvarEnManedEtterSoknaden(LocalDate soknadsdato, LocalDate forelopigSvar) {
    assertThat(Frister.forelopigSvar(soknadsdato)).isEqualTo(forelopigSvar);
  }

  @ParameterizedTest(name = "søknad {0}: kvalifiseringsprogram senest {1}")
  @CsvSource(textBlock = """
      2025-03-15, 2025-09-15
      2025-12-31, 2026-06-30
      2024-08-31, 2025-02-28
      2027-08-31, 2028-02-29
      2025-07-01, 2026-01-01
      """)
  void kvalifiseringsprogramMaStarteInnenSeksManeder(LocalDate soknadsdato, LocalDate senesteOppstart) {
    assertThat(Frister.kvalifiseringsprogramLatestStart(soknadsdato)).isEqualTo(senesteOppstart);
  }

  @ParameterizedTest(name = "botilbud fra {0}: grense {1}, revurdering {2}")
  @CsvSource(textBlock = """
      # start,     limit (3 months), review (2 weeks before, back to a working day)
      2025-01-10, 2025-04-10, 2025-03-27
      # 2026-02-14 is a Saturday: review on Friday
      2025-11-30, 2026-02-28, 2026-02-13
      # two weeks before is Easter Monday 2026: back past Good Friday and Maundy Thursday to Wednesday
      2026-01-20, 2026-04-20, 2026-04-01
      # 31 March + 3 months = 30 June
      2025-03-31, 2025-06-30, 2025-06-16
      """)
  void midlertidigBotilbudForBarnefamilieAldriMerEnnTreManeder(
      LocalDate start, LocalDate grense, LocalDate revurdering) {
    assertThat(Frister.midlertidigBotilbudLimitForBarnefamilie(start)).isEqualTo(grense);
    assertThat(Frister.midlertidigBotilbudReview(start)).isEqualTo(revurdering)
        .isBeforeOrEqualTo(grense.minusWeeks(2));
    assertThat(Helligdagskalender.isWorkingDay(revurdering)).isTrue();
  }

  @Test
  void avviserNullMedNavnetPaArgumentet() {
    assertRejected(() -> Frister.klagefrist(null), "vedtakMottatt");
    assertRejected(() -> Frister.innenforKlagefrist(null, DAG), "vedtakMottatt");
    assertRejected(() -> Frister.innenforKlagefrist(DAG, null), "klageFramsatt");
    assertRejected(() -> Frister.isMoreThanOneYearSinceVedtak(null, DAG), "vedtakTruffet");
    assertRejected(() -> Frister.isMoreThanOneYearSinceVedtak(DAG, null), "klageFramsatt");
    assertRejected(() -> Frister.forelopigSvar(null), "soknadsdato");
    assertRejected(() -> Frister.kvalifiseringsprogramLatestStart(null), "soknadsdato");
    assertRejected(() -> Frister.midlertidigBotilbudLimitForBarnefamilie(null), "botilbudStart");
    assertRejected(() -> Frister.midlertidigBotilbudReview(null), "botilbudStart");
  }

  private static void assertRejected(ThrowingCallable call, String argument) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(argument + " must not be null");
  }
}
