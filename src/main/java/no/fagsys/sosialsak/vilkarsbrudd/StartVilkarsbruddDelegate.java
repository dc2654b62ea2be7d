package no.fagsys.sosialsak.vilkarsbrudd;

import java.util.HashMap;
import java.util.Map;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartVilkarsbrudd} in {@code soknad}: when the caseworker chooses advance notice for a reported breach
 * ({@code vilkarsbruddVidereBehandling = FORHANDSVARSEL}), starts {@code vilkarsbrudd} as a case of its own for the
 * application's decision ({@code vedtakId}), its condition ({@code vilkar}) and what happened
 * ({@code vilkarsbruddBeskrivelse} → {@code hendelse}), in the application's municipality. The follow-up of the
 * support goes on (another breach may be reported, the period ends). The new case's business key is kept in
 * {@code vilkarsbruddSak}; a refused start (see {@link RegistrerVilkarsbruddListener}) rolls the task back.
 */
@Component(VilkarsbruddProcess.Elements.BEAN_START)
public class StartVilkarsbruddDelegate implements JavaDelegate {

  public static final ProcessVariable<String> BESKRIVELSE = ProcessVariable.string("vilkarsbruddBeskrivelse");
  public static final ProcessVariable<String> VILKARSBRUDD_SAK = ProcessVariable.string("vilkarsbruddSak");

  private static final Logger LOG = LoggerFactory.getLogger(StartVilkarsbruddDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> start = new HashMap<>();
    start.put(Variables.VEDTAK_ID.name(), Variables.VEDTAK_ID.get(execution));
    start.put(Variables.KOMMUNENUMMER.name(), execution.getTenantId());
    start.put(Variables.VILKAR.name(), Variables.VILKAR.get(execution));
    start.put(Variables.HENDELSE.name(), BESKRIVELSE.get(execution));
    ProcessInstance vilkarsbrudd = execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(VilkarsbruddProcess.KEY, start);
    VILKARSBRUDD_SAK.set(execution, vilkarsbrudd.getBusinessKey());
    LOG.info("Sak {}: vilkårsbrudd behandles i sak {}", execution.getProcessBusinessKey(), vilkarsbrudd.getBusinessKey());
  }
}
