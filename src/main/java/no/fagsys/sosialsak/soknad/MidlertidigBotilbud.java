package no.fagsys.sosialsak.soknad;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.soknad.Beslutningssporsmal.Sporsmal;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A grant of temporary housing (sosialtjenesteloven § 27) as seed 004 states it, beyond the table's two questions
 * ({@code rettTilMidlertidigBotilbud}):
 *
 * <ul>
 *   <li>Question 3 of the decision tree, «Har søker rett på stønad til å betale for botilbudet? Vurdering etter §§ 18
 *       og 19»: a required Ja/Nei ({@code rettTilStonadTilBotilbudet}). Ja: the decision says the costs are covered as
 *       economic support under §§ 18 and 19 (and cites them); Nei: the applicant pays, and may apply for support.</li>
 *   <li>The exceptions, «Skal kun unntaksvis benyttes til barnefamilier og ungdom», «Kun unntaksvis ved overføring fra
 *       fengsel/institusjon»: youth and a transfer from prison or institution are required Ja/Nei answers; a family
 *       with children ({@code antallBarnIHusstanden} &gt; 0), a youth or a transfer needs the caseworker's written
 *       reason why temporary housing is nevertheless right ({@code botilbudUnntakBegrunnelse}), quoted in the
 *       decision.</li>
 *   <li>«Kun unntaksvis for barnefamilier, og aldri mer enn tre måneder»: a family's decision states the last day,
 *       three months from the first night ({@code botilbudStartdato}, docs/lovtolkninger.md L6).</li>
 * </ul>
 * Readings: docs/lovtolkninger.md L13 and L14.
 */
record MidlertidigBotilbud(boolean stonadTilBetaling, boolean barnefamilie, boolean ungdom, boolean overforing,
    String unntakBegrunnelse, LocalDate startdato) {

  static final Sporsmal RETT_TIL_STONAD = new Sporsmal("rettTilStonadTilBotilbudet",
      "3. Har søkeren rett på økonomisk stønad (§§ 18 og 19) til å betale for botilbudet?");
  static final Sporsmal UNGDOM = new Sporsmal("sokerErUngdom", "Er søkeren ungdom (under 25 år)?");
  static final Sporsmal OVERFORING = new Sporsmal("overforingFraFengselEllerInstitusjon",
      "Kommer søkeren direkte fra fengsel eller institusjon?");
  static final ProcessVariable<String> UNNTAK_BEGRUNNELSE = ProcessVariable.string("botilbudUnntakBegrunnelse");

  static final String HJEMMEL = "sosialtjenesteloven § 27";
  static final String HJEMMEL_MED_STONAD = "sosialtjenesteloven § 27, jf. §§ 18 og 19";

  private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));

  /** The answers of a grant, or null when one is missing (each missing answer is a problem in {@code v}). */
  static MidlertidigBotilbud fra(DelegateExecution execution, Validering v, boolean barnefamilie) {
    Boolean stonad = jaNei(execution, v, RETT_TIL_STONAD);
    Boolean ungdom = jaNei(execution, v, UNGDOM);
    Boolean overforing = jaNei(execution, v, OVERFORING);
    boolean unntak = barnefamilie || Boolean.TRUE.equals(ungdom) || Boolean.TRUE.equals(overforing);
    String begrunnelse = ProcessVariable.text(execution, UNNTAK_BEGRUNNELSE);
    if (unntak && begrunnelse == null) {
      v.problem(UNNTAK_BEGRUNNELSE.name(), "midlertidig botilbud skal bare unntaksvis brukes for barnefamilier, "
          + "ungdom og ved overføring fra fengsel eller institusjon; skriv hvorfor det likevel er riktig her");
    }
    if (stonad == null || ungdom == null || overforing == null || (unntak && begrunnelse == null)) {
      return null;
    }
    LocalDate start = ProcessVariable.parseDate(execution.getVariable(SoknadProcess.Variables.BOTILBUD_STARTDATO.name()));
    return new MidlertidigBotilbud(stonad, barnefamilie, ungdom, overforing, unntak ? begrunnelse : null, start);
  }

  /** A Ja/Nei answer (a Boolean, or the strings a REST client may send); unanswered is a problem, never a "no". */
  private static Boolean jaNei(DelegateExecution execution, Validering v, Sporsmal sporsmal) {
    Object value = execution.getVariable(sporsmal.navn());
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      value = Boolean.valueOf(s);
      execution.setVariable(sporsmal.navn(), value);
    }
    if (value instanceof Boolean answer) {
      return answer;
    }
    v.problem(sporsmal.navn(), value == null ? "er ikke besvart – svar Ja eller Nei på «" + sporsmal.tekst() + "»"
        : "svaret må være Ja eller Nei (true/false), ikke '" + value + "'");
    return null;
  }

  String hjemmel() {
    return stonadTilBetaling ? HJEMMEL_MED_STONAD : HJEMMEL;
  }

  /** What the decision (and so its letter) says about payment, the exceptions and the three months. */
  String vedtakstekst() {
    List<String> tekst = new ArrayList<>();
    tekst.add(stonadTilBetaling
        ? "Betaling for botilbudet er vurdert etter sosialtjenesteloven §§ 18 og 19: du har ikke midler til å betale "
            + "for botilbudet selv, og utgiftene til botilbudet dekkes som økonomisk stønad etter §§ 18 og 19."
        : "Betaling for botilbudet er vurdert etter sosialtjenesteloven §§ 18 og 19: du har ikke rett på økonomisk "
            + "stønad til å betale for botilbudet og må betale for det selv. Endrer økonomien din seg, kan du søke om "
            + "økonomisk stønad.");
    List<String> grupper = new ArrayList<>();
    if (barnefamilie) {
      grupper.add("barnefamilier");
    }
    if (ungdom) {
      grupper.add("ungdom");
    }
    if (overforing) {
      grupper.add("personer som kommer fra fengsel eller institusjon");
    }
    if (!grupper.isEmpty()) {
      tekst.add("Midlertidig botilbud skal bare unntaksvis brukes for " + oppramsing(grupper) + ". Vi har vurdert at "
          + "det likevel er riktig her: " + unntakBegrunnelse);
    }
    if (barnefamilie) {
      tekst.add(startdato == null
          ? "En barnefamilie kan aldri bo mer enn tre måneder i et midlertidig botilbud."
          : "En barnefamilie kan aldri bo mer enn tre måneder i et midlertidig botilbud: botilbudet varer senest til "
              + DATO.format(Frister.midlertidigBotilbudLimitForBarnefamilie(startdato)) + " (tre måneder fra "
              + DATO.format(startdato) + ", da dere flyttet inn).");
    }
    return SoknadTekst.join(tekst.toArray(String[]::new));
  }

  private static String oppramsing(List<String> deler) {
    if (deler.size() == 1) {
      return deler.get(0);
    }
    return String.join(", ", deler.subList(0, deler.size() - 1)) + " og " + deler.get(deler.size() - 1);
  }
}
