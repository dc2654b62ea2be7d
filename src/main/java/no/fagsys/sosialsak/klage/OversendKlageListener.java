package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.klage.KlageProcess.Variables.KOPI_SENDT_KLAGER;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.OVERSENDELSESBREV;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.OVERSENDT_DATO;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.OVERSENDT_STATSFORVALTEREN;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.SAKSSTATUS;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.STATSFORVALTEREN_FRIST;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.VEDLEGG;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.vedtak.UgyldigVedtakException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ForberedOversendelse} (complete): the municipality upholds its decision and forwards the case to
 * Statsforvalteren (seed 000, «Oversendelse av saken»). Refuses a forwarding without the letter, without the copy to
 * the complainant, or without named attachments (one per line). Marks the case as forwarded (so a request for
 * deferred implementation goes to Statsforvalteren) and sets Statsforvalteren's due date, three months on.
 */
@Component(KlageProcess.Elements.BEAN_OVERSEND)
public class OversendKlageListener implements TaskListener {

  /** The due date this product gives Statsforvalteren's handling of a forwarded complaint. */
  public static final Period STATSFORVALTERENS_BEHANDLINGSTID = Period.ofMonths(3);

  private static final Logger LOG = LoggerFactory.getLogger(OversendKlageListener.class);

  @Override
  public void notify(DelegateTask task) {
    List<String> feil = new ArrayList<>();
    if (ProcessVariable.text(task, OVERSENDELSESBREV) == null) {
      feil.add("oversendelsesbrev: oversendelsesbrevet må fylles ut.");
    }
    if (!Boolean.TRUE.equals(KOPI_SENDT_KLAGER.get(task))) {
      feil.add("kopiSendtKlager: klageren skal ha kopi av oversendelsesbrevet.");
    }
    String vedlegg = ProcessVariable.text(task, VEDLEGG);
    if (vedlegg == null || vedlegg.lines().noneMatch(l -> !l.isBlank())) {
      feil.add("vedlegg: list opp de relevante saksdokumentene med navn, ett per linje.");
    }
    if (!feil.isEmpty()) {
      throw new UgyldigVedtakException("Saken kan ikke oversendes: " + String.join(" ", feil));
    }
    LocalDate today = EngineTime.today();
    task.getExecution().setVariable(OVERSENDT_STATSFORVALTEREN.name(), true);
    task.getExecution().setVariable(OVERSENDT_DATO.name(), today.toString());
    task.getExecution().setVariable(STATSFORVALTEREN_FRIST.name(),
        EngineTime.endOf(today.plus(STATSFORVALTERENS_BEHANDLINGSTID)));
    task.getExecution().setVariable(SAKSSTATUS.name(), "OVERSENDT_STATSFORVALTEREN");
    LOG.info("Sak {}: klagen er oversendt Statsforvalteren med {} vedlegg", task.getExecution().getProcessBusinessKey(),
        vedlegg.lines().filter(l -> !l.isBlank()).count());
  }
}
