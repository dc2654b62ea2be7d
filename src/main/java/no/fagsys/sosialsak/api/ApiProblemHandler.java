package no.fagsys.sosialsak.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
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
      422, "Kan ikke behandles",
      500, "Uventet feil");

  /** A field's name and reason in the engine's validation messages: "felt: grunn". */
  private static final Pattern FELT = Pattern.compile("([A-Za-z][A-Za-z0-9]*): (.+)", Pattern.DOTALL);

  /**
   * The processes' own validation (start listeners, {@link BadUserRequestException}): "Innledning: felt: grunn; felt:
   * grunn" becomes one {@code invalid-params} entry per field; a message without fields stays the detail.
   */
  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Object> badUserRequest(BadUserRequestException e, WebRequest request) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf(": ");
    Map<String, String> feil = new LinkedHashMap<>();
    if (colon > 0) {
      for (String del : message.substring(colon + 2).split("; ")) {
        Matcher m = FELT.matcher(del.strip());
        if (m.matches()) {
          feil.merge(m.group(1), m.group(2), (a, b) -> a + "; " + b);
        }
      }
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    if (!feil.isEmpty()) {
      problem.setProperty(ApiProblem.INVALID_PARAMS, ApiProblem.invalidParams(feil));
    }
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  /** The engine refused the user a command its authorizations do not allow (e.g. starting a process). */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> authorization(AuthorizationException e, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Du har ikke rettigheter til dette i saksbehandlingssystemet.");
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
  }

  /** Bean Validation of a request body: every bad field named at once. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Map<String, String> feil = new LinkedHashMap<>();
    for (FieldError error : ex.getBindingResult().getFieldErrors()) {
      feil.merge(error.getField(), grunn(error), (a, b) -> a + "; " + b);
    }
    ex.getBindingResult().getGlobalErrors().forEach(g -> feil.put(g.getObjectName(), g.getDefaultMessage()));
    return ugyldig(ex, feil, request);
  }

  /**
   * A body that is not JSON, or a field of the wrong type (a string for a boolean, an unknown enum value, a date not
   * on the form yyyy-MM-dd): the field is named. Jackson stops at the first such field.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = ex.getCause();
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String felt = mismatch.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return ugyldig(ex, Map.of(felt, feilType(mismatch)), request);
    }
    String detail = cause instanceof JsonParseException || cause instanceof JsonMappingException
        ? "Forespørselen er ikke gyldig JSON." : "Forespørselen mangler innhold, eller innholdet kan ikke leses.";
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  private ResponseEntity<Object> ugyldig(Exception ex, Map<String, String> feil, WebRequest request) {
    ApiProblem problem = ApiProblem.ugyldig(feil);
    return handleExceptionInternal(ex, problem.getBody(), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  private static String grunn(FieldError error) {
    String code = error.getCode() == null ? "" : error.getCode();
    return switch (code) {
      case "NotNull", "NotBlank" -> "mangler";
      case "Size" -> "er for lang eller for kort (" + error.getDefaultMessage() + ")";
      default -> error.getDefaultMessage();
    };
  }

  private static String feilType(MismatchedInputException e) {
    Class<?> type = e.getTargetType();
    Object value = e instanceof InvalidFormatException f ? f.getValue() : null;
    if (type != null && type.isEnum()) {
      return "ugyldig verdi" + (value == null ? "" : " '" + value + "'") + ", gyldige verdier er "
          + Arrays.toString(type.getEnumConstants());
    }
    if (type == LocalDate.class) {
      return "er ikke en dato på formen åååå-mm-dd";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "må være true eller false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "må være et heltall";
    }
    if (type == String.class) {
      return "må være tekst";
    }
    return "har feil type";
  }

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
