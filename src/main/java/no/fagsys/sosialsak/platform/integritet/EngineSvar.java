package no.fagsys.sosialsak.platform.integritet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import no.fagsys.sosialsak.platform.EngineRestErrorMapper;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answers of the engine's two HTTP APIs about an object the caller cannot have: the webapps' engine API
 * ({@code /camunda/api/engine}, what Tasklist and Cockpit call) is a second JAX-RS application without the engine
 * REST API's error mappers, so another municipality's task answered 500 "… belongs to no authenticated tenant", which
 * tells that it exists, and a lost race between two completions answered 500; and both APIs answer an unknown id
 * with the engine's own 400 or 500 ("task … doesn't exist"), unlike the 404 for another municipality's. This
 * rewrites those answers as the engine REST API gives them: 404 with one message for another municipality's object
 * and for an unknown id alike (the webapps' API answered an unknown id 400 or 500 by endpoint, with the engine's
 * message), 409 for the engine's optimistic locking. Other answers pass unchanged.
 */
public class EngineSvar extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern UKJENT = java.util.regex.Pattern.compile(
      "\\b(task|execution|processInstance|process instance|job|incident|deployment)\\s+is null");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
    try {
      try {
        chain.doFilter(request, buffer);
      } catch (ServletException | RuntimeException unmapped) {
        // An engine exception the API's own mappers did not answer (it reached the servlet container, which would
        // answer an HTML error page): answered here in the API's JSON shape, without a stack trace.
        svarPaUnntak(unmapped, buffer);
      }
    } finally {
      if (buffer.getStatus() >= 400) {
        String svar = new String(buffer.getContentAsByteArray(), StandardCharsets.UTF_8);
        Map<String, Object> erstatning = erstatning(svar);
        if (erstatning != null) {
          buffer.resetBuffer();
          buffer.setStatus((Integer) erstatning.remove("status"));
          buffer.setContentType("application/json");
          buffer.setCharacterEncoding("UTF-8");
          buffer.getOutputStream().write(JSON.writeValueAsBytes(erstatning));
        }
      }
      buffer.copyBodyToResponse();
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EngineSvar.class);

  static void svarPaUnntak(Exception unmapped, ContentCachingResponseWrapper buffer) throws IOException {
    Throwable cause = unmapped;
    while (cause.getCause() != null && cause.getCause() != cause
        && !(cause instanceof org.camunda.bpm.engine.ProcessEngineException)) {
      cause = cause.getCause();
    }
    int status = cause instanceof org.camunda.bpm.engine.AuthorizationException ? 403
        : cause instanceof org.camunda.bpm.engine.BadUserRequestException ? 400
        : cause instanceof org.camunda.bpm.engine.OptimisticLockingException ? 409 : 500;
    LOG.warn("Ubesvart unntak fra motorens API besvart med {}: {}", status, cause.getClass().getName());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", cause.getClass().getSimpleName());
    body.put("message", status == 500 ? "Det oppstod en feil. Prøv igjen, eller kontakt brukerstøtte."
        : status == 409 ? EngineRestErrorMapper.SAMTIDIG_ENDRING : String.valueOf(cause.getMessage()));
    body.put("code", 0);
    buffer.resetBuffer();
    buffer.setStatus(status);
    buffer.setContentType("application/json");
    buffer.setCharacterEncoding("UTF-8");
    buffer.getOutputStream().write(JSON.writeValueAsBytes(body));
  }

  static Map<String, Object> erstatning(String svar) {
    String type = "";
    String melding = svar;
    try {
      JsonNode json = JSON.readTree(svar);
      if (json != null) {
        type = json.path("type").asText("");
        melding = json.path("message").asText(svar);
      }
    } catch (IOException notJson) {
      // not the engine's JSON error: judge by the text
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (melding.contains(EngineRestErrorMapper.TENANT_REFUSAL) || melding.contains("Cannot find task")
        || melding.contains("doesn't exist") || melding.contains("does not exist") || UKJENT.matcher(melding).find()
        || type.equals("NullPointerException")) {
      // Another municipality's object, or an unknown id (which the webapps' API answers 400 or 500 depending on the
      // endpoint): the same 404 for both, as on the engine REST API.
      body.put("status", 404);
      body.put("type", "InvalidRequestException");
      body.put("message", EngineRestErrorMapper.FANT_IKKE);
    } else if (type.equals("OptimisticLockingException") || melding.contains("OptimisticLockingException")
        || melding.contains("was updated by another transaction concurrently")) {
      body.put("status", 409);
      body.put("type", "OptimisticLockingException");
      body.put("message", EngineRestErrorMapper.SAMTIDIG_ENDRING);
    } else {
      return null;
    }
    body.put("code", 0);
    return body;
  }
}
