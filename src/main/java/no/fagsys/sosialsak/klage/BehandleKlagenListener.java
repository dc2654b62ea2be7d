package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.klage.KlageProcess.Variables.ENDRING_GIR_FULLT_MEDHOLD;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.KOMMUNENS_UTFALL;

import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.vedtak.UgyldigVedtakException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BehandleKlagen} (complete): the municipality's outcome is one of the three ({@code AVVISE},
 * {@code ENDRE}, {@code OPPRETTHOLDE}), and a change answers Ja/Nei whether it gives the complainant full redress
 * ({@code endringGirFulltMedhold}; unanswered is not an answer). On Nei the new decision is made and the part not
 * granted goes on to Statsforvalteren (fvl. § 33; seed 000: «Vedtaket endres helt eller delvis»). The answer is kept
 * only with {@code ENDRE}.
 */
@Component(KlageProcess.Elements.BEAN_BEHANDLE)
public class BehandleKlagenListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String utfall = ProcessVariable.text(task, KOMMUNENS_UTFALL);
    if (utfall == null || !KlageProcess.Values.KOMMUNENS_UTFALL.contains(utfall)) {
      throw new UgyldigVedtakException("Klagen kan ikke avgjøres: kommunensUtfall må være en av "
          + String.join(", ", KlageProcess.Values.KOMMUNENS_UTFALL) + ", ikke '" + utfall + "'.");
    }
    Object fulltMedhold = task.getVariable(ENDRING_GIR_FULLT_MEDHOLD.name());
    if (KlageProcess.Values.ENDRE.equals(utfall)) {
      if (!(fulltMedhold instanceof Boolean)) {
        throw new UgyldigVedtakException("Klagen kan ikke avgjøres: endringGirFulltMedhold: svar Ja eller Nei på om "
            + "endringen gir klageren fullt medhold (ved Nei sendes resten av klagen til Statsforvalteren).");
      }
    } else if (fulltMedhold != null) {
      task.getExecution().removeVariable(ENDRING_GIR_FULLT_MEDHOLD.name());
    }
  }
}
