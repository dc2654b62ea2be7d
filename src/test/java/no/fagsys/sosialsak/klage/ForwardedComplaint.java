package no.fagsys.sosialsak.klage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;

/**
 * For Spring HTTP tests: a complaint on an issued decision of Melhus (5028), registered and forwarded by kari over the
 * engine REST API, so that it waits at Statsforvalteren's task with two finished tasks and the {@code klagevurdering}
 * evaluation in its history. Unique decision and case numbers per call, so reruns on PostgreSQL do not collide.
 */
public final class ForwardedComplaint {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The forwarded complaint: its process instance and Statsforvalteren's open task. */
  public record Klage(String processInstanceId, String businessKey, String statsforvalterensTaskId) {}

  private ForwardedComplaint() {}

  public static Klage create(EngineRest rest, VedtakRegister register, TaskService tasks, String klagetekst,
      String oversendelsesbrev) {
    LocalDate vedtaksdato = LocalDate.now().minusDays(2);
    String saksnummer = vedtaksdato.getYear() + "-5028-"
        + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
    Vedtak vedtak = new Vedtak(UUID.randomUUID().toString(), saksnummer, "5028", "klage-fixture", "OKONOMISK_STONAD",
        "SOKNAD", "AVSLATT", "sosialtjenesteloven § 18", "Søkeren kan dekke utgiftene på andre måter.", null, null, null,
        vedtaksdato, Frister.klagefrist(vedtaksdato), "BIDRAG", null, null, null, "kari", "kjell", null,
        Instant.now());
    register.lagre(vedtak);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(KlageProcess.Variables.VEDTAK_ID.name(), value(vedtak.id()));
    variables.put(KlageProcess.Variables.KOMMUNENUMMER.name(), value("5028"));
    variables.put(KlageProcess.Variables.KLAGE_MOTTATT_DATO.name(), value(LocalDate.now().toString()));
    variables.put(KlageProcess.Variables.KLAGETEKST.name(), value(klagetekst));
    for (String fakta : List.of("gjelderEnkeltvedtak", "klagerHarKlagerett", "skriftligOgUndertegnet",
        "angirVedtakOgOnsketEndring")) {
      variables.put(fakta, value(true));
    }
    variables.put(KlageProcess.Variables.SAERLIGE_GRUNNER_FOR_SEN_KLAGE.name(), value(false));
    ResponseEntity<String> started = rest.post("kari", "/process-definition/key/" + KlageProcess.KEY + "/start",
        Map.of("variables", variables));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String processInstanceId;
    String businessKey;
    try {
      var instance = JSON.readTree(started.getBody());
      processInstanceId = instance.get("id").asText();
      businessKey = instance.get("businessKey").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    complete(rest, tasks, processInstanceId, Map.of(KlageProcess.Variables.UNDERSOKELSER.name(), "Ingen nye opplysninger.",
        KlageProcess.Variables.KOMMUNENS_UTFALL.name(), "OPPRETTHOLDE",
        KlageProcess.Variables.KOMMUNENS_BEGRUNNELSE.name(), "Vedtaket er riktig."));
    complete(rest, tasks, processInstanceId, Map.of(KlageProcess.Variables.OVERSENDELSESBREV.name(), oversendelsesbrev,
        KlageProcess.Variables.KOPI_SENDT_KLAGER.name(), true, KlageProcess.Variables.VEDLEGG.name(), "Vedtaket\nKlagen"));
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(KlageProcess.Elements.BEHANDLE_KLAGE_STATSFORVALTEREN);
    return new Klage(processInstanceId, businessKey, task.getId());
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private static void complete(EngineRest rest, TaskService tasks, String processInstanceId,
      Map<String, Object> variables) {
    String task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, value(value)));
    ResponseEntity<String> response = rest.post("kari", "/task/" + task + "/complete", Map.of("variables", typed));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
  }
}
