package no.fagsys.sosialsak.angrep;

import static no.fagsys.sosialsak.angrep.Angrep.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.platform.Webapp;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * No existence oracle: for a caseworker of Malvik (mona), a task or case of Melhus answers exactly as an id that
 * does not exist, on every endpoint tried, on the engine REST API and the webapps' engine API alike (status and
 * body, with the id itself masked). The writes among them change nothing.
 */
class OrakelAngrepTest extends AngrepMotEnSak {



  record Kall(HttpMethod method, String path, Object body) {}

  static List<Kall> kall(String task, String instance) {
    Map<String, Object> variables = Map.of("variables", Map.of("notat", s("x")));
    return List.of(
        new Kall(HttpMethod.GET, "/task/" + task, null),
        new Kall(HttpMethod.GET, "/task/" + task + "/variables", null),
        new Kall(HttpMethod.GET, "/task/" + task + "/form-variables", null),
        new Kall(HttpMethod.GET, "/task/" + task + "/deployed-form", null),
        new Kall(HttpMethod.GET, "/task/" + task + "/comment", null),
        new Kall(HttpMethod.POST, "/task/" + task + "/complete", variables),
        new Kall(HttpMethod.POST, "/task/" + task + "/submit-form", variables),
        new Kall(HttpMethod.POST, "/task/" + task + "/claim", Map.of("userId", "mona")),
        new Kall(HttpMethod.POST, "/task/" + task + "/comment/create", Map.of("message", "x")),
        new Kall(HttpMethod.DELETE, "/task/" + task, null),
        new Kall(HttpMethod.GET, "/process-instance/" + instance, null),
        new Kall(HttpMethod.GET, "/process-instance/" + instance + "/variables", null),
        new Kall(HttpMethod.GET, "/history/process-instance/" + instance, null));
  }

  @Test
  void enAnnenKommunesOppgaveOgSakSvarerSomEnUkjentPaMotorensRestApi() {
    String ukjentTask = UUID.randomUUID().toString();
    String ukjentInstance = UUID.randomUUID().toString();
    List<Kall> ekte = kall(task, instance);
    List<Kall> ukjent = kall(ukjentTask, ukjentInstance);
    List<String> avvik = new ArrayList<>();
    for (int i = 0; i < ekte.size(); i++) {
      ResponseEntity<String> a = angrep.rest.exchange("mona", ekte.get(i).method(), ekte.get(i).path(),
          ekte.get(i).body());
      ResponseEntity<String> b = angrep.rest.exchange("mona", ukjent.get(i).method(), ukjent.get(i).path(),
          ukjent.get(i).body());
      if (!a.getStatusCode().equals(b.getStatusCode())
          || !maskert(a, task, instance).equals(maskert(b, ukjentTask, ukjentInstance))) {
        avvik.add(ekte.get(i).method() + " " + ekte.get(i).path() + ": " + a.getStatusCode() + " " + a.getBody()
            + " vs " + b.getStatusCode() + " " + b.getBody());
      }
      assertThat(a.getStatusCode().is5xxServerError()).as(ekte.get(i).path()).isFalse();
    }
    assertThat(avvik).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()).isNotNull();
    assertThat(engine.getTaskService().getTaskComments(task)).isEmpty();
  }

  @Test
  void enAnnenKommunesOppgaveSvarerSomEnUkjentPaWebappenesMotorApi() {
    Webapp tasklist = angrep.webapp("tasklist", "mona");
    String ukjentTask = UUID.randomUUID().toString();
    String ukjentInstance = UUID.randomUUID().toString();
    List<Kall> ekte = kall(task, instance);
    List<Kall> ukjent = kall(ukjentTask, ukjentInstance);
    List<String> avvik = new ArrayList<>();
    for (int i = 0; i < ekte.size(); i++) {
      ResponseEntity<String> a = tasklist.exchange(ekte.get(i).method(), Angrep.WEBAPP_ENGINE + ekte.get(i).path(),
          ekte.get(i).body(), ekte.get(i).body() == null ? null : MediaType.APPLICATION_JSON, true);
      ResponseEntity<String> b = tasklist.exchange(ukjent.get(i).method(),
          Angrep.WEBAPP_ENGINE + ukjent.get(i).path(), ukjent.get(i).body(),
          ukjent.get(i).body() == null ? null : MediaType.APPLICATION_JSON, true);
      if (!a.getStatusCode().equals(b.getStatusCode())
          || !maskert(a, task, instance).equals(maskert(b, ukjentTask, ukjentInstance))) {
        avvik.add(ekte.get(i).method() + " " + ekte.get(i).path() + ": " + a.getStatusCode() + " " + a.getBody()
            + " vs " + b.getStatusCode() + " " + b.getBody());
      }
      assertThat(a.getBody() == null ? "" : a.getBody()).doesNotContain("tenant");
    }
    assertThat(avvik).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()).isNotNull();
  }

  private static String maskert(ResponseEntity<String> response, String task, String instance) {
    String body = response.getBody() == null ? "" : response.getBody();
    return body.replace(task, "ID").replace(instance, "ID");
  }
}
