package no.fagsys.sosialsak.kapasitet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Andel;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Kommune;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Omradeoppsummering;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Rapport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KapasitetsoppsummeringTest {

  static final LocalDate FRIST = LocalDate.parse("2026-06-30");
  static final LocalDateTime TID = LocalDateTime.parse("2026-06-20T10:00:00");

  /**
   * One area, answered by the reporting municipalities with the levels given (G god, T tilfredsstillende,
   * U utfordrende, K kritisk; "-" a municipality asked that did not report); expected counts and whole percent of
   * the reporting ones, the combined shares and the sentence.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                               | answers   | asked | reported | god % | tilfr. % | utf. % | krit. % | god/tilfr. | utf./krit. | sentence
      seed: fastlege 4 of 9 hard           | GGTTTUUKK | 9     | 9        | 22    | 33       | 22     | 22      | 56         | 44         | Utfordrende/kritisk i 44 % av kommunene, god/tilfredsstillende i 56 %.
      late ones are not in the shares      | GGTUK---- | 9     | 5        | 40    | 20       | 20     | 20      | 60         | 40         | Utfordrende/kritisk i 40 % av kommunene, god/tilfredsstillende i 60 %.
      nobody reported                      | ---       | 3     | 0        | 0     | 0        | 0      | 0       | 0          | 0          | Ingen kommuner har rapportert.
      half up: 1 of 8 is 13 %              | GTTTTTTT  | 8     | 8        | 13    | 88       | 0      | 0       | 100        | 0          | Utfordrende/kritisk i 0 % av kommunene, god/tilfredsstillende i 100 %. Ingen kommuner rapporterer at situasjonen er kritisk.
      half up: 1 of 3 is 33 %, 2 of 3 is 67 % | GUU    | 3     | 3        | 33    | 0        | 67     | 0       | 33         | 67         | Utfordrende/kritisk i 67 % av kommunene, god/tilfredsstillende i 33 %. Ingen kommuner rapporterer at situasjonen er kritisk.
      NAV: none good, three in four hard   | TUUK      | 4     | 4        | 0     | 25       | 50     | 25      | 25         | 75         | Utfordrende/kritisk i 75 % av kommunene, god/tilfredsstillende i 25 %.
      one municipality, critical           | K--       | 3     | 1        | 0     | 0        | 0      | 100     | 0          | 100        | Utfordrende/kritisk i 100 % av kommunene, god/tilfredsstillende i 0 %.
      """)
  void sharesOfTheReportingMunicipalities(String name, String answers, int asked, int reported, int god,
      int tilfredsstillende, int utfordrende, int kritisk, int godEllerTilfredsstillende, int utfordrendeEllerKritisk,
      String sentence) {
    List<Kommune> kommuner = new ArrayList<>();
    List<Kapasitetssvar> svar = new ArrayList<>();
    for (int i = 0; i < answers.length(); i++) {
      String kommunenummer = String.valueOf(5001 + i);
      kommuner.add(new Kommune(kommunenummer, "Kommune " + i));
      Niva niva = switch (answers.charAt(i)) {
        case 'G' -> Niva.GOD;
        case 'T' -> Niva.TILFREDSSTILLENDE;
        case 'U' -> Niva.UTFORDRENDE;
        case 'K' -> Niva.KRITISK;
        default -> null;
      };
      if (niva != null) {
        for (Omrade omrade : Omrade.values()) {
          svar.add(new Kapasitetssvar("2026-Q2", kommunenummer, omrade, omrade == Omrade.FASTLEGE ? niva : Niva.GOD,
              null, "tester", TID));
        }
      }
    }

    Rapport rapport = Kapasitetsoppsummering.fraSvar("2026-Q2", FRIST, kommuner, svar);

    assertThat(rapport.antallSpurt()).isEqualTo(asked);
    assertThat(rapport.antallRapportert()).isEqualTo(reported);
    assertThat(rapport.ikkeLevert()).hasSize(asked - reported);
    Omradeoppsummering fastlege = rapport.omrader().stream().filter(o -> o.omrade() == Omrade.FASTLEGE).findFirst().orElseThrow();
    assertThat(fastlege.navn()).isEqualTo("Fastlege");
    assertThat(fastlege.antallRapportert()).isEqualTo(reported);
    assertThat(fastlege.nivaer()).extracting(n -> n.prosent()).containsExactly(god, tilfredsstillende, utfordrende, kritisk);
    assertThat(fastlege.nivaer()).extracting(n -> n.antall()).containsExactly(
        count(answers, 'G'), count(answers, 'T'), count(answers, 'U'), count(answers, 'K'));
    assertThat(fastlege.godEllerTilfredsstillende())
        .isEqualTo(new Andel(count(answers, 'G') + count(answers, 'T'), godEllerTilfredsstillende));
    assertThat(fastlege.utfordrendeEllerKritisk())
        .isEqualTo(new Andel(count(answers, 'U') + count(answers, 'K'), utfordrendeEllerKritisk));
    assertThat(fastlege.oppsummering()).isEqualTo(sentence);
  }

  private static int count(String answers, char level) {
    return (int) answers.chars().filter(c -> c == level).count();
  }

  @Test
  void theLateMunicipalitiesAreListedInTheOrderAsked() {
    List<Kommune> spurte = List.of(new Kommune("5001", "Trondheim"), new Kommune("5028", "Melhus"),
        new Kommune("5031", "Malvik"));
    List<Kapasitetssvar> svar = List.of(
        new Kapasitetssvar("2026-Q2", "5028", Omrade.BOLIG, Niva.KRITISK, "Ingen ledige boliger", "kari", TID));

    Rapport rapport = Kapasitetsoppsummering.fraSvar("2026-Q2", FRIST, spurte, svar);

    assertThat(rapport.ikkeLevert()).containsExactly(new Kommune("5001", "Trondheim"), new Kommune("5031", "Malvik"));
    assertThat(rapport.antallRapportert()).isEqualTo(1);
    assertThat(rapport.omrader()).extracting(Omradeoppsummering::omrade).containsExactly(Omrade.values());
    // an area the reporting municipality left out has no reporters (not counted as anything)
    assertThat(rapport.omrader().get(1).antallRapportert()).isZero();
    assertThat(rapport.omrader().get(1).oppsummering()).isEqualTo("Ingen kommuner har rapportert.");
  }

  @Test
  void everyAreaAndLevelIsCountedEvenWhenNoneAnswered() {
    assertThat(Kapasitetsoppsummering.tell(List.of())).hasSize(Omrade.values().length)
        .allSatisfy((omrade, perNiva) -> assertThat(perNiva).hasSize(4).containsValues(0));
  }

  @ParameterizedTest(name = "{0} av {1} = {2} %")
  @CsvSource(textBlock = """
      0, 0, 0
      0, 5, 0
      5, 5, 100
      1, 8, 13
      3, 8, 38
      4, 9, 44
      5, 9, 56
      1, 6, 17
      1, 200, 1
      1, 201, 0
      """)
  void percentIsRoundedHalfUpToAWholeNumber(int antall, int av, int prosent) {
    assertThat(Kapasitetsoppsummering.prosent(antall, av)).isEqualTo(prosent);
  }
}
