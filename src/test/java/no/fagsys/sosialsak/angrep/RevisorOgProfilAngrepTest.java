package no.fagsys.sosialsak.angrep;

import static no.fagsys.sosialsak.angrep.Angrep.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.Webapp;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Attacks by a reader and on names (issue items 4 and 5): the auditor (rita) writes nothing, through either API, and
 * no user renames herself (letters are signed with profile names); an administrator still manages profiles.
 */
class RevisorOgProfilAngrepTest extends AngrepMotEnSak {



  @Test
  void revisorKanLeseMenIkkeSkriveKommentarerVedleggEllerVariabler() {
    assertThat(angrep.rest.get("rita", "/history/task?maxResults=10&taskId=" + task).getStatusCode()).isEqualTo(HttpStatus.OK);
    List<ResponseEntity<String>> forsok = List.of(
        angrep.rest.post("rita", "/task/" + task + "/comment/create", Map.of("message", "Revisor var her.")),
        angrep.rest.post("rita", "/process-instance/" + instance + "/comment/create", Map.of("message", "x")),
        angrep.rest.post("rita", "/task/" + task + "/attachment/create", Map.of("attachment-name", "x")),
        multipartVedlegg("rita"),
        angrep.rest.put("rita", "/task/" + task + "/variables/notat", s("x")),
        angrep.rest.post("rita", "/task/" + task + "/claim", Map.of("userId", "rita")),
        angrep.rest.post("rita", "/message", Map.of("messageName", "SoknadTrukket")),
        angrep.rest.put("rita", "/user/rita/profile", Map.of("id", "rita", "firstName", "Ny", "lastName", "Revisor")),
        angrep.rest.put("rita", "/user/rita/credentials", Map.of("password", "nytt", "authenticatedUserPassword",
            "rita")));
    for (ResponseEntity<String> response : forsok) {
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(engine.getTaskService().getTaskComments(task)).isEmpty();
    assertThat(engine.getTaskService().getTaskAttachments(task)).isEmpty();
  }

  @Test
  void revisorKanHellerIkkeSkriveGjennomCockpit() {
    Webapp cockpit = angrep.webapp("cockpit", "rita");
    assertThat(Angrep.webappPost(cockpit, "/task/" + task + "/comment/create", Map.of("message", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cockpit.exchange(HttpMethod.PUT, Angrep.WEBAPP_ENGINE + "/incident/x/annotation",
        Map.of("annotation", "x"), MediaType.APPLICATION_JSON, true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().getTaskComments(task)).isEmpty();
  }

  @Test
  void ingenBrukerEndrerSittEgetNavnMenAdministratorKan() {
    for (String user : List.of("kari", "kjell", "sara", "per")) {
      ResponseEntity<String> rest = angrep.rest.put(user, "/user/" + user + "/profile",
          Map.of("id", user, "firstName", "Statsforvalter", "lastName", "Falsk"));
      assertThat(rest.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    Webapp tasklist = angrep.webapp("tasklist", "kari");
    ResponseEntity<String> webapp = tasklist.exchange(HttpMethod.PUT, Angrep.WEBAPP_ENGINE + "/user/kari/profile",
        Map.of("id", "kari", "firstName", "Leder", "lastName", "Falsk"), MediaType.APPLICATION_JSON, true);
    assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getIdentityService().createUserQuery().userId("kari").singleResult().getLastName())
        .isNotEqualTo("Falsk");

    var kari = engine.getIdentityService().createUserQuery().userId("kari").singleResult();
    ResponseEntity<String> admin = angrep.rest.put("demo", "/user/kari/profile",
        Map.of("id", "kari", "firstName", kari.getFirstName(), "lastName", kari.getLastName(),
            "email", "kari@melhus.kommune.no"));
    assertThat(admin.getStatusCode()).as(admin.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> multipartVedlegg(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("attachment-name", "notat.txt");
    body.add("content", "innhold");
    return template.exchange("/engine-rest/task/" + task + "/attachment/create", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }
}
