package no.fagsys.sosialsak.sak;

import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.BEHANDLES_IKKE;
import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.FERDIGBEHANDLET;
import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.MOTTATT;
import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.UNDER_BEHANDLING;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import no.fagsys.sosialsak.klage.KlageProcess;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess;
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
 * The one place that maps process steps to the cases and their status timeline. An engine plugin: when a model is
 * deployed, a {@link BpmnParseListener} adds an end listener to each step named in {@link #steg()} (by process key and
 * element id), so the models stay free of timeline code, and the records are written in the engine's transaction
 * whichever way the case was started (Tasklist, the engine REST API, the domain API). A step that is cancelled (an
 * interrupting event, a withdrawal) records nothing.
 *
 * <table>
 *   <caption>Steps and events</caption>
 *   <tr><th>process</th><th>element (end)</th><th>records</th></tr>
 *   <tr><td>soknad</td><td>Event_SoknadMottatt</td><td>the case; soknadsStatus MOTTATT</td></tr>
 *   <tr><td>soknad</td><td>Task_KartleggSoknad, Task_KartleggHastesak</td><td>soknadsStatus UNDER_BEHANDLING (the
 *       caseworker has mapped the case and the assessment starts)</td></tr>
 *   <tr><td>soknad</td><td>Task_VideresendSoknad</td><td>tildeltNavKontor (the municipality it is forwarded to)</td></tr>
 *   <tr><td>soknad</td><td>Event_SoknadVideresendt</td><td>soknadsStatus BEHANDLES_IKKE (handled elsewhere)</td></tr>
 *   <tr><td>soknad</td><td>Activity_Vedtak</td><td>soknadsStatus FERDIGBEHANDLET</td></tr>
 *   <tr><td>soknad</td><td>Task_SendForelopigSvar</td><td>forelopigSvar (its letter added by {@link BrevHendelser})</td></tr>
 *   <tr><td>soknad</td><td>Event_SaksbehandlingAvsluttet (withdrawn)</td><td>soknadsStatus BEHANDLES_IKKE</td></tr>
 *   <tr><td>vedtak</td><td>Task_FattVedtak</td><td>vedtakFattet with utfall (letter added by {@link BrevHendelser});
 *       vilkar when the decision has conditions</td></tr>
 *   <tr><td>klage</td><td>Event_KlageMottatt</td><td>the case; klageMottatt</td></tr>
 *   <tr><td>klage</td><td>Task_VeiledOmRetting</td><td>dokumentasjonEtterspurt (the corrected complaint, with the
 *       deadline, fvl. § 32)</td></tr>
 *   <tr><td>klage</td><td>Task_ForberedOversendelse</td><td>klageOversendt (letter added by {@link BrevHendelser});
 *       the case is marked forwarded to Statsforvalteren</td></tr>
 *   <tr><td>klage</td><td>Task_BehandleKlageStatsforvalteren</td><td>klageAvgjort by Statsforvalteren (letter added by {@link BrevHendelser})</td></tr>
 *   <tr><td>klage</td><td>Event_VedtakEndret, Event_KlageAvvist, Event_BehandletSomTilbakemelding</td><td>klageAvgjort
 *       by the municipality</td></tr>
 *   <tr><td>vilkarsbrudd</td><td>Event_VilkarsbruddMeldt</td><td>the case; vilkarsbruddMeldt</td></tr>
 *   <tr><td>vilkarsbrudd</td><td>Task_SendForhandsvarsel</td><td>forhandsvarselSendt with the deadline</td></tr>
 *   <tr><td>vilkarsbrudd</td><td>Event_UttalelseMottatt</td><td>uttalelseMottatt</td></tr>
 * </table>
 *
 * <p>The application process has no step that asks the applicant for documentation, so {@code dokumentasjonEtterspurt}
 * comes only from the complaint's rectification step.
 */
@Component
public class Prosesshendelser extends AbstractProcessEnginePlugin {

  static final String KLAGE_AVGJORT_AV_KOMMUNEN = "KOMMUNEN";
  static final String KLAGE_AVGJORT_AV_STATSFORVALTEREN = "STATSFORVALTEREN";

  private final SakRegister saker;
  private final Tidslinje tidslinje;
  private final VedtakRegister vedtak;

  public Prosesshendelser(SakRegister saker, Tidslinje tidslinje, VedtakRegister vedtak) {
    this.saker = saker;
    this.tidslinje = tidslinje;
    this.vedtak = vedtak;
  }

  /** One mapped step: at the end of {@code element} in process {@code prosess}, {@code registrer} records. */
  record Steg(String prosess, String element, BiConsumer<Prosesshendelser, Kontekst> registrer) {}

  /** The mapping, the one table of the timeline. */
  static List<Steg> steg() {
    List<Steg> steg = new ArrayList<>();
    // soknad
    steg.add(new Steg(SoknadProcess.KEY, SoknadProcess.Elements.START, (p, k) -> {
      p.opprettSak(k, Sak.Sakstype.SOKNAD, null);
      p.status(k, MOTTATT);
    }));
    steg.add(new Steg(SoknadProcess.KEY, SoknadProcess.Elements.KARTLEGG_SOKNAD, (p, k) -> p.status(k, UNDER_BEHANDLING)));
    steg.add(new Steg(SoknadProcess.KEY, SoknadProcess.Elements.KARTLEGG_HASTESAK, (p, k) -> p.status(k, UNDER_BEHANDLING)));
    steg.add(new Steg(SoknadProcess.KEY, SoknadProcess.Elements.VIDERESEND_SOKNAD, (p, k) ->
        p.hendelse(k, Hendelse.Type.TILDELT_NAV_KONTOR, BrevHendelser.videresendingNokkel(k.saksnummer()),
            felter("navKontor",
            ProcessVariable.text(k.execution(), SoknadProcess.Variables.VIDERESENDT_TIL_KOMMUNE)))));
    steg.add(new Steg(SoknadProcess.KEY, SoknadProcess.Elements.SOKNAD_VIDERESENDT, (p, k) -> p.status(k, BEHANDLES_IKKE)));
    steg.add(new Steg(SoknadProcess.KEY, SoknadProcess.Elements.VEDTAK, (p, k) -> p.status(k, FERDIGBEHANDLET)));
    steg.add(new Steg(SoknadProcess.KEY, SoknadProcess.Elements.SEND_FORELOPIG_SVAR, (p, k) ->
        p.hendelse(k, Hendelse.Type.FORELOPIG_SVAR, BrevHendelser.forelopigSvarNokkel(k.saksnummer()), felter())));
    steg.add(new Steg(SoknadProcess.KEY, SoknadProcess.Elements.SAKSBEHANDLING_AVSLUTTET_TRUKKET, (p, k) ->
        p.status(k, BEHANDLES_IKKE)));
    // vedtak (called by every process: the business key is the caller's)
    steg.add(new Steg(VedtakProcess.KEY, VedtakProcess.Elements.FATT_VEDTAK, Prosesshendelser::vedtakFattet));
    // klage
    steg.add(new Steg(KlageProcess.KEY, KlageProcess.Elements.START, (p, k) -> {
      String paklaget = ProcessVariable.text(k.execution(), KlageProcess.Variables.PAKLAGET_VEDTAK_ID);
      p.opprettSak(k, Sak.Sakstype.KLAGE, paklaget);
      p.hendelse(k, Hendelse.Type.KLAGE_MOTTATT, null, felter("saksreferanse", k.saksnummer(), "vedtakId", paklaget));
    }));
    steg.add(new Steg(KlageProcess.KEY, KlageProcess.Elements.VEILED_OM_RETTING, (p, k) -> {
      LocalDate frist = KlageProcess.Variables.RETTEFRIST.get(k.execution());
      Map<String, Object> dokument = felter("dokumenttype", "Rettet klage",
          "tilleggsinformasjon", "Klagen må rettes eller utfylles før den kan behandles (forvaltningsloven § 32).",
          "innsendelsesfrist", frist == null ? null : frist.toString());
      String brevId = ProcessVariable.text(k.execution(), KlageProcess.Variables.RETTINGSBREV_ID);
      p.hendelse(k, Hendelse.Type.DOKUMENTASJON_ETTERSPURT,
          brevId == null ? null : BrevHendelser.rettingNokkel(brevId),
          felter("saksreferanse", k.saksnummer(), "dokumenter", List.of(dokument)));
    }));
    steg.add(new Steg(KlageProcess.KEY, KlageProcess.Elements.FORBERED_OVERSENDELSE, (p, k) -> {
      p.saker.oversendtStatsforvalteren(k.saksnummer(), k.tidspunkt());
      p.hendelse(k, Hendelse.Type.KLAGE_OVERSENDT, BrevHendelser.klageOversendtNokkel(k.saksnummer()),
          felter("saksreferanse", k.saksnummer(), "mottaker", "Statsforvalteren"));
    }));
    steg.add(new Steg(KlageProcess.KEY, KlageProcess.Elements.BEHANDLE_KLAGE_STATSFORVALTEREN, (p, k) ->
        p.hendelse(k, Hendelse.Type.KLAGE_AVGJORT, BrevHendelser.statsforvalterensVedtakNokkel(k.saksnummer()),
            felter("saksreferanse", k.saksnummer(), "avgjortAv", KLAGE_AVGJORT_AV_STATSFORVALTEREN, "utfall",
                ProcessVariable.text(k.execution(), KlageProcess.Variables.STATSFORVALTERENS_UTFALL)))));
    steg.add(new Steg(KlageProcess.KEY, KlageProcess.Elements.VEDTAK_ENDRET, (p, k) ->
        p.klageAvgjort(k, KLAGE_AVGJORT_AV_KOMMUNEN, KlageProcess.Values.ENDRE)));
    steg.add(new Steg(KlageProcess.KEY, KlageProcess.Elements.KLAGE_AVVIST, (p, k) ->
        p.klageAvgjort(k, KLAGE_AVGJORT_AV_KOMMUNEN, KlageProcess.Values.AVVISE)));
    steg.add(new Steg(KlageProcess.KEY, KlageProcess.Elements.BEHANDLET_SOM_TILBAKEMELDING, (p, k) ->
        p.klageAvgjort(k, KLAGE_AVGJORT_AV_KOMMUNEN, KlageProcess.Values.IKKE_KLAGE)));
    // vilkarsbrudd
    steg.add(new Steg(VilkarsbruddProcess.KEY, VilkarsbruddProcess.Elements.START, (p, k) -> {
      String brutt = ProcessVariable.text(k.execution(), VilkarsbruddProcess.Variables.BRYTES_VEDTAK_ID);
      p.opprettSak(k, Sak.Sakstype.VILKARSBRUDD, brutt);
      p.hendelse(k, Hendelse.Type.VILKARSBRUDD_MELDT, null, felter("saksreferanse", k.saksnummer(), "vedtakId", brutt));
    }));
    steg.add(new Steg(VilkarsbruddProcess.KEY, VilkarsbruddProcess.Elements.SEND_FORHANDSVARSEL, (p, k) -> {
      LocalDate svarfrist = VilkarsbruddProcess.Variables.SVARFRIST.get(k.execution());
      p.hendelse(k, Hendelse.Type.FORHANDSVARSEL_SENDT, BrevHendelser.forhandsvarselNokkel(k.saksnummer()),
          felter("saksreferanse", k.saksnummer(), "svarfrist", svarfrist == null ? null : svarfrist.toString()));
    }));
    steg.add(new Steg(VilkarsbruddProcess.KEY, VilkarsbruddProcess.Elements.UTTALELSE_MOTTATT, (p, k) ->
        p.hendelse(k, Hendelse.Type.UTTALELSE_MOTTATT, null, felter("saksreferanse", k.saksnummer()))));
    return List.copyOf(steg);
  }

  /** What a step's recording needs: the execution, the case it belongs to, when. */
  record Kontekst(DelegateExecution execution, String saksnummer, String kommunenummer, Instant tidspunkt) {}

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new Parser(this));
  }

  private void opprettSak(Kontekst k, Sak.Sakstype type, String vedtakId) {
    if (saker.finn(k.saksnummer()).isPresent()) {
      return;
    }
    saker.opprett(new Sak(k.saksnummer(), Sak.hovedsaksnummer(k.saksnummer()), type, k.kommunenummer(),
        k.execution().getProcessInstanceId(), ProcessVariable.string("tjeneste").get(k.execution()), vedtakId,
        k.tidspunkt(), null));
  }

  private void status(Kontekst k, Hendelse.SoknadsStatus status) {
    if (status == UNDER_BEHANDLING && sisteStatus(k) == UNDER_BEHANDLING) {
      return;
    }
    hendelse(k, Hendelse.Type.SOKNADS_STATUS, null, felter("status", status.name()));
  }

  private Hendelse.SoknadsStatus sisteStatus(Kontekst k) {
    Hendelse.SoknadsStatus siste = null;
    for (Hendelse h : tidslinje.hendelser(Sak.hovedsaksnummer(k.saksnummer()))) {
      if (h.type().equals(Hendelse.Type.SOKNADS_STATUS)) {
        siste = Hendelse.SoknadsStatus.valueOf((String) h.felter().get("status"));
      }
    }
    return siste;
  }

  private void vedtakFattet(Kontekst k) {
    String vedtakId = ProcessVariable.text(k.execution(), VedtakProcess.Variables.VEDTAK_ID);
    if (vedtakId == null) {
      return;
    }
    Vedtak v = vedtak.finn(vedtakId).orElse(null);
    String utfall = v != null ? v.utfall() : ProcessVariable.text(k.execution(), VedtakProcess.Variables.VEDTAK_UTFALL);
    Map<String, Object> felter = felter("utfall", utfall, "vedtakId", vedtakId);
    if (!k.saksnummer().equals(Sak.hovedsaksnummer(k.saksnummer()))) {
      felter.put("saksreferanse", k.saksnummer());
    }
    if (v != null && v.stonadsform() != null) {
      // Own extension (not in NAV's schema): economic support as decided, § 21 form, amount and period.
      felter.putAll(felter("stonadsform", v.stonadsform(), "belopPerManed", v.stonadBelopPerManed(),
          "stonadsperiodeFra", v.stonadsperiodeFra() == null ? null : v.stonadsperiodeFra().toString(),
          "stonadsperiodeTil", v.stonadsperiodeTil() == null ? null : v.stonadsperiodeTil().toString()));
    }
    hendelse(k, Hendelse.Type.VEDTAK_FATTET, vedtakId, felter);
    if (v != null && v.vilkar() != null && !v.vilkar().isBlank()) {
      hendelse(k, Hendelse.Type.VILKAR, "vilkar:" + vedtakId, felter("vilkarreferanse", vedtakId,
          "tittel", "Vilkår i vedtaket", "beskrivelse", v.vilkar().strip(), "status", "RELEVANT"));
    }
  }

  private void klageAvgjort(Kontekst k, String avgjortAv, String utfall) {
    hendelse(k, Hendelse.Type.KLAGE_AVGJORT, null,
        felter("saksreferanse", k.saksnummer(), "avgjortAv", avgjortAv, "utfall", utfall));
  }

  private void hendelse(Kontekst k, String type, String nokkel, Map<String, Object> felter) {
    tidslinje.registrer(new Hendelse(Sak.hovedsaksnummer(k.saksnummer()), k.saksnummer(), k.kommunenummer(), type,
        k.tidspunkt(), nokkel, felter, null));
  }

  /** Field map in the given order, leaving out null values. */
  static Map<String, Object> felter(Object... navnOgVerdi) {
    Map<String, Object> felter = new LinkedHashMap<>();
    for (int i = 0; i + 1 < navnOgVerdi.length; i += 2) {
      if (navnOgVerdi[i + 1] != null) {
        felter.put((String) navnOgVerdi[i], navnOgVerdi[i + 1]);
      }
    }
    return felter;
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

  /** Adds the end listeners to the mapped steps of each deployed process. */
  static final class Parser extends AbstractBpmnParseListener {

    private final Map<String, Steg> steg = new LinkedHashMap<>();
    private final Prosesshendelser hendelser;

    Parser(Prosesshendelser hendelser) {
      this.hendelser = hendelser;
      for (Steg s : steg()) {
        steg.put(s.prosess() + "/" + s.element(), s);
      }
    }

    private void leggTil(ActivityImpl activity) {
      if (!(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)) {
        return;
      }
      Steg s = steg.get(definition.getKey() + "/" + activity.getId());
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
          s.registrer().accept(hendelser,
              new Kontekst(execution, saksnummer, kommunenummer, ClockUtil.getCurrentTime().toInstant()));
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
