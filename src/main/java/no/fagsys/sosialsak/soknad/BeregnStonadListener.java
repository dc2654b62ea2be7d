package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANDRE_NODVENDIGE_UTGIFTER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANTALL_BARN_0_TIL_5;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANTALL_BARN_11_TIL_17;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANTALL_BARN_6_TIL_10;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANTALL_BARN_I_HUSSTANDEN;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BARNETRYGD;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BARNS_INNTEKT_FRITID_OG_FERIE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOUTGIFTER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORSLAG_BELOP_PER_MANED;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.HUSSTANDENS_INNTEKT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.HUSSTANDSTYPE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SATSER_GYLDIG_FRA;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SATS_BARN_0_TIL_5;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SATS_BARN_11_TIL_17;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SATS_BARN_6_TIL_10;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SATS_BOFELLESSKAP;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SATS_ENSLIG;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SATS_PAR;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSBEREGNING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STROM_OG_OPPVARMING;

import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.soknad.Stonadsberegning.Grunnlag;
import no.fagsys.sosialsak.soknad.Stonadsberegning.Husstand;
import no.fagsys.sosialsak.soknad.Stonadsberegning.Resultat;
import no.fagsys.sosialsak.soknad.Stonadsberegning.Satser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_BeregnStonad}: the household, its costs and its income (kroner per month) are required and
 * not negative, and the children by age add up to the children in the household; then the proposal is computed from
 * the guideline rates {@code Task_SatserLivsopphold} looked up ({@link Stonadsberegning}) and recorded as
 * {@code forslagBelopPerManed} and {@code stonadsberegning} for the caseworker to confirm or depart from. A refusal
 * names each field; the task stays open.
 */
@Component(BeregnStonadListener.BEAN)
public class BeregnStonadListener implements TaskListener {

  public static final String BEAN = "beregnStonad";

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    Husstand husstand = v.oneOf(HUSSTANDSTYPE, Husstand.class);
    Integer b0 = v.nonNegative(ANTALL_BARN_0_TIL_5);
    Integer b6 = v.nonNegative(ANTALL_BARN_6_TIL_10);
    Integer b11 = v.nonNegative(ANTALL_BARN_11_TIL_17);
    Integer bolig = v.nonNegative(BOUTGIFTER);
    Integer strom = v.nonNegative(STROM_OG_OPPVARMING);
    Integer andre = v.nonNegative(ANDRE_NODVENDIGE_UTGIFTER);
    Integer inntekt = v.nonNegative(HUSSTANDENS_INNTEKT);
    Integer barnetrygd = v.nonNegative(BARNETRYGD);
    Integer barnsInntekt = v.nonNegative(BARNS_INNTEKT_FRITID_OG_FERIE);
    Integer barn = ANTALL_BARN_I_HUSSTANDEN.get(task);
    if (b0 != null && b6 != null && b11 != null && barn != null && b0 + b6 + b11 != barn) {
      v.problem(ANTALL_BARN_0_TIL_5.name(), "barna etter alder (" + (b0 + b6 + b11) + ") må være de "
          + barn + " barna i husstanden");
    }
    Integer enslig = SATS_ENSLIG.get(task);
    if (enslig == null) {
      v.problem(SATS_ENSLIG.name(), "ingen veiledende satser gjelder for beregningsdatoen; prosesseieren må legge "
          + "dem inn i satserLivsopphold");
    }
    v.throwIfInvalid();
    Satser satser = new Satser(enslig, SATS_PAR.get(task), SATS_BOFELLESSKAP.get(task), SATS_BARN_0_TIL_5.get(task),
        SATS_BARN_6_TIL_10.get(task), SATS_BARN_11_TIL_17.get(task), SATSER_GYLDIG_FRA.get(task));
    Resultat resultat = Stonadsberegning.beregn(satser, new Grunnlag(husstand, b0, b6, b11, bolig, strom, andre,
        inntekt, barnetrygd, barnsInntekt));
    FORSLAG_BELOP_PER_MANED.set(task, resultat.forslag());
    STONADSBEREGNING.set(task, resultat.tekst());
  }
}
