package no.fagsys.sosialsak.sak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches the process packages' {@link Tidslinjesteg timeline steps} to their models. An engine plugin: when a model
 * is deployed, a {@link BpmnParseListener} adds an end listener to each contributed step (by process key and element
 * id), so the models stay free of timeline code, and the records are written in the engine's transaction whichever
 * way the case was started (Tasklist, the engine REST API, the domain API). The steps themselves live with their
 * processes ({@code soknad.SoknadTidslinje}, {@code vedtak.VedtakTidslinje}, {@code klage.KlageTidslinje},
 * {@code vilkarsbrudd.VilkarsbruddTidslinje}); the letters of the events are attached when the timeline is read
 * ({@link Statusdokumenter}), so each event has one writer.
 */
@Component
public class Prosesshendelser extends AbstractProcessEnginePlugin {

  private final SakRegister saker;
  private final Tidslinje tidslinje;
  private final List<Tidslinjesteg.Bidrag> bidrag;

  public Prosesshendelser(SakRegister saker, Tidslinje tidslinje, List<Tidslinjesteg.Bidrag> bidrag) {
    this.saker = saker;
    this.tidslinje = tidslinje;
    this.bidrag = bidrag;
  }

  /** Every contributed step, by {@code prosess/element}; two contributions of one step are a programming error. */
  Map<String, Tidslinjesteg> steg() {
    Map<String, Tidslinjesteg> steg = new LinkedHashMap<>();
    for (Tidslinjesteg.Bidrag b : bidrag) {
      for (Tidslinjesteg s : b.steg()) {
        if (steg.put(s.prosess() + "/" + s.element(), s) != null) {
          throw new IllegalStateException("Tidslinjesteget " + s.prosess() + "/" + s.element() + " er bidratt to ganger");
        }
      }
    }
    return steg;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new Parser(steg(), saker, tidslinje));
  }

  /** The case number of the execution: its business key, or that of the process that called it. */
  static String saksnummer(DelegateExecution execution) {
    for (DelegateExecution e = execution; e != null; e = e.getProcessInstance().getSuperExecution()) {
      String key = e.getProcessBusinessKey();
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  /** Adds the end listeners to the contributed steps of each deployed process. */
  static final class Parser extends AbstractBpmnParseListener {

    private final Map<String, Tidslinjesteg> steg;
    private final SakRegister saker;
    private final Tidslinje tidslinje;

    Parser(Map<String, Tidslinjesteg> steg, SakRegister saker, Tidslinje tidslinje) {
      this.steg = steg;
      this.saker = saker;
      this.tidslinje = tidslinje;
    }

    private void leggTil(ActivityImpl activity) {
      if (!(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)) {
        return;
      }
      Tidslinjesteg s = steg.get(definition.getKey() + "/" + activity.getId());
      if (s != null) {
        activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
          if (execution.isCanceled()) {
            return;
          }
          String saksnummer = saksnummer(execution);
          String kommunenummer = execution.getTenantId();
          if (!Sak.erSaksnummer(saksnummer) || kommunenummer == null) {
            return;
          }
          s.registrer().accept(new Tidslinjesteg.Kontekst(execution, saksnummer, kommunenummer,
              ClockUtil.getCurrentTime().toInstant(), saker, tidslinje));
        });
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      leggTil(activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      leggTil(activity);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      leggTil(activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      leggTil(activity);
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
      leggTil(activity);
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      leggTil(activity);
    }
  }
}
