package no.fagsys.sosialsak.vilkarsbrudd;

import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.FORESLATT_KONSEKVENS;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.FORHANDSVARSEL_SENDT;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.FORHANDSVARSEL_TEKST;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.SVARFRIST;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.SVARFRIST_TIDSPUNKT;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.TILLATT_KONSEKVENS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_SendForhandsvarsel} (forvaltningsloven § 16): the consequence announced must lie within
 * what the decision table allows ({@link Konsekvens}), the notice needs its text, and the response deadline
 * {@code svarfrist} is the date the caseworker set (not before today) or 14 days from today. The timer
 * {@code Event_SvarfristUtlopt} fires at the end of that day ({@code svarfristTidspunkt}). A refusal rolls the
 * completion back; the task stays open.
 */
@Component(VilkarsbruddProcess.Elements.BEAN_SEND_FORHANDSVARSEL)
public class SendForhandsvarselListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(SendForhandsvarselListener.class);

  @Override
  public void notify(DelegateTask task) {
    List<String> feil = new ArrayList<>();
    String foreslatt = ProcessVariable.text(task, FORESLATT_KONSEKVENS);
    Konsekvens.problem(FORESLATT_KONSEKVENS.name(), foreslatt, TILLATT_KONSEKVENS.get(task)).ifPresent(feil::add);
    if (Values.INGEN.equals(foreslatt)) {
      return;
    }
    if (ProcessVariable.text(task, FORHANDSVARSEL_TEKST) == null) {
      feil.add(FORHANDSVARSEL_TEKST.name() + ": forhåndsvarselet må ha en tekst");
    }
    LocalDate today = EngineTime.today();
    Object satt = task.getVariable(SVARFRIST.name());
    LocalDate svarfrist = satt == null || satt.toString().isBlank() ? today.plusDays(Values.SVARFRIST_DAGER)
        : ProcessVariable.parseDate(satt);
    if (svarfrist == null) {
      feil.add(SVARFRIST.name() + ": er ikke en dato på formen åååå-mm-dd");
    } else if (svarfrist.isBefore(today)) {
      feil.add(SVARFRIST.name() + ": kan ikke være før dagens dato");
    }
    if (!feil.isEmpty()) {
      throw new BadUserRequestException("Forhåndsvarselet kan ikke sendes: " + String.join("; ", feil));
    }
    FORHANDSVARSEL_SENDT.set(task.getExecution(), today);
    SVARFRIST.set(task.getExecution(), svarfrist);
    SVARFRIST_TIDSPUNKT.set(task.getExecution(), EngineTime.endOf(svarfrist));
    LOG.info("Sak {}: forhåndsvarsel sendt ({}), svarfrist {}", task.getExecution().getProcessBusinessKey(),
        foreslatt, svarfrist);
  }
}
