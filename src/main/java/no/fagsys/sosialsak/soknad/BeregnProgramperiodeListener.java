package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORLENGELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORLENGELSE_MANEDER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORLENGET_MANEDER_TOTALT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAMPERIODE_MANEDER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_SLUTT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_STARTDATO;

import java.time.LocalDate;
import no.fagsys.sosialsak.platform.process.EngineTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The qualification programme's period (sosialtjenesteloven § 30 as seed 004 states it; docs/lovtolkninger.md L9):
 * the period the decision set from the work ability assessment ({@code programperiodeManeder}, at most two years),
 * extended by a new decision within the two years ({@code INNENFOR_TO_AR}), and beyond them only for special
 * reasons by up to 12 months ({@code SAERLIGE_GRUNNER}). As an execution listener on {@code Gateway_ProgramPagar}
 * (before the follow-up task, whose timers need the date) it sets the end of the period (adding an extension just
 * granted); as a task listener on {@code Task_VurderForlengelse} it refuses an extension the law does not allow.
 */
@Component("beregnProgramperiode")
public class BeregnProgramperiodeListener implements ExecutionListener, TaskListener {

  /** Seed 004: «Programmet kan vare i inntil to år». */
  static final int ORDINAER_MAKS_MANEDER = KvalifiseringsprogramForslag.MAKS_PROGRAMPERIODE_MANEDER;
  /** Seed 004: «kan ved særlige grunner forlenges inntil 12 måneder». */
  static final int SAERLIGE_GRUNNER_MAKS_MANEDER = 12;
  static final String INNENFOR_TO_AR = "INNENFOR_TO_AR";
  static final String SAERLIGE_GRUNNER = "SAERLIGE_GRUNNER";

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate start = PROGRAM_STARTDATO.get(execution);
    if (start == null) {
      throw new BadUserRequestException("programStartdato: mangler");
    }
    int forlenget = total(execution);
    String forlengelse = FORLENGELSE.get(execution);
    if (forlengelse != null && !"NEI".equals(forlengelse) && "INNVILGET".equals(execution.getVariable("vedtakUtfall"))) {
      forlenget += FORLENGELSE_MANEDER.get(execution);
      FORLENGET_MANEDER_TOTALT.set(execution, forlenget);
      FORLENGELSE.remove(execution);
    }
    PROGRAM_SLUTT.set(execution, EngineTime.startOf(start.plusMonths(periode(execution) + forlenget)));
  }

  @Override
  public void notify(DelegateTask task) {
    String forlengelse = FORLENGELSE.get(task);
    if (forlengelse == null || "NEI".equals(forlengelse)) {
      return;
    }
    if (!INNENFOR_TO_AR.equals(forlengelse) && !SAERLIGE_GRUNNER.equals(forlengelse)) {
      throw new BadUserRequestException("forlengelse: velg NEI, " + INNENFOR_TO_AR + " eller " + SAERLIGE_GRUNNER);
    }
    Integer maneder = FORLENGELSE_MANEDER.get(task);
    if (maneder == null || maneder < 1) {
      throw new BadUserRequestException("forlengelseManeder: oppgi hvor mange måneder programmet forlenges");
    }
    int hittil = periode(task) + total(task);
    int etter = hittil + maneder;
    if (INNENFOR_TO_AR.equals(forlengelse) && etter > ORDINAER_MAKS_MANEDER) {
      throw new BadUserRequestException("forlengelseManeder: programmet har vart i " + hittil + " måneder og kan "
          + "forlenges med inntil " + Math.max(0, ORDINAER_MAKS_MANEDER - hittil) + " måneder innenfor to år; "
          + "videre forlengelse krever særlige grunner");
    }
    if (SAERLIGE_GRUNNER.equals(forlengelse) && hittil < ORDINAER_MAKS_MANEDER) {
      throw new BadUserRequestException("forlengelse: programmet er ennå innenfor to år; forleng innenfor de to "
          + "årene før særlige grunner brukes");
    }
    if (SAERLIGE_GRUNNER.equals(forlengelse) && etter > ORDINAER_MAKS_MANEDER + SAERLIGE_GRUNNER_MAKS_MANEDER) {
      throw new BadUserRequestException("forlengelseManeder: programmet kan vare i inntil to år og av særlige "
          + "grunner forlenges med inntil 12 måneder (sosialtjenesteloven § 30); det kan forlenges med inntil "
          + Math.max(0, ORDINAER_MAKS_MANEDER + SAERLIGE_GRUNNER_MAKS_MANEDER - hittil) + " måneder");
    }
  }

  /** The period the grant set; a case granted before the period was a field had the fixed one year. */
  private static int periode(VariableScope scope) {
    Integer maneder = PROGRAMPERIODE_MANEDER.get(scope);
    return maneder == null ? 12 : maneder;
  }

  private static int total(VariableScope scope) {
    Integer total = FORLENGET_MANEDER_TOTALT.get(scope);
    return total == null ? 0 : total;
  }
}
