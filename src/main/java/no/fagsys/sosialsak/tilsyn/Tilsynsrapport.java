package no.fagsys.sosialsak.tilsyn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.klage.KlageProcess;
import no.fagsys.sosialsak.soknad.Tjeneste;

/**
 * The oversight report for Statsforvalteren (tilsyn), computed from the facts of the cases alone (plain Java, no
 * engine): per municipality and period, the applications per service and outcome, the time from application to
 * decision, each deadline the law sets with the cases that missed it, and the complaints with their outcomes at the
 * municipality and at Statsforvalteren and the decisions quashed. The deadlines:
 * <ul>
 *   <li>{@link #SAMME_DAG} temporary housing (sosialtjenesteloven § 27) is decided the day the application was
 *       received;</li>
 *   <li>{@link #FORELOPIG_SVAR} an application not answered within a month has had an interim reply by then
 *       (forvaltningsloven § 11 a, {@link Frister#forelopigSvar});</li>
 *   <li>{@link #KVP_OPPSTART} the qualification programme is decided no later than its latest start, six months after
 *       the application ({@link Frister#kvalifiseringsprogramLatestStart}).</li>
 * </ul>
 * A deadline not yet due for an open case is counted as neither kept nor missed ({@code ikkeForfalt}).
 */
public final class Tilsynsrapport {

  public static final String SAMME_DAG = "SAMME_DAG_MIDLERTIDIG_BOTILBUD";
  public static final String FORELOPIG_SVAR = "FORELOPIG_SVAR";
  public static final String KVP_OPPSTART = "KVP_OPPSTART";

  static final String UNDER_BEHANDLING = "UNDER_BEHANDLING";
  static final String BEHANDLES_IKKE = "BEHANDLES_IKKE";

  private Tilsynsrapport() {}

  /**
   * An application as the report needs it.
   *
   * @param vedtaksdato the day the (first) decision was issued, or {@code null}
   * @param utfall its outcome, or {@code null}
   * @param forelopigSvar the day the interim reply was sent, or {@code null}
   * @param avsluttet the day the case ended without a decision (withdrawn, forwarded), or {@code null}
   */
  public record Soknad(String saksnummer, String tjeneste, LocalDate soknadsdato, LocalDate vedtaksdato, String utfall,
      LocalDate forelopigSvar, LocalDate avsluttet) {}

  /**
   * A complaint as the report needs it.
   *
   * @param kommunensUtfall how the municipality ended it ({@code ENDRE}, {@code AVVISE}, {@code IKKE_KLAGE}), or
   *     {@code null} when it forwarded it or has not decided
   * @param statsforvalterensUtfall Statsforvalteren's outcome ({@code STADFESTE}, {@code ENDRE}, {@code OPPHEVE},
   *     {@code AVVISE}), or {@code null}
   */
  public record Klage(String saksnummer, String vedtakId, LocalDate mottatt, String kommunensUtfall,
      boolean oversendtStatsforvalteren, String statsforvalterensUtfall) {}

  public record Rapport(String kommunenummer, LocalDate fra, LocalDate til, LocalDate beregnet, int antallSoknader,
      List<TjenesteLinje> tjenester, List<Fristlinje> frister, List<Fristbrudd> fristbrudd, Klager klager) {}

  public record TjenesteLinje(String tjeneste, String lovhjemmel, int antall, Map<String, Integer> utfall,
      int vedtak, Double dagerTilVedtakSnitt, Integer dagerTilVedtakMaks) {}

  public record Fristlinje(String frist, String lovhjemmel, int gjelder, int holdt, int brutt, int ikkeForfalt) {}

  public record Fristbrudd(String saksnummer, String frist, LocalDate fristdato, LocalDate oppfylt) {}

  public record Klager(int mottatt, Map<String, Integer> avgjortAvKommunen, int oversendtStatsforvalteren,
      Map<String, Integer> avgjortAvStatsforvalteren, int ventetPaStatsforvalteren, List<Opphevet> opphevedeVedtak) {}

  public record Opphevet(String saksnummer, String vedtakId) {}

  /** The report of the applications received and the complaints registered in the period, as of {@code idag}. */
  public static Rapport lag(String kommunenummer, LocalDate fra, LocalDate til, LocalDate idag, List<Soknad> soknader,
      List<Klage> klager) {
    List<Soknad> iPerioden = soknader.stream()
        .filter(s -> s.soknadsdato() != null && !s.soknadsdato().isBefore(fra) && !s.soknadsdato().isAfter(til))
        .sorted(Comparator.comparing(Soknad::saksnummer)).toList();
    Map<String, List<Soknad>> perTjeneste = new TreeMap<>();
    iPerioden.forEach(s -> perTjeneste.computeIfAbsent(s.tjeneste() == null ? "UKJENT" : s.tjeneste(),
        t -> new ArrayList<>()).add(s));
    List<TjenesteLinje> tjenester = new ArrayList<>();
    perTjeneste.forEach((tjeneste, liste) -> {
      Map<String, Integer> utfall = new TreeMap<>();
      List<Long> dager = new ArrayList<>();
      for (Soknad s : liste) {
        String u = s.utfall() != null ? s.utfall() : s.avsluttet() != null ? BEHANDLES_IKKE : UNDER_BEHANDLING;
        utfall.merge(u, 1, Integer::sum);
        if (s.vedtaksdato() != null) {
          dager.add(ChronoUnit.DAYS.between(s.soknadsdato(), s.vedtaksdato()));
        }
      }
      tjenester.add(new TjenesteLinje(tjeneste, lovhjemmel(tjeneste), liste.size(), utfall, dager.size(),
          dager.isEmpty() ? null : Math.round(dager.stream().mapToLong(Long::longValue).average().orElse(0) * 10) / 10.0,
          dager.isEmpty() ? null : dager.stream().mapToLong(Long::longValue).max().stream().mapToObj(l -> (int) l)
              .findFirst().orElse(null)));
    });

    List<Fristbrudd> brudd = new ArrayList<>();
    List<Fristlinje> frister = List.of(
        frist(SAMME_DAG, "sosialtjenesteloven § 27", iPerioden.stream()
            .filter(s -> Tjeneste.MIDLERTIDIG_BOTILBUD.name().equals(s.tjeneste())).toList(),
            s -> s.soknadsdato(), s -> s.vedtaksdato() != null ? s.vedtaksdato() : s.avsluttet(), idag, brudd),
        frist(FORELOPIG_SVAR, "forvaltningsloven § 11 a", iPerioden,
            s -> Frister.forelopigSvar(s.soknadsdato()), Tilsynsrapport::besvart, idag, brudd),
        frist(KVP_OPPSTART, "sosialtjenesteloven § 29, forskrift om kvalifiseringsprogram", iPerioden.stream()
            .filter(s -> Tjeneste.KVALIFISERINGSPROGRAM.name().equals(s.tjeneste())).toList(),
            s -> Frister.kvalifiseringsprogramLatestStart(s.soknadsdato()),
            s -> s.vedtaksdato() != null ? s.vedtaksdato() : s.avsluttet(), idag, brudd));
    brudd.sort(Comparator.comparing(Fristbrudd::saksnummer).thenComparing(Fristbrudd::frist));

    List<Klage> klagerIPerioden = klager.stream()
        .filter(k -> k.mottatt() != null && !k.mottatt().isBefore(fra) && !k.mottatt().isAfter(til))
        .sorted(Comparator.comparing(Klage::saksnummer)).toList();
    Map<String, Integer> kommunen = new TreeMap<>();
    Map<String, Integer> statsforvalteren = new TreeMap<>();
    List<Opphevet> opphevet = new ArrayList<>();
    int oversendt = 0;
    int venter = 0;
    for (Klage k : klagerIPerioden) {
      if (k.kommunensUtfall() != null) {
        kommunen.merge(k.kommunensUtfall(), 1, Integer::sum);
      }
      if (k.oversendtStatsforvalteren()) {
        oversendt++;
        if (k.statsforvalterensUtfall() == null) {
          venter++;
        } else {
          statsforvalteren.merge(k.statsforvalterensUtfall(), 1, Integer::sum);
          if (KlageProcess.Values.OPPHEVE.equals(k.statsforvalterensUtfall())) {
            opphevet.add(new Opphevet(k.saksnummer(), k.vedtakId()));
          }
        }
      }
    }
    return new Rapport(kommunenummer, fra, til, idag, iPerioden.size(), tjenester, frister, brudd,
        new Klager(klagerIPerioden.size(), kommunen, oversendt, statsforvalteren, venter, opphevet));
  }

  /** The day the applicant had an answer for the interim-reply deadline: the reply, the decision, or the end. */
  private static LocalDate besvart(Soknad s) {
    return java.util.stream.Stream.of(s.forelopigSvar(), s.vedtaksdato(), s.avsluttet())
        .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
  }

  private static Fristlinje frist(String navn, String hjemmel, List<Soknad> gjelder,
      java.util.function.Function<Soknad, LocalDate> fristdato, java.util.function.Function<Soknad, LocalDate> oppfylt,
      LocalDate idag, List<Fristbrudd> brudd) {
    int holdt = 0;
    int brutt = 0;
    int ikkeForfalt = 0;
    for (Soknad s : gjelder) {
      LocalDate frist = fristdato.apply(s);
      LocalDate dato = oppfylt.apply(s);
      if (dato != null && !dato.isAfter(frist)) {
        holdt++;
      } else if (dato != null || idag.isAfter(frist)) {
        brutt++;
        brudd.add(new Fristbrudd(s.saksnummer(), navn, frist, dato));
      } else {
        ikkeForfalt++;
      }
    }
    return new Fristlinje(navn, hjemmel, gjelder.size(), holdt, brutt, ikkeForfalt);
  }

  private static String lovhjemmel(String tjeneste) {
    try {
      return Tjeneste.valueOf(tjeneste).hjemmel();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
