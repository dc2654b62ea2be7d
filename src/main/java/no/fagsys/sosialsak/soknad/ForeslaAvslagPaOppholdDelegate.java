package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BEGRENSNING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TILGANG_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TILGANG_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_UTFALL;

import no.fagsys.sosialsak.platform.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ForeslaAvslagOpphold}: the residence status gives no access to the service ({@code tilgangTilTjeneste}
 * = NEI), so the proposal is a refusal that states the limitation and its legal basis.
 */
@Component("foreslaAvslagPaOpphold")
public class ForeslaAvslagPaOppholdDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    VEDTAK_FORSLAG_UTFALL.set(execution, "AVSLATT");
    VEDTAK_FORSLAG_BEGRUNNELSE.set(execution, SoknadTekst.join(
        ProcessVariable.text(execution, TILGANG_BEGRUNNELSE), ProcessVariable.text(execution, BEGRENSNING)));
    VEDTAK_FORSLAG_HJEMMEL.set(execution, ProcessVariable.text(execution, TILGANG_HJEMMEL));
  }
}
