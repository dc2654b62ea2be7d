package no.fagsys.sosialsak.sak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.klage.KlageTidslinje;
import no.fagsys.sosialsak.soknad.SoknadTidslinje;
import no.fagsys.sosialsak.vedtak.VedtakTidslinje;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddTidslinje;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The process packages' timeline steps name only elements that exist in the models (a renamed id fails here), and no
 * step is contributed twice.
 */
class ProsesshendelserTest {

  /** The steps as the application contributes them (the beans' dependencies are not used to list the steps). */
  static Map<String, Tidslinjesteg> alleSteg() {
    return new Prosesshendelser(null, null, List.of(new SoknadTidslinje(), new VedtakTidslinje(null),
        new KlageTidslinje(null), new VilkarsbruddTidslinje())).steg();
  }

  @Test
  void etStegBidratToGangerErEnFeil() {
    assertThatThrownBy(() -> new Prosesshendelser(null, null, List.of(new SoknadTidslinje(), new SoknadTidslinje()))
        .steg()).hasMessageContaining("soknad/Event_SoknadMottatt");
  }

  @Test
  void hvertStegITabellenFinnesIModellen() {
    Map<String, BpmnModelInstance> models = new HashMap<>();
    for (Tidslinjesteg steg : alleSteg().values()) {
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
