package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORLENGELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORLENGELSE_MANEDER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORLENGET_MANEDER_TOTALT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_SLUTT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_STARTDATO;

import java.time.LocalDate;
import no.fagsys.sosialsak.platform.process.EngineTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The qualification programme's period (sosialtjenesteloven § 30 and the regulation, as the seed teaches it): one
 * year from the start, extended by a new decision by up to one more year, and beyond that by up to 12 months for
 * special reasons. As an execution listener on {@code Gateway_ProgramPagar} (before the follow-up task, whose
 * timers need the date) it sets the end of the
 * period (adding an extension just granted); as a task listener on {@code Task_VurderForlengelse} it refuses an
 * extension the law does not allow.
 */
@Component("beregnProgramperiode")
public class BeregnProgramperiodeListener implements ExecutionListener, TaskListener {

  static final int PROGRAMPERIODE_MANEDER = 12;
  static final int ORDINAER_FORLENGELSE_MANEDER = 12;
  static final int MAKS_FORLENGELSE_MANEDER = 24;

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate start = PROGRAM_STARTDATO.get(execution);
    if (start == null) {
      throw new BadUserRequestException("programStartdato: mangler");
    }
    int forlenget = total(execution);
    String forlengelse = FORLENGELSE.get(execution);
    if (forlengelse != null && !"NEI".equals(forlengelse) && "INNVILGET".equals(execution.getVariable("vedtakUtfall"))) {
      forlenget += maneder(forlengelse, FORLENGELSE_MANEDER.get(execution));
      FORLENGET_MANEDER_TOTALT.set(execution, forlenget);
      FORLENGELSE.remove(execution);
    }
    PROGRAM_SLUTT.set(execution, EngineTime.startOf(start.plusMonths(PROGRAMPERIODE_MANEDER + forlenget)));
  }

  @Override
  public void notify(DelegateTask task) {
    String forlengelse = FORLENGELSE.get(task);
    if (forlengelse == null || "NEI".equals(forlengelse)) {
      return;
    }
    int forlenget = total(task);
    if ("ETT_AR".equals(forlengelse) && forlenget > 0) {
      throw new BadUserRequestException(
          "forlengelse: programmet er allerede forlenget; videre forlengelse krever særlige grunner");
    }
    if ("SAERLIGE_GRUNNER".equals(forlengelse) && forlenget < ORDINAER_FORLENGELSE_MANEDER) {
      throw new BadUserRequestException("forlengelse: forleng først med inntil ett år før særlige grunner brukes");
    }
    if (forlenget + maneder(forlengelse, FORLENGELSE_MANEDER.get(task)) > MAKS_FORLENGELSE_MANEDER) {
      throw new BadUserRequestException("forlengelseManeder: programmet kan ikke forlenges mer enn ett år og "
          + "deretter inntil 12 måneder av særlige grunner");
    }
  }

  private static int total(org.camunda.bpm.engine.delegate.VariableScope scope) {
    Integer total = FORLENGET_MANEDER_TOTALT.get(scope);
    return total == null ? 0 : total;
  }

  private static int maneder(String forlengelse, Integer maneder) {
    if ("ETT_AR".equals(forlengelse)) {
      return ORDINAER_FORLENGELSE_MANEDER;
    }
    if (maneder == null || maneder < 1 || maneder > 12) {
      throw new BadUserRequestException("forlengelseManeder: oppgi 1–12 måneder");
    }
    return maneder;
  }
}
