package no.fagsys.sosialsak.soknad;

import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the mapping ({@code Task_KartleggSoknad}, {@code Task_KartleggHastesak}) must record of the applicant's
 * participation, checked on the server (seed 003: Kartlegge is «Informere om tjenestene, ta imot søknad, opplyse
 * saken»; seed 002 and sosialtjenesteloven § 42: «Det skal legges stor vekt på hva vedkommende mener», information
 * adapted to the recipient, use of an interpreter; the child's view for children in the household, § 1 and the
 * child perspective):
 *
 * <ul>
 *   <li>the applicant has been told about the services (a required Ja; Nei stops the step: inform first), and, where
 *       the qualification programme or an individual plan may be relevant (a required Ja/Nei), about those too;</li>
 *   <li>the applicant's own view and wishes ({@code sokerensSyn});</li>
 *   <li>whether an interpreter is needed (a required Ja/Nei) and, if so, the language and how one was used;</li>
 *   <li>the child's view ({@code barnetsSyn}, or why the child was not heard) when {@code antallBarnIHusstanden} &gt;
 *       0.</li>
 * </ul>
 * How the views were weighed is the caseworker's text in the decision's draft ({@code vektleggingAvSyn}), and the
 * decision's reasoning and letter state all of it (reading L15).
 */
final class Brukermedvirkning {

  private Brukermedvirkning() {}

  static final Beslutningssporsmal.Sporsmal INFORMERT_OM_TJENESTENE = new Beslutningssporsmal.Sporsmal(
      "informertOmTjenestene", "Er søkeren informert om de sosiale tjenestene (opplysning, råd og veiledning, "
          + "økonomisk stønad, midlertidig botilbud, individuell plan og kvalifiseringsprogram)?");
  static final Beslutningssporsmal.Sporsmal KVP_ELLER_PLAN_AKTUELT = new Beslutningssporsmal.Sporsmal(
      "kvpEllerIndividuellPlanAktuelt", "Kan kvalifiseringsprogram eller individuell plan være aktuelt for søkeren?");
  static final Beslutningssporsmal.Sporsmal INFORMERT_OM_KVP_OG_PLAN = new Beslutningssporsmal.Sporsmal(
      VedtakProcess.Variables.INFORMERT_OM_KVP_OG_INDIVIDUELL_PLAN.name(),
      "Er søkeren informert om kvalifiseringsprogram og individuell plan?");
  static final Beslutningssporsmal.Sporsmal BEHOV_FOR_TOLK = new Beslutningssporsmal.Sporsmal(
      VedtakProcess.Variables.BEHOV_FOR_TOLK.name(), "Har søkeren behov for tolk?");

  static void kontroller(DelegateTask task, Validering v) {
    Boolean informert = jaNei(task, v, INFORMERT_OM_TJENESTENE);
    if (Boolean.FALSE.equals(informert)) {
      v.problem(INFORMERT_OM_TJENESTENE.navn(), "søkeren skal informeres om tjenestene før kartleggingen er ferdig "
          + "(forvaltningsloven § 11, sosialtjenesteloven § 17): informer søkeren, og svar Ja");
    }
    if (Boolean.TRUE.equals(jaNei(task, v, KVP_ELLER_PLAN_AKTUELT))
        && Boolean.FALSE.equals(jaNei(task, v, INFORMERT_OM_KVP_OG_PLAN))) {
      v.problem(INFORMERT_OM_KVP_OG_PLAN.navn(), "kvalifiseringsprogram eller individuell plan kan være aktuelt: "
          + "informer søkeren om dem, og svar Ja");
    }
    v.requireText(VedtakProcess.Variables.SOKERENS_SYN, "skriv søkerens eget syn på saken og hva søkeren ønsker "
        + "(sosialtjenesteloven § 42)");
    if (Boolean.TRUE.equals(jaNei(task, v, BEHOV_FOR_TOLK))) {
      v.requireText(VedtakProcess.Variables.TOLK_BESKRIVELSE, "søkeren har behov for tolk: skriv språket og "
          + "hvordan tolk ble brukt (eller hvorfor ikke)");
    }
    Integer barn = SoknadProcess.Variables.ANTALL_BARN_I_HUSSTANDEN.get(task);
    if (barn != null && barn > 0) {
      v.requireText(VedtakProcess.Variables.BARNETS_SYN, "husstanden har barn: skriv barnets syn, eller hvorfor "
          + "barnet ikke er hørt");
    }
  }

  /** A Ja/Nei answer (a Boolean, or the strings a REST client may send); unanswered is a problem, never a "no". */
  private static Boolean jaNei(DelegateTask task, Validering v, Beslutningssporsmal.Sporsmal sporsmal) {
    Object value = task.getVariable(sporsmal.navn());
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      value = Boolean.valueOf(s);
      task.setVariable(sporsmal.navn(), value);
    }
    if (value instanceof Boolean answer) {
      return answer;
    }
    v.problem(sporsmal.navn(), value == null ? "er ikke besvart – svar Ja eller Nei på «" + sporsmal.tekst() + "»"
        : "svaret må være Ja eller Nei (true/false), ikke '" + value + "'");
    return null;
  }
}
