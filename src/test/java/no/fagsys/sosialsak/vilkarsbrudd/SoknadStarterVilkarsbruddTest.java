package no.fagsys.sosialsak.vilkarsbrudd;

import no.fagsys.sosialsak.platform.CaseDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The link from the application's follow-up to the condition-breach process: in {@code soknad}, choosing advance
 * notice in {@code Task_VurderVilkarsbrudd} starts {@code vilkarsbrudd} on the application's decision
 * ({@code Task_StartVilkarsbrudd}). The soknad instance starts just before the task (its earlier steps are
 * SoknadProcessTest's); no coverage threshold here, since it touches two large models along one path only.
 */
class SoknadStarterVilkarsbruddTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension();

  static final LocalDate I_DAG = LocalDate.of(2026, 3, 2);
  static final String SAKSNUMMER = "2026-5028-000011";

  ProcessEngine engine;
  InMemoryVedtakRegister register;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(CaseDriver.date(I_DAG, 9));
    register = VilkarsbruddTestSupport.registerBeans(SoknadTestSupport.registerBeans());
    extension.manageDeployment(SoknadTestSupport.deployment(engine).deploy());
  }

  @AfterEach
  void tearDown() {
    CaseDriver.reset(engine);
  }

  ProcessInstance soknadVedVilkarsbrudd(Vedtak vedtak) {
    Map<String, Object> v = new HashMap<>();
    v.put("saksnummer", SAKSNUMMER);
    v.put("kommunenummer", "5028");
    v.put("tjeneste", "OKONOMISK_STONAD");
    v.put("vedtakId", vedtak.id());
    v.put("vilkar", "Møt på jobbklubb hver uke.");
    v.put("stonadsperiodeSlutt", "2026-04-01T00:00:00");
    return engine.getRuntimeService().createProcessInstanceByKey(SoknadProcess.KEY).businessKey(SAKSNUMMER)
        .setVariables(v).startBeforeActivity(SoknadProcess.Elements.VURDER_VILKARSBRUDD).execute();
  }

  void vurderSomKari(ProcessInstance soknad, String videreBehandling) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(soknad.getId())
        .taskDefinitionKey(SoknadProcess.Elements.VURDER_VILKARSBRUDD).singleResult();
    engine.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    try {
      engine.getTaskService().complete(task.getId(), Map.of("vilkarsbruddBeskrivelse", "Møtte ikke.",
          "vilkarsbruddVidereBehandling", videreBehandling));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void forhandsvarselStarterVilkarsbruddPaSoknadensVedtak() {
    Vedtak vedtak = VilkarsbruddTestSupport.vedtakMedVilkar(register, SAKSNUMMER, "5028",
        "Møt på jobbklubb hver uke.", true, I_DAG.minusMonths(1));
    ProcessInstance soknad = soknadVedVilkarsbrudd(vedtak);
    assertThat(soknad.getTenantId()).isEqualTo("5028");
    vurderSomKari(soknad, "FORHANDSVARSEL");

    assertThat(soknad).isWaitingAt(SoknadProcess.Elements.VENTER_PA_VILKARSBRUDD)
        .hasPassed(SoknadProcess.Elements.START_VILKARSBRUDD);
    ProcessInstance vilkarsbrudd = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(VilkarsbruddProcess.KEY).singleResult();
    assertThat(vilkarsbrudd.getBusinessKey()).isEqualTo(SAKSNUMMER + "-V1");
    assertThat(vilkarsbrudd.getTenantId()).isEqualTo("5028");
    assertThat(vilkarsbrudd).isWaitingAt(VilkarsbruddProcess.Elements.VURDER_VILKARSBRUDD).variables()
        .containsEntry("brytesVedtakId", vedtak.id()).containsEntry("erstatterVedtakId", vedtak.id())
        .containsEntry("vilkar", "Møt på jobbklubb hver uke.").containsEntry("hendelse", "Møtte ikke.")
        .containsEntry("informertOmReduksjonIVedtaket", true);
    assertThat(soknad).variables().containsEntry("vilkarsbruddSak", SAKSNUMMER + "-V1");
  }

  @Test
  void etVedtakUtenVilkarGirIkkeVilkarsbruddOgOppgavenBlirStaende() {
    Vedtak utenVilkar = VilkarsbruddTestSupport.vedtakMedVilkar(register, SAKSNUMMER, "5028", null, null,
        I_DAG.minusMonths(1));
    ProcessInstance soknad = soknadVedVilkarsbrudd(utenVilkar);
    assertThatThrownBy(() -> vurderSomKari(soknad, "FORHANDSVARSEL"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("vedtakId: vedtaket har ingen vilkår");
    assertThat(soknad).isWaitingAt(SoknadProcess.Elements.VURDER_VILKARSBRUDD);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(VilkarsbruddProcess.KEY)
        .count()).isZero();
  }
}
