package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANTALL_BARN_I_HUSSTANDEN;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORELOPIG_SVAR_FRIST;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.HASTER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.HASTESAK_FRIST;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.KOMMUNENUMMER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.KVP_SISTE_OPPSTART;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.NODSITUASJON;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SAKSBEHANDLINGSFRIST;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SAKSNUMMER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SAKSSTATUS;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SOKNADSDATO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TJENESTE;

import java.time.LocalDate;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At receipt ({@code Event_SoknadMottatt}): refuses bad start variables (naming each field, nothing is started),
 * gives the case its case number as business key, and sets the deadlines the model's timers and due dates use:
 * same-day handling for emergencies and temporary housing, interim reply after one month (fvl. § 11 a), the latest
 * start of a qualification programme (six months).
 */
@Component("registrerSoknad")
public class RegistrerSoknadListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrerSoknadListener.class);

  private final Saksnummerserie saksnummerserie;

  public RegistrerSoknadListener(Saksnummerserie saksnummerserie) {
    this.saksnummerserie = saksnummerserie;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate today = EngineTime.today();
    SoknadStart start = SoknadStart.validate(execution, today);
    String saksnummer = saksnummerserie.nesteSaksnummer(start.kommunenummer(), today.getYear());
    execution.setProcessBusinessKey(saksnummer);
    SAKSNUMMER.set(execution, saksnummer);
    no.fagsys.sosialsak.sak.Visningsnavn.settSak(execution, start.tjeneste().name());
    SAKSSTATUS.set(execution, "MOTTATT");
    boolean haster = start.nodsituasjon() || start.tjeneste().vurderesSammeDag();
    HASTER.set(execution, haster);
    HASTESAK_FRIST.set(execution, EngineTime.endOf(today));
    String enManed = EngineTime.startOf(Frister.forelopigSvar(start.soknadsdato()));
    FORELOPIG_SVAR_FRIST.set(execution, enManed);
    SAKSBEHANDLINGSFRIST.set(execution, haster ? EngineTime.endOf(today) : enManed);
    KVP_SISTE_OPPSTART.set(execution, EngineTime.startOf(Frister.kvalifiseringsprogramLatestStart(start.soknadsdato())));
    LOG.info("Søknad mottatt: sak {} ({}, haster: {})", saksnummer, start.tjeneste(), haster);
  }

  /** The validated start variables of SPEC § 4.1. */
  record SoknadStart(Tjeneste tjeneste, String kommunenummer, String kanal, LocalDate soknadsdato,
      boolean nodsituasjon, int antallBarnIHusstanden) {

    static SoknadStart validate(DelegateExecution execution, LocalDate today) {
      Validering v = new Validering(execution);
      Tjeneste tjeneste = v.oneOf(TJENESTE, Tjeneste.class);
      String kommunenummer = v.kommunenummer(KOMMUNENUMMER);
      String kanal = v.oneOf(SoknadProcess.Variables.KANAL, Kanal.class) == null ? null
          : SoknadProcess.Variables.KANAL.get(execution);
      LocalDate soknadsdato = v.dateNotAfter(SOKNADSDATO, today);
      Boolean nodsituasjon = v.required(NODSITUASJON);
      Integer barn = v.nonNegative(ANTALL_BARN_I_HUSSTANDEN);
      v.pseudonym(SoknadProcess.Variables.SOKER_REFERANSE);
      v.throwIfInvalid();
      return new SoknadStart(tjeneste, kommunenummer, kanal, soknadsdato, nodsituasjon, barn);
    }
  }
}
