package no.fagsys.sosialsak.vilkarsbrudd;

import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.FORHANDSVARSEL_SENDT;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.HENDELSE;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.RELEVANTE_OPPLYSNINGER;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.SVARFRIST;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.TILLATT_KONSEKVENS;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.UTTALELSE;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VALGT_KONSEKVENS;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VEDTAK_FORSLAG_BEGRUNNELSE;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VEDTAK_FORSLAG_HJEMMEL;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VEDTAK_FORSLAG_UTFALL;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VEDTAK_GJELDER;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VILKAR;

import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_VurderKonsekvens}: the consequence chosen after the advance notice must lie within what
 * the decision table allows — a reduction is refused when only another change is allowed (the decision did not tell
 * the recipient a breach could reduce the support). For a consequence it prepares the proposal to the new-decision
 * steps: {@code vedtakGjelder} {@code VILKARSBRUDD}, outcome {@code DELVIS_INNVILGET} for a reduction and
 * {@code INNVILGET} (the support continues, changed) for another change, the caseworker's reasoning and the legal basis,
 * and (unless already set) the relevant facts: the condition, the breach, the notice and the statement or its absence.
 */
@Component(VilkarsbruddProcess.Elements.BEAN_VURDER_KONSEKVENS)
public class VurderKonsekvensListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(VurderKonsekvensListener.class);

  /** The facts of the breach and the advance notice, to prefill the new decision's draft. */
  static String relevanteOpplysninger(DelegateTask task) {
    String uttalelse = ProcessVariable.text(task, UTTALELSE);
    return "Vilkåret: " + ProcessVariable.text(task, VILKAR) + "\nMeldt brudd: " + ProcessVariable.text(task, HENDELSE)
        + "\nForhåndsvarsel sendt " + FORHANDSVARSEL_SENDT.get(task) + " med svarfrist " + SVARFRIST.get(task) + ". "
        + (uttalelse == null ? "Det kom ingen uttalelse innen fristen." : "Partens uttalelse: " + uttalelse);
  }

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    String valgt = ProcessVariable.text(task, VALGT_KONSEKVENS);
    Konsekvens.problem(VALGT_KONSEKVENS.name(), valgt, TILLATT_KONSEKVENS.get(task)).ifPresent(v::problem);
    boolean konsekvens = valgt != null && !Values.INGEN.equals(valgt);
    if (konsekvens && ProcessVariable.text(task, VEDTAK_FORSLAG_BEGRUNNELSE) == null) {
      v.problem(VEDTAK_FORSLAG_BEGRUNNELSE.name() + ": begrunnelsen for det nye vedtaket må fylles ut");
    }
    v.throwIfInvalid("Konsekvensen kan ikke velges");
    if (konsekvens) {
      VEDTAK_GJELDER.set(task.getExecution(), VedtakProcess.Values.VILKARSBRUDD);
      VEDTAK_FORSLAG_UTFALL.set(task.getExecution(), Values.REDUKSJON.equals(valgt)
          ? VedtakProcess.Values.DELVIS_INNVILGET : VedtakProcess.Values.INNVILGET);
      VEDTAK_FORSLAG_HJEMMEL.set(task.getExecution(), Values.HJEMMEL);
      if (ProcessVariable.text(task, RELEVANTE_OPPLYSNINGER) == null) {
        RELEVANTE_OPPLYSNINGER.set(task.getExecution(), relevanteOpplysninger(task));
      }
    }
    LOG.info("Sak {}: konsekvens av vilkårsbruddet vurdert: {}", task.getExecution().getProcessBusinessKey(), valgt);
  }
}
