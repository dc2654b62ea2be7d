package no.fagsys.sosialsak.vedtak;

import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * What a calling process ({@code soknad}, {@code klage}, {@code vilkarsbrudd}) hands the new-decision steps: exactly
 * the variables {@code vedtak} reads ({@link Variables#INN}), those the caller has, with their types. The call
 * activities use it as {@code camunda:variableMappingDelegateExpression="${vedtakInndata}"}; what comes back stays
 * in their {@code camunda:out} mappings.
 *
 * <p>It replaces {@code camunda:in variables="all"}, which copied every variable of the case into each decision (an
 * insert into the runtime table and two history rows per variable, 88 % of the statements {@code soknad} spent over
 * a bare process; BENCHMARKS.md). The decision's forms and steps see the same values as before.
 */
@Component(VedtakProcess.Elements.BEAN_INNDATA)
public class VedtakInndata implements DelegateVariableMapping {

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    for (ProcessVariable<?> variable : Variables.INN) {
      TypedValue value = superExecution.getVariableTyped(variable.name());
      if (value != null) {
        subVariables.putValueTyped(variable.name(), value);
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    // The outcome goes back through the call activities' camunda:out mappings.
  }
}
