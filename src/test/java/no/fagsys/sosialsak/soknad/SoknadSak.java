package no.fagsys.sosialsak.soknad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.CaseDriver;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One application driven through a plain engine as Tasklist would: started with the start form's variables, each
 * task completed by kari (saksbehandler) or kjell (leder) in Melhus (5028). For the process tests of single rules
 * (temporary housing, form of support, user participation, introduction programme).
 */
final class SoknadSak {

  final ProcessEngine engine;
  final InMemoryVedtakRegister register;
  final ProcessInstance instance;

  private SoknadSak(ProcessEngine engine, InMemoryVedtakRegister register, ProcessInstance instance) {
    this.engine = engine;
    this.register = register;
    this.instance = instance;
  }

  static Map<String, Object> startVariables(String tjeneste, boolean nodsituasjon, int barn, LocalDate soknadsdato) {
    Map<String, Object> v = new HashMap<>();
    v.put("tjeneste", tjeneste);
    v.put("kommunenummer", "5028");
    v.put("kanal", "OPPMOTE");
    v.put("soknadsdato", soknadsdato.toString());
    v.put("nodsituasjon", nodsituasjon);
    v.put("antallBarnIHusstanden", barn);
    v.put("sokerReferanse", "SOKER-TEST-1");
    return v;
  }

  static SoknadSak start(ProcessEngine engine, InMemoryVedtakRegister register, String tjeneste, boolean nodsituasjon,
      int barn, LocalDate soknadsdato) {
    return new SoknadSak(engine, register, engine.getRuntimeService().startProcessInstanceByKey(SoknadProcess.KEY,
        startVariables(tjeneste, nodsituasjon, barn, soknadsdato)));
  }

  String saksnummer() {
    return instance.getBusinessKey();
  }

  Task task(String element) {
    return CaseDriver.task(engine, saksnummer(), element);
  }

  boolean venterPa(String element) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(saksnummer())
        .taskDefinitionKey(element).count() > 0;
  }

  void completeAs(String user, String group, String element, Map<String, Object> variables) {
    CaseDriver.completeAs(engine, user, group, "5028", task(element), variables);
  }

  void complete(String element, Map<String, Object> variables) {
    completeAs("kari", "saksbehandler", element, variables);
  }

  /** The mapping (ordinary or same-day) with the applicant staying here with full rights, plus the service's facts. */
  void kartlegg(Map<String, Object> facts) {
    Map<String, Object> v = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    v.putAll(facts);
    complete(venterPa(SoknadProcess.Elements.KARTLEGG_HASTESAK) ? SoknadProcess.Elements.KARTLEGG_HASTESAK
        : SoknadProcess.Elements.KARTLEGG_SOKNAD, v);
  }

  /** The assessment: the table's result followed, plus the given answers. */
  void vurder(Map<String, Object> extra) {
    Map<String, Object> v = new HashMap<>();
    v.put("folgerTabellresultat", true);
    v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
    v.putAll(extra);
    complete(SoknadProcess.Elements.VURDER_RETT, v);
  }

  /** kari drafts with the given fields (the facts added), kjell approves; the decision made. */
  Vedtak fattVedtak(Map<String, Object> utkast) {
    Map<String, Object> v = new HashMap<>();
    v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
    v.put("vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING);
    v.putAll(utkast);
    complete(VedtakProcess.Elements.UTFORM_VEDTAK, v);
    completeAs("kjell", "leder", VedtakProcess.Elements.GODKJENN_VEDTAK, Map.of("godkjent", true));
    List<Vedtak> vedtak = register.finnForSak(saksnummer());
    return vedtak.get(vedtak.size() - 1);
  }

  Object variable(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  /** The timer of the case or of a step it called (the new-decision steps), by element. */
  Job timer(String activityId) {
    Job job = engine.getManagementService().createJobQuery().rootProcessInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    assertThat(job).as("tidtaker " + activityId).isNotNull();
    return job;
  }

  boolean harTimer(String activityId) {
    return engine.getManagementService().createJobQuery().rootProcessInstanceId(instance.getId())
        .activityId(activityId).count() > 0;
  }

  void fire(String activityId) {
    engine.getManagementService().executeJob(timer(activityId).getId());
  }
}
