package no.fagsys.sosialsak.frist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelligdagskalenderTest {

  @ParameterizedTest(name = "1. påskedag {0} er {1}")
  @CsvSource(textBlock = """
      2024, 2024-03-31
      2025, 2025-04-20
      2026, 2026-04-05
      2027, 2027-03-28
      2028, 2028-04-16
      2029, 2029-04-01
      2030, 2030-04-21
      # edges of the computus: earliest and latest possible Easter, and the first Gregorian year
      1818, 1818-03-22
      2285, 2285-03-22
      1943, 1943-04-25
      2038, 2038-04-25
      1583, 1583-04-10
      """)
  void paskedagFolgerDenGregorianskeKalenderen(int year, LocalDate easterSunday) {
    assertThat(Helligdagskalender.easterSunday(year)).isEqualTo(easterSunday);
  }

  @Test
  void helligdagene2025() {
    assertThat(Helligdagskalender.holidays(2025)).containsExactly(
        entry(LocalDate.parse("2025-01-01"), Helligdag.NYTTARSDAG),
        entry(LocalDate.parse("2025-04-17"), Helligdag.SKJAERTORSDAG),
        entry(LocalDate.parse("2025-04-18"), Helligdag.LANGFREDAG),
        entry(LocalDate.parse("2025-04-20"), Helligdag.FORSTE_PASKEDAG),
        entry(LocalDate.parse("2025-04-21"), Helligdag.ANDRE_PASKEDAG),
        entry(LocalDate.parse("2025-05-01"), Helligdag.FORSTE_MAI),
        entry(LocalDate.parse("2025-05-17"), Helligdag.SYTTENDE_MAI),
        entry(LocalDate.parse("2025-05-29"), Helligdag.KRISTI_HIMMELFARTSDAG),
        entry(LocalDate.parse("2025-06-08"), Helligdag.FORSTE_PINSEDAG),
        entry(LocalDate.parse("2025-06-09"), Helligdag.ANDRE_PINSEDAG),
        entry(LocalDate.parse("2025-12-25"), Helligdag.FORSTE_JULEDAG),
        entry(LocalDate.parse("2025-12-26"), Helligdag.ANDRE_JULEDAG));
  }

  @Test
  void helligdagene2026() {
    assertThat(Helligdagskalender.holidays(2026)).containsExactly(
        entry(LocalDate.parse("2026-01-01"), Helligdag.NYTTARSDAG),
        entry(LocalDate.parse("2026-04-02"), Helligdag.SKJAERTORSDAG),
        entry(LocalDate.parse("2026-04-03"), Helligdag.LANGFREDAG),
        entry(LocalDate.parse("2026-04-05"), Helligdag.FORSTE_PASKEDAG),
        entry(LocalDate.parse("2026-04-06"), Helligdag.ANDRE_PASKEDAG),
        entry(LocalDate.parse("2026-05-01"), Helligdag.FORSTE_MAI),
        entry(LocalDate.parse("2026-05-14"), Helligdag.KRISTI_HIMMELFARTSDAG),
        entry(LocalDate.parse("2026-05-17"), Helligdag.SYTTENDE_MAI),
        entry(LocalDate.parse("2026-05-24"), Helligdag.FORSTE_PINSEDAG),
        entry(LocalDate.parse("2026-05-25"), Helligdag.ANDRE_PINSEDAG),
        entry(LocalDate.parse("2026-12-25"), Helligdag.FORSTE_JULEDAG),
        entry(LocalDate.parse("2026-12-26"), Helligdag.ANDRE_JULEDAG));
  }

  @Test
  void helligdagene2024MedPinseRettEtter17Mai() {
    assertThat(Helligdagskalender.holidays(2024)).containsExactly(
        entry(LocalDate.parse("2024-01-01"), Helligdag.NYTTARSDAG),
        entry(LocalDate.parse("2024-03-28"), Helligdag.SKJAERTORSDAG),
        entry(LocalDate.parse("2024-03-29"), Helligdag.LANGFREDAG),
        entry(LocalDate.parse("2024-03-31"), Helligdag.FORSTE_PASKEDAG),
        entry(LocalDate.parse("2024-04-01"), Helligdag.ANDRE_PASKEDAG),
        entry(LocalDate.parse("2024-05-01"), Helligdag.FORSTE_MAI),
        entry(LocalDate.parse("2024-05-09"), Helligdag.KRISTI_HIMMELFARTSDAG),
        entry(LocalDate.parse("2024-05-17"), Helligdag.SYTTENDE_MAI),
        entry(LocalDate.parse("2024-05-19"), Helligdag.FORSTE_PINSEDAG),
        entry(LocalDate.parse("2024-05-20"), Helligdag.ANDRE_PINSEDAG),
        entry(LocalDate.parse("2024-12-25"), Helligdag.FORSTE_JULEDAG),
        entry(LocalDate.parse("2024-12-26"), Helligdag.ANDRE_JULEDAG));
  }

  @Test
  void toHelligdagerPaSammeDatoTellerSomEn() {
    // 2027: Whit Monday (Easter 28 March + 50) is 17 May.
    assertThat(Helligdagskalender.holidays(2027)).hasSize(11)
        .containsEntry(LocalDate.parse("2027-05-16"), Helligdag.FORSTE_PINSEDAG)
        .containsKey(LocalDate.parse("2027-05-17"));
    assertThat(Helligdag.ANDRE_PINSEDAG.dateIn(2027)).isEqualTo(Helligdag.SYTTENDE_MAI.dateIn(2027));
  }

  @ParameterizedTest(name = "{0} er virkedag: {1}")
  @CsvSource(textBlock = """
      # date,      working day, why
      2025-12-24, true,  julaften er ikke helligdag
      2025-12-31, true,  nyttårsaften er ikke helligdag
      2026-04-04, false, påskeaften er en lørdag
      2025-04-19, false, påskeaften er en lørdag
      2025-04-16, true,  onsdag før skjærtorsdag
      2025-04-17, false, skjærtorsdag
      2025-04-21, false, 2. påskedag
      2025-04-22, true,  tirsdag etter påske
      2025-05-17, false, 17. mai (også lørdag)
      2028-05-17, false, 17. mai på en onsdag
      2025-05-29, false, Kristi himmelfartsdag
      2025-06-09, false, 2. pinsedag
      2025-10-25, false, lørdag
      2025-10-26, false, søndag
      2025-10-27, true,  mandag
      """)
  void virkedagErIkkeLordagSondagEllerHelligdag(LocalDate date, boolean workingDay, String why) {
    assertThat(Helligdagskalender.isWorkingDay(date)).as(why).isEqualTo(workingDay);
  }

  @Test
  void helligdagHarNorskNavn() {
    assertThat(Helligdagskalender.holiday(LocalDate.parse("2026-04-03"))).map(Helligdag::navn).contains("Langfredag");
    assertThat(Helligdagskalender.holiday(LocalDate.parse("2026-04-04"))).isEmpty();
  }

  @Test
  void forrigeOgNesteVirkedag() {
    LocalDate skjaertorsdag = LocalDate.parse("2026-04-02");
    assertThat(Helligdagskalender.sameOrNextWorkingDay(skjaertorsdag)).isEqualTo("2026-04-07");
    assertThat(Helligdagskalender.sameOrPreviousWorkingDay(LocalDate.parse("2026-04-06"))).isEqualTo("2026-04-01");
    assertThat(Helligdagskalender.sameOrNextWorkingDay(LocalDate.parse("2026-04-01"))).isEqualTo("2026-04-01");
  }

  @Test
  void avviserNullOgArFoerGregoriansk() {
    assertThatThrownBy(() -> Helligdagskalender.isWorkingDay(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> Helligdagskalender.easterSunday(1582))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1583");
  }
}
