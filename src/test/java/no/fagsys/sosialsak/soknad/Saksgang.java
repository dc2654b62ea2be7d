package no.fagsys.sosialsak.soknad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.platform.CaseDriver;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives an application case in a plain process test as Tasklist would (kari is the caseworker in 5028, kjell her
 * leader): start, mapping, assessment, the new-decision steps, timers, and what the case recorded.
 */
final class Saksgang {

  final ProcessEngine engine;
  final InMemoryVedtakRegister register;

  Saksgang(ProcessEngine engine, InMemoryVedtakRegister register) {
    this.engine = engine;
    this.register = register;
  }

  ProcessInstance start(String tjeneste, LocalDate soknadsdato) {
    Map<String, Object> v = new HashMap<>();
    v.put("tjeneste", tjeneste);
    v.put("kommunenummer", "5028");
    v.put("kanal", "OPPMOTE");
    v.put("soknadsdato", soknadsdato.toString());
    v.put("nodsituasjon", false);
    v.put("antallBarnIHusstanden", 0);
    v.put("sokerReferanse", "SOKER-KVP-1");
    return engine.getRuntimeService().startProcessInstanceByKey(SoknadProcess.KEY, v);
  }

  Task task(ProcessInstance instance, String element) {
    return CaseDriver.task(engine, instance.getBusinessKey(), element);
  }

  void completeAs(String user, String group, ProcessInstance instance, String element, Map<String, Object> variables) {
    CaseDriver.completeAs(engine, user, group, "5028", task(instance, element), variables);
  }

  void complete(ProcessInstance instance, String element, Map<String, Object> variables) {
    completeAs("kari", "saksbehandler", instance, element, variables);
  }

  /** The mapping of an application for the qualification programme: the applicant qualifies at this age. */
  void kartleggKvp(ProcessInstance instance, int alder) {
    Map<String, Object> v = SoknadTestSupport.kartlagtHerMedFulleRettigheter();
    v.put("alder", alder);
    v.put("arbeidsevnevurderingGjennomfort", true);
    v.put("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats", true);
    v.put("tettOgKoordinertBistandHensiktsmessigOgNodvendig", true);
    v.put("ingenEllerSvaertBegrensedeYtelser", true);
    v.put("uforholdsmessigByrdefullt", false);
    v.put("mottarUforetrygdEllerOvergangsstonad", false);
    v.put("sonerDomOverSeksManeder", false);
    complete(instance, SoknadProcess.Elements.KARTLEGG_SOKNAD, v);
  }

  void vurder(ProcessInstance instance, Map<String, Object> extra) {
    Map<String, Object> v = new HashMap<>();
    v.put("folgerTabellresultat", true);
    v.put("relevanteOpplysninger", "Arbeidsevnevurdering og samtale på Nav-kontoret.");
    v.putAll(extra);
    complete(instance, SoknadProcess.Elements.VURDER_RETT, v);
  }

  /** kari drafts (the proposal as it stands), kjell approves; the decision just made. */
  Vedtak fattVedtak(ProcessInstance instance) {
    List<String> for_ = register.finnForSak(instance.getBusinessKey()).stream().map(Vedtak::id).toList();
    utform(instance);
    godkjenn(instance, "kjell");
    return nyttVedtak(instance, for_);
  }

  /** The one decision of the case that is not among those {@code for_}. */
  Vedtak nyttVedtak(ProcessInstance instance, List<String> for_) {
    List<Vedtak> nye = register.finnForSak(instance.getBusinessKey()).stream().filter(v -> !for_.contains(v.id()))
        .toList();
    assertThat(nye).as("nytt vedtak").hasSize(1);
    return nye.get(0);
  }

  List<String> vedtakIder(ProcessInstance instance) {
    return register.finnForSak(instance.getBusinessKey()).stream().map(Vedtak::id).toList();
  }

  void utform(ProcessInstance instance) {
    utform(instance, Map.of());
  }

  /** The draft as Tasklist submits it; economic support also answers its form (§ 21) and the reduction notice. */
  void utform(ProcessInstance instance, Map<String, Object> extra) {
    Map<String, Object> v = new HashMap<>();
    v.put("relevanteOpplysninger", "Samtale på Nav-kontoret.");
    v.put("vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING);
    if ("OKONOMISK_STONAD".equals(variable(instance, "tjeneste"))) {
      v.put("stonadsform", "BIDRAG");
      v.put("informertOmReduksjon", true);
    }
    v.putAll(extra);
    complete(instance, VedtakProcess.Elements.UTFORM_VEDTAK, v);
  }

  void godkjenn(ProcessInstance instance, String leder) {
    completeAs(leder, "leder", instance, VedtakProcess.Elements.GODKJENN_VEDTAK, Map.of("godkjent", true));
  }

  /** The decision's letter as stored with the case, its PDF text on one line. */
  String brevtekst(Vedtak vedtak) {
    List<Brev> brev = BrevTestSupport.arkiv().alle().stream().filter(b -> vedtak.id().equals(b.vedtakId())).toList();
    assertThat(brev).as("vedtaksbrev for " + vedtak.id()).hasSize(1);
    return BrevTestSupport.tekst(brev.get(0));
  }

  Job timer(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    assertThat(job).as("tidtaker " + activityId).isNotNull();
    return job;
  }

  void fire(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(timer(instance, activityId).getId());
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }
}
