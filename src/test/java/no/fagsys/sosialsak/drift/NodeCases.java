package no.fagsys.sosialsak.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Cases started and worked on a {@link Node} through its engine, as the users would through Tasklist. */
public final class NodeCases {

  private NodeCases() {}

  /** The local date and time as the engine clock's {@link Date} (the JVM's zone, as {@code CaseDriver.date}). */
  public static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  /** A quarter no other test uses (one survey per quarter): far in the future, at random. */
  public static String kvartal() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    return random.nextInt(2100, 9999) + "-Q" + random.nextInt(1, 5);
  }

  /** Statsforvalteren opens the quarter's capacity survey with the deadline; every municipality gets a task. */
  public static String kapasitetskartlegging(ProcessEngine engine, String kvartal, LocalDate frist) {
    engine.getIdentityService().setAuthentication("sara", List.of("statsforvalteren"),
        List.of("5001", "5028", "5031"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(KapasitetskartleggingProcess.KEY,
          Map.of("kvartal", kvartal, "frist", frist.toString())).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** A new decision for Melhus drafted by kari, waiting for a leader's approval; returns the instance id. */
  public static String vedtakTilGodkjenning(ProcessEngine engine, String saksnummer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("saksnummer", saksnummer);
    variables.put("kommunenummer", "5028");
    variables.put("tjeneste", "OKONOMISK_STONAD");
    variables.put("vedtakForslagUtfall", "INNVILGET");
    variables.put("vedtakForslagBegrunnelse", "Du har ikke midler til nødvendig livsopphold.");
    variables.put("vedtakForslagHjemmel", "sosialtjenesteloven § 18");
    variables.put("antallBarnIHusstanden", 0);
    // Started as a calling process starts it (the engine, no user): users may not start the decision steps.
    String instance = engine.getRuntimeService().startProcessInstanceByKey(VedtakProcess.KEY, saksnummer, variables)
        .getId();
    complete(engine, "kari", "saksbehandler", instance, VedtakProcess.Elements.UTFORM_VEDTAK, Map.of(
        "relevanteOpplysninger", "Søkeren er uten inntekt denne måneden.", "stonadsform", "BIDRAG",
        "informertOmReduksjon", true));
    return instance;
  }

  public static void complete(ProcessEngine engine, String user, String group, String instance, String element,
      Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(element)
        .singleResult();
    assertThat(task).as("oppgave " + element).isNotNull();
    as(engine, user, group, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  static <T> T as(ProcessEngine engine, String user, String group, java.util.function.Supplier<T> work) {
    engine.getIdentityService().setAuthentication(user, List.of(group), List.of("5028"));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** How many times the element ran to its end in the instance and the instances it called. */
  public static long finished(ProcessEngine engine, String rootInstance, String element) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(rootInstance)
        .list().stream().mapToLong(instance -> engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId()).activityId(element).finished().count()).sum();
  }
}
