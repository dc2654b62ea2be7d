package no.fagsys.sosialsak.soknad;

import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * An extension of the introduction programme is an integreringsloven matter, not one of sosialtjenesteloven: it is
 * never filtered by sosialtjenesteloven § 3 (which office) or § 2 and its regulation (residence), never forwarded or
 * refused citing them. Its own path ({@code Gateway_Integreringsloven}) documents the case as seed 001 asks («Hva
 * trenger vi av fakta og dokumentasjon for å behandle saken?»): the participant's final goal, the documentation of
 * progress that supports the expectation that it will be reached, and the length of the extension within the law's
 * limits (integreringsloven § 13: up to six months, up to one year when the final goal is completed upper secondary
 * education; reading L16). The decision («et enkeltvedtak», seed 001) cites integreringsloven; a granted extension is
 * followed up ({@code Task_FolgOppForlengelseIntro}).
 */
final class ForlengelseIntroduksjonsprogram {

  private ForlengelseIntroduksjonsprogram() {}

  static final ProcessVariable<String> SLUTTMAL = ProcessVariable.string("introSluttmal");
  static final ProcessVariable<String> DOKUMENTASJON = ProcessVariable.string("introDokumentasjon");
  static final ProcessVariable<Integer> MANEDER = ProcessVariable.integer("introForlengelseManeder");
  static final Beslutningssporsmal.Sporsmal SLUTTMAL_VIDEREGAENDE = new Beslutningssporsmal.Sporsmal(
      "sluttmalVideregaendeOpplaering", "Er deltakerens sluttmål fullført videregående opplæring?");

  /** Integreringsloven § 13: the longest extension in months. */
  static final int MAKS_MANEDER = 6;
  static final int MAKS_MANEDER_VIDEREGAENDE = 12;
  static final String HJEMMEL = "integreringsloven § 13";

  /** Completing {@code Task_DokumenterForlengelseIntro}: the documentation and a length within the law's limits. */
  static void kontroller(DelegateTask task, Validering v) {
    v.requireText(SLUTTMAL, "skriv deltakerens sluttmål (fra integreringskontrakten)");
    v.requireText(DOKUMENTASJON, "skriv hvilken dokumentasjon som viser at det er grunn til å forvente at sluttmålet "
        + "nås med en forlengelse (fremmøte, resultater, uttalelser fra opplæringssted eller arbeidsgiver)");
    Object svar = task.getVariable(SLUTTMAL_VIDEREGAENDE.navn());
    if (svar instanceof String s && (s.equals("true") || s.equals("false"))) {
      svar = Boolean.valueOf(s);
      task.setVariable(SLUTTMAL_VIDEREGAENDE.navn(), svar);
    }
    if (!(svar instanceof Boolean)) {
      v.problem(SLUTTMAL_VIDEREGAENDE.navn(), svar == null ? "er ikke besvart – svar Ja eller Nei på «"
          + SLUTTMAL_VIDEREGAENDE.tekst() + "»" : "svaret må være Ja eller Nei (true/false), ikke '" + svar + "'");
    }
    Integer maneder = v.nonNegative(MANEDER);
    if (maneder != null && svar instanceof Boolean videregaende) {
      int maks = videregaende ? MAKS_MANEDER_VIDEREGAENDE : MAKS_MANEDER;
      if (maneder < 1 || maneder > maks) {
        v.problem(MANEDER.name(), "forlengelsen må være fra 1 til " + maks + " måneder (integreringsloven § 13: inntil "
            + (videregaende ? "ett år når sluttmålet er fullført videregående opplæring" : "seks måneder") + "), ikke "
            + maneder);
      }
    }
  }

  /** What the proposal states for a granted extension: its length, the final goal and the documentation. */
  static String vedtakstekst(VariableScope scope) {
    Integer maneder = MANEDER.get(scope);
    return "Introduksjonsprogrammet forlenges med " + maneder + (maneder != null && maneder == 1 ? " måned" : " måneder")
        + " (integreringsloven § 13). Sluttmålet ditt: " + ProcessVariable.text(scope, SLUTTMAL)
        + " Vi har lagt vekt på denne dokumentasjonen: " + ProcessVariable.text(scope, DOKUMENTASJON);
  }

  /** What a refusal states besides the table's reasoning: the documentation assessed. */
  static String avslagstekst(VariableScope scope) {
    return "Sluttmålet ditt: " + ProcessVariable.text(scope, SLUTTMAL) + " Vi har vurdert denne dokumentasjonen: "
        + ProcessVariable.text(scope, DOKUMENTASJON);
  }
}
