package no.fagsys.sosialsak.soknad;

import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.soknad.Beslutningssporsmal.Sporsmal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete-listener of the tasks whose answers feed decision tables ({@code Task_KartleggSoknad},
 * {@code Task_KartleggHastesak}, {@code Task_Arbeidsevnevurdering}, {@code Task_FormulerVilkar},
 * {@code Task_KartleggIndividuellPlan}): every question the
 * next table needs must be answered Ja or Nei. A question left unanswered is not a "no": the completion is refused,
 * naming each unanswered question, and nothing is saved (the task stays open). A Camunda Forms radio answers with a
 * JSON boolean; the strings {@code "true"}/{@code "false"} are stored as the Boolean they mean.
 */
@Component(KontrollerSvarListener.BEAN)
public class KontrollerSvarListener implements TaskListener {

  public static final String BEAN = "kontrollerSvar";

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    for (Sporsmal sporsmal : sporsmal(task, v)) {
      besvart(task, v, sporsmal);
    }
    v.throwIfInvalid();
  }

  private static List<Sporsmal> sporsmal(DelegateTask task, Validering v) {
    List<Sporsmal> sporsmal = new ArrayList<>();
    switch (task.getTaskDefinitionKey()) {
      case SoknadProcess.Elements.KARTLEGG_SOKNAD, SoknadProcess.Elements.KARTLEGG_HASTESAK -> {
        Tjeneste tjeneste = Tjeneste.valueOf(SoknadProcess.Variables.TJENESTE.get(task));
        sporsmal.addAll(Beslutningssporsmal.kartlegging(tjeneste));
        if (tjeneste.etterSosialtjenesteloven()
            && !Boolean.TRUE.equals(verdi(task, Beslutningssporsmal.NORSK_STATSBORGER))) {
          sporsmal.addAll(Beslutningssporsmal.OPPHOLD);
        }
        if (tjeneste.etterSosialtjenesteloven()
            && Boolean.TRUE.equals(verdi(task, Beslutningssporsmal.I_INSTITUSJON))) {
          sporsmal.add(2, Beslutningssporsmal.VAR_OPPHOLDSKOMMUNE_FOR_INNTAKET);
        }
        if (tjeneste == Tjeneste.OKONOMISK_STONAD || tjeneste == Tjeneste.KVALIFISERINGSPROGRAM) {
          v.nonNegative(ALDER);
        }
        Brukermedvirkning.kontroller(task, v);
        if (tjeneste == Tjeneste.KVALIFISERINGSPROGRAM
            && Boolean.TRUE.equals(verdi(task, Beslutningssporsmal.ARBEIDSEVNEVURDERING_GJENNOMFORT))) {
          sporsmal.addAll(Beslutningssporsmal.ARBEIDSEVNE);
        }
      }
      case SoknadProcess.Elements.KARTLEGG_INDIVIDUELL_PLAN -> sporsmal.addAll(Beslutningssporsmal.INDIVIDUELL_PLAN);
      case SoknadProcess.Elements.DOKUMENTER_FORLENGELSE_INTRO -> ForlengelseIntroduksjonsprogram.kontroller(task, v);
      case SoknadProcess.Elements.ARBEIDSEVNEVURDERING -> {
        sporsmal.add(Beslutningssporsmal.ARBEIDSEVNEVURDERING_GJENNOMFORT);
        sporsmal.addAll(Beslutningssporsmal.ARBEIDSEVNE);
      }
      case SoknadProcess.Elements.FORMULER_VILKAR -> {
        sporsmal.add(Beslutningssporsmal.STILLER_VILKAR);
        Object stiller = verdi(task, Beslutningssporsmal.STILLER_VILKAR);
        if (Boolean.TRUE.equals(stiller)) {
          sporsmal.addAll(Beslutningssporsmal.VILKAR_GYLDIG);
        } else if (Boolean.FALSE.equals(stiller) && "SKAL".equals(SoknadProcess.Variables.AKTIVITETSVILKAR.get(task))) {
          v.requireText(SoknadProcess.Variables.GRUNNER_UTEN_AKTIVITETSVILKAR, "under 30 år skal det stilles vilkår om "
              + "aktivitet (sosialtjenesteloven § 20 a); skriv de tungtveiende grunnene som taler mot det");
        }
      }
      default -> throw new IllegalStateException(BEAN + " is not configured for " + task.getTaskDefinitionKey());
    }
    return sporsmal;
  }

  private static final ProcessVariable<Integer> ALDER = ProcessVariable.integer("alder");

  private static Object verdi(DelegateTask task, Sporsmal sporsmal) {
    Object value = task.getVariable(sporsmal.navn());
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.valueOf(s);
    }
    return value;
  }

  private static void besvart(DelegateTask task, Validering v, Sporsmal sporsmal) {
    Object value = verdi(task, sporsmal);
    if (value instanceof Boolean answer) {
      if (!(task.getVariable(sporsmal.navn()) instanceof Boolean)) {
        task.setVariable(sporsmal.navn(), answer);
      }
    } else if (value == null) {
      v.problem(sporsmal.navn(), "er ikke besvart – svar Ja eller Nei på «" + sporsmal.tekst() + "»");
    } else {
      v.problem(sporsmal.navn(), "svaret må være Ja eller Nei (true/false), ikke '" + value + "'");
    }
  }
}
