package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.text;

import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.sak.Saksfakta;
import no.fagsys.sosialsak.sak.Visningsnavn;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Values;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start of the new-decision steps ({@code Event_VedtakSkalFattes}): checks what the calling process passed in,
 * prefills the draft from its proposal, and clears what an earlier decision in the same case left behind.
 *
 * <ul>
 *   <li>{@code saksnummer} is the business key, {@code kommunenummer} the tenant (set here for the forms, never read
 *       from what the caller passed); both are required, as is
 *       {@code tjeneste} (one of the six services); {@code vedtakForslagUtfall}, when given, is one of the four
 *       outcomes; {@code vedtakGjelder} defaults to {@code SOKNAD}.</li>
 *   <li>The draft's {@code vedtakUtfall}, {@code vedtakBegrunnelse} and {@code vedtakHjemmel} are set from the
 *       proposal (always: a stale value from the caller must not win). Relevant facts, form of support, conditions
 *       and loan terms are prefilled when the caller has them under the same names.</li>
 * </ul>
 * A missing or invalid input fails the caller's command (its call activity), with a Norwegian message.
 */
@Component(VedtakProcess.Elements.BEAN_FORBERED)
public class ForberedVedtakListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(ForberedVedtakListener.class);

  @Override
  public void notify(DelegateExecution execution) {
    Validering v = new Validering(execution);
    // The case and the municipality are the engine's: the business key the caller handed on, and the tenant.
    String saksnummer = Saksfakta.saksnummer(execution);
    if (saksnummer == null || saksnummer.isBlank()) {
      v.problem("Saken har ikke noe saksnummer (forretningsnøkkel).");
    }
    String kommunenummer = Saksfakta.kommunenummer(execution);
    if (kommunenummer == null) {
      v.problem("Saken tilhører ingen kommune (tenant).");
    }
    String tjeneste = text(execution, Variables.TJENESTE);
    if (tjeneste == null || !Values.TJENESTER.contains(tjeneste)) {
      v.problem("Tjeneste (tjeneste) må være en av " + String.join(", ", Values.TJENESTER) + ", ikke '" + tjeneste + "'.");
    }
    String forslag = text(execution, Variables.VEDTAK_FORSLAG_UTFALL);
    if (forslag != null && !Values.UTFALL.contains(forslag)) {
      v.problem("Foreslått utfall (vedtakForslagUtfall) må være en av " + String.join(", ", Values.UTFALL)
          + ", ikke '" + forslag + "'.");
    }
    String gjelder = text(execution, Variables.VEDTAK_GJELDER);
    if (gjelder == null) {
      gjelder = Values.SOKNAD;
    } else if (!Values.VEDTAK_GJELDER.contains(gjelder)) {
      v.problem("Hva vedtaket gjelder (vedtakGjelder) må være en av " + String.join(", ", Values.VEDTAK_GJELDER)
          + ", ikke '" + gjelder + "'.");
    }
    Variables.ANTALL_BARN_I_HUSSTANDEN.get(execution); // an Integer when given (fails otherwise)
    String fristSammeDag = text(execution, Variables.VEDTAK_FRIST_SAMME_DAG);
    if (fristSammeDag != null && FristSammeDag.tidspunkt(fristSammeDag) == null) {
      v.problem("Fristen samme dag (vedtakFristSammeDag) må være et tidspunkt på formen åååå-mm-ddTtt:mm:ss, ikke '"
          + fristSammeDag + "'.");
    }
    v.throwIfInvalid("Vedtaksprosessen kan ikke starte", UgyldigVedtakException::new);

    Variables.SAKSNUMMER.set(execution, saksnummer);
    Variables.KOMMUNENUMMER.set(execution, kommunenummer);
    Visningsnavn.settSak(execution, tjeneste);
    Variables.VEDTAK_GJELDER.set(execution, gjelder);
    Variables.VEDTAK_SAMME_DAG.set(execution, fristSammeDag != null);
    Variables.VEDTAK_UTFALL.set(execution, forslag);
    Variables.VEDTAK_BEGRUNNELSE.set(execution, text(execution, Variables.VEDTAK_FORSLAG_BEGRUNNELSE));
    Variables.VEDTAK_HJEMMEL.set(execution, text(execution, Variables.VEDTAK_FORSLAG_HJEMMEL));
    Variables.TILSTAND_FRA_TIDLIGERE_VEDTAK.forEach(variable -> variable.remove(execution));
    LOG.info("Sak {}: vedtak skal utformes ({}, {}), forslag {}", saksnummer, tjeneste, gjelder, forslag);
  }
}
