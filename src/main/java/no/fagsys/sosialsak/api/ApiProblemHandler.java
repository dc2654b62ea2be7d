package no.fagsys.sosialsak.api;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the domain API as RFC 9457 {@code application/problem+json} (Spring's {@link ProblemDetail}), with
 * a Norwegian title, whatever the caller asked for (a browser asking for HTML gets the problem too), and never a
 * stack trace: an unexpected error is logged here and answered with a plain "Uventet feil".
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);
  static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  private static final Map<Integer, String> TITLES = Map.of(
      400, "Ugyldig forespørsel",
      401, "Ikke innlogget",
      403, "Ikke tilgang",
      404, "Finnes ikke",
      405, "Metoden er ikke tillatt",
      406, "Kan ikke svare i ønsket format",
      409, "Ikke klar",
      415, "Formatet støttes ikke",
      500, "Uventet feil");

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
    LOG.error("Uventet feil i domene-API-et", e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Det oppstod en uventet feil. Prøv igjen senere, eller kontakt brukerstøtte.");
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      String title = TITLES.get(statusCode.value());
      if (title != null && !(ex instanceof ApiProblem)) {
        problem.setTitle(title);
      }
      HttpHeaders withType = new HttpHeaders();
      withType.putAll(response.getHeaders());
      withType.setContentType(PROBLEM_JSON);
      return new ResponseEntity<>(problem, withType, response.getStatusCode());
    }
    return response;
  }
}
