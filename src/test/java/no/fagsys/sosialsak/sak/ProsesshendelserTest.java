package no.fagsys.sosialsak.sak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/** The timeline's table of process steps names only elements that exist in the models (a renamed id fails here). */
class ProsesshendelserTest {

  @Test
  void hvertStegITabellenFinnesIModellen() {
    Map<String, BpmnModelInstance> models = new HashMap<>();
    for (Prosesshendelser.Steg steg : Prosesshendelser.steg()) {
      BpmnModelInstance model = models.computeIfAbsent(steg.prosess(),
          key -> Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile()));
      assertThat(model.getModelElementsByType(Process.class).stream().map(Process::getId).toList())
          .contains(steg.prosess());
      ModelElementInstance element = model.getModelElementById(steg.element());
      assertThat(element).as(steg.prosess() + "/" + steg.element())
          .isInstanceOf(FlowNode.class);
    }
  }

  @Test
  void saksnummerOgHovedsaksnummer() {
    assertThat(Sak.hovedsaksnummer("2026-5028-000001-K2")).isEqualTo("2026-5028-000001");
    assertThat(Sak.hovedsaksnummer("2026-5028-000001-V1")).isEqualTo("2026-5028-000001");
    assertThat(Sak.hovedsaksnummer("2026-5028-000001")).isEqualTo("2026-5028-000001");
    assertThat(Sak.erSaksnummer("2026-5028-000001-X1")).isFalse();
    assertThat(Sak.erSaksnummer("2026-Q2")).isFalse();
  }
}
