package no.fagsys.sosialsak.kapasitet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The summary of one quarter's survey, in the form of Statsforvalteren's slide (seed 001: "Fastlege:
 * Utfordrende/kritisk i 44 % av kommunene"): per area, how many of the <em>reporting</em> municipalities put their
 * capacity at each level, and the combined shares god/tilfredsstillende and utfordrende/kritisk. Municipalities that
 * were asked but did not report are not in the shares; they are counted and listed as late ({@code ikkeLevert}).
 *
 * <p>Shares are whole percent of the municipalities that reported on the area, rounded half up (1 of 8 is 13 %),
 * each on its own: the four levels need not add up to exactly 100. With no reporters every share is 0 %.
 * Plain Java, no engine.
 */
public final class Kapasitetsoppsummering {

  private Kapasitetsoppsummering() {}

  /** A municipality by kommunenummer and name. */
  public record Kommune(String kommunenummer, String navn) {}

  /** A count and its share of the reporting municipalities, in whole percent. */
  public record Andel(int antall, int prosent) {}

  /** The count and share at one level. */
  public record NivaAndel(Niva niva, String navn, int antall, int prosent) {}

  /** One area's summary, with one Norwegian sentence in the style of the seed's slide. */
  public record Omradeoppsummering(
      Omrade omrade,
      String navn,
      int antallRapportert,
      List<NivaAndel> nivaer,
      Andel godEllerTilfredsstillende,
      Andel utfordrendeEllerKritisk,
      String oppsummering) {}

  /** The quarter's summary: who was asked, how many reported, who is late, and each area. */
  public record Rapport(
      String kvartal,
      LocalDate frist,
      int antallSpurt,
      int antallRapportert,
      List<Kommune> ikkeLevert,
      List<Omradeoppsummering> omrader) {}

  /** Counts the answers per area and level (every area and level present, zero where none). */
  public static Map<Omrade, Map<Niva, Integer>> tell(Collection<Kapasitetssvar> svar) {
    Map<Omrade, Map<Niva, Integer>> antall = tomTelling();
    for (Kapasitetssvar s : svar) {
      antall.get(s.omrade()).merge(s.niva(), 1, Integer::sum);
    }
    return antall;
  }

  /** The summary straight from the answers: a municipality reports when it has answered. */
  public static Rapport fraSvar(String kvartal, LocalDate frist, List<Kommune> spurte, Collection<Kapasitetssvar> svar) {
    Set<String> rapporterende = new TreeSet<>();
    svar.forEach(s -> rapporterende.add(s.kommunenummer()));
    return rapport(kvartal, frist, spurte, rapporterende, tell(svar));
  }

  /**
   * The summary from stored counts.
   *
   * @param spurte the municipalities asked
   * @param rapporterende kommunenummer of those that reported (others asked are late)
   * @param antall per area and level, the number of reporting municipalities at that level
   */
  public static Rapport rapport(String kvartal, LocalDate frist, List<Kommune> spurte, Set<String> rapporterende,
      Map<Omrade, Map<Niva, Integer>> antall) {
    List<Kommune> ikkeLevert = spurte.stream().filter(k -> !rapporterende.contains(k.kommunenummer())).toList();
    List<Omradeoppsummering> omrader = new ArrayList<>();
    for (Omrade omrade : Omrade.values()) {
      omrader.add(omrade(omrade, antall.getOrDefault(omrade, Map.of())));
    }
    return new Rapport(kvartal, frist, spurte.size(), spurte.size() - ikkeLevert.size(), ikkeLevert, List.copyOf(omrader));
  }

  static Omradeoppsummering omrade(Omrade omrade, Map<Niva, Integer> antall) {
    int rapportert = 0;
    int godEllerTilfredsstillende = 0;
    for (Niva niva : Niva.values()) {
      int n = antall.getOrDefault(niva, 0);
      rapportert += n;
      if (niva.isGodEllerTilfredsstillende()) {
        godEllerTilfredsstillende += n;
      }
    }
    List<NivaAndel> nivaer = new ArrayList<>();
    for (Niva niva : Niva.values()) {
      int n = antall.getOrDefault(niva, 0);
      nivaer.add(new NivaAndel(niva, niva.navn(), n, prosent(n, rapportert)));
    }
    int utfordrendeEllerKritisk = rapportert - godEllerTilfredsstillende;
    Andel god = new Andel(godEllerTilfredsstillende, prosent(godEllerTilfredsstillende, rapportert));
    Andel utfordrende = new Andel(utfordrendeEllerKritisk, prosent(utfordrendeEllerKritisk, rapportert));
    return new Omradeoppsummering(omrade, omrade.navn(), rapportert, List.copyOf(nivaer), god, utfordrende,
        setning(rapportert, god, utfordrende, antall.getOrDefault(Niva.KRITISK, 0)));
  }

  /** {@code antall} of {@code av} in whole percent, rounded half up; 0 when {@code av} is 0. */
  static int prosent(int antall, int av) {
    if (av <= 0) {
      return 0;
    }
    return (int) ((200L * antall + av) / (2L * av));
  }

  static String setning(int rapportert, Andel god, Andel utfordrende, int kritisk) {
    if (rapportert == 0) {
      return "Ingen kommuner har rapportert.";
    }
    String setning = "Utfordrende/kritisk i " + utfordrende.prosent() + " % av kommunene, god/tilfredsstillende i "
        + god.prosent() + " %.";
    if (kritisk == 0) {
      setning += " Ingen kommuner rapporterer at situasjonen er kritisk.";
    }
    return setning;
  }

  private static Map<Omrade, Map<Niva, Integer>> tomTelling() {
    Map<Omrade, Map<Niva, Integer>> antall = new EnumMap<>(Omrade.class);
    for (Omrade omrade : Omrade.values()) {
      Map<Niva, Integer> perNiva = new EnumMap<>(Niva.class);
      for (Niva niva : Niva.values()) {
        perNiva.put(niva, 0);
      }
      antall.put(omrade, perNiva);
    }
    return antall;
  }
}
