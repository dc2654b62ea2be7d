package no.fagsys.sosialsak.platform;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the engine REST API over HTTP as a demo user (password = user id) or anonymously. */
public final class EngineRest {

  private final TestRestTemplate rest;

  public EngineRest(TestRestTemplate rest) {
    this.rest = rest;
  }

  public ResponseEntity<String> get(String user, String path) {
    return exchange(user, HttpMethod.GET, path, null);
  }

  public ResponseEntity<String> post(String user, String path, Object body) {
    return exchange(user, HttpMethod.POST, path, body);
  }

  public ResponseEntity<String> put(String user, String path, Object body) {
    return exchange(user, HttpMethod.PUT, path, body);
  }

  public ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return rest.exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** A start request body with String variables. */
  public static Map<String, Object> startBody(String businessKey, Map<String, String> variables) {
    Map<String, Object> vars = new java.util.LinkedHashMap<>();
    variables.forEach((name, value) -> vars.put(name, Map.of("value", value, "type", "String")));
    return Map.of("businessKey", businessKey, "variables", vars);
  }
}
