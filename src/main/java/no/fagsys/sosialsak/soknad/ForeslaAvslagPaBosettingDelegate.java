package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANSVARLIG_KOMMUNE_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANSVARLIG_KOMMUNE_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_UTFALL;

import no.fagsys.sosialsak.platform.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ForeslaAvslagBosetting} (forskrift om sosiale tjenester for personer uten fast bopel i Norge § 3): a
 * refugee settled in another municipality that receives integration grant for them, who has moved here without an
 * agreement between the municipalities, may be refused with reference to the settlement municipality's
 * responsibility, unless that is obviously unreasonable. The refusal is a decision with reasons and complaint rights
 * (the new-decision steps), not a silent forward. Emergencies never come here: they are assessed in this
 * municipality ({@code viErAnsvarligKommune}).
 */
@Component(ForeslaAvslagPaBosettingDelegate.BEAN)
public class ForeslaAvslagPaBosettingDelegate implements JavaDelegate {

  public static final String BEAN = "foreslaAvslagPaBosetting";

  @Override
  public void execute(DelegateExecution execution) {
    VEDTAK_FORSLAG_UTFALL.set(execution, "AVSLATT");
    VEDTAK_FORSLAG_BEGRUNNELSE.set(execution, SoknadTekst.join(
        ProcessVariable.text(execution, ANSVARLIG_KOMMUNE_BEGRUNNELSE),
        "Flyttingen hit er ikke avtalt mellom kommunene, og det er ikke åpenbart urimelig å vise deg til "
            + "bosettingskommunen. Søknaden avslås derfor med henvisning til at bosettingskommunen har ansvaret for "
            + "tjenestene til deg. Du kan søke om tjenestene der. Er du i en nødsituasjon, kan du likevel få hjelp "
            + "i kommunen der du oppholder deg."));
    VEDTAK_FORSLAG_HJEMMEL.set(execution, ProcessVariable.text(execution, ANSVARLIG_KOMMUNE_HJEMMEL));
  }
}
