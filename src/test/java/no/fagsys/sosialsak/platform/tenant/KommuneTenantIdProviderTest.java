package no.fagsys.sosialsak.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.PlainEngine;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/tilgangstest.bpmn", "bpmn/tilgangstest-kaller.bpmn", "bpmn/tilgangstest-fordeler.bpmn"})
class KommuneTenantIdProviderTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension(1.0);

  ProcessEngine engine;

  private ProcessInstance start(String key, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(key, variables);
  }

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aCaseBelongsToTheMunicipalityOfItsKommunenummer() {
    ProcessInstance instance = start("tilgangstest", Map.of("kommunenummer", "5028", "frist", "2030-01-01T12:00:00"));
    assertThat(instance.getTenantId()).isEqualTo("5028");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getTenantId())
        .isEqualTo("5028");
  }

  @Test
  void aCalledProcessInheritsTheMunicipalityOfTheCase() {
    ProcessInstance parent = start("tilgangstestKaller", Map.of("kommunenummer", "5031", "frist", "2030-01-01T12:00:00"));
    assertThat(parent).isWaitingAt("Activity_KallTilgangstest");
    ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId()).singleResult();
    assertThat(child.getTenantId()).isEqualTo("5031");
    engine.getTaskService().complete(
        engine.getTaskService().createTaskQuery().processInstanceId(child.getId()).singleResult().getId());
    assertThat(parent).isEnded();
  }

  @Test
  void anInvalidKommunenummerIsRefused() {
    assertThatThrownBy(() -> start("tilgangstest", Map.of("kommunenummer", "50", "frist", "2030-01-01T12:00:00")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Ugyldig kommunenummer '50'");
  }

  @Test
  void aUserCannotCreateACaseInAMunicipalityTheyDoNotBelongTo() {
    engine.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    assertThatThrownBy(() -> start("tilgangstest", Map.of("kommunenummer", "5031", "frist", "2030-01-01T12:00:00")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("kommune 5031");
    assertThat(start("tilgangstest", Map.of("kommunenummer", "5028", "frist", "2030-01-01T12:00:00")).getTenantId())
        .isEqualTo("5028");
  }

  @Test
  void aProcessWithoutKommunenummerBelongsToNoMunicipality() {
    assertThat(start("tilgangstest", Map.of("frist", "2030-01-01T12:00:00")).getTenantId()).isNull();
  }

  @Test
  void aProcessCalledWithAKommunenummerFromAProcessWithoutMunicipalityBelongsToThatMunicipality() {
    ProcessInstance parent =
        start("tilgangstestFordeler", Map.of("kommuneForKall", "5031", "frist", "2030-01-01T12:00:00"));
    assertThat(parent.getTenantId()).isNull();
    ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId()).singleResult();
    assertThat(child.getTenantId()).isEqualTo("5031");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(child.getId()).singleResult().getTenantId())
        .isEqualTo("5031");
    engine.getTaskService().complete(
        engine.getTaskService().createTaskQuery().processInstanceId(child.getId()).singleResult().getId());
    assertThat(parent).isEnded();
  }

  @Test
  void aProcessCalledFromAProcessWithoutMunicipalityIsRefusedForAMunicipalityTheUserDoesNotBelongTo() {
    engine.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    assertThatThrownBy(() -> start("tilgangstestFordeler", Map.of("kommuneForKall", "5031", "frist", "2030-01-01T12:00:00")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("kommune 5031");
    assertThatThrownBy(() -> start("tilgangstestFordeler", Map.of("kommuneForKall", "abcd", "frist", "2030-01-01T12:00:00")))
        .isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void aProcessCalledWithoutKommunenummerFromAProcessWithoutMunicipalityBelongsToNoMunicipality() {
    ProcessInstance parent = start("tilgangstestKaller", Map.of("frist", "2030-01-01T12:00:00"));
    ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId()).singleResult();
    assertThat(child.getTenantId()).isNull();
  }
}
