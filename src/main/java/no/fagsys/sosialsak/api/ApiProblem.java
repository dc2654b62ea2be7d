package no.fagsys.sosialsak.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A problem the domain API reports to the caller as RFC 9457 {@code application/problem+json}: the status, a
 * Norwegian title naming the problem and a Norwegian detail. Never carries a stack trace or internal message.
 */
public class ApiProblem extends ErrorResponseException {

  public ApiProblem(HttpStatus status, String title, String detail) {
    super(status, problem(status, title, detail), null);
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  /** The RFC 9457 extension member that names each bad field: {@code [{"name": …, "reason": …}]}. */
  public static final String INVALID_PARAMS = "invalid-params";

  /** 400 naming the bad fields (field name → reason, in order). */
  public static ApiProblem ugyldig(Map<String, String> feil) {
    ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "Ugyldig forespørsel",
        "Ugyldige opplysninger: " + String.join("; ", feil.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue()).toList()));
    problem.getBody().setProperty(INVALID_PARAMS, invalidParams(feil));
    return problem;
  }

  /** 400 naming one bad field. */
  public static ApiProblem ugyldig(String felt, String grunn) {
    return ugyldig(Map.of(felt, grunn));
  }

  static List<Map<String, String>> invalidParams(Map<String, String> feil) {
    return feil.entrySet().stream().map(e -> {
      Map<String, String> param = new java.util.LinkedHashMap<>();
      param.put("name", e.getKey());
      param.put("reason", e.getValue());
      return param;
    }).toList();
  }

  /** 403: the user is authenticated but may not see this. */
  public static ApiProblem ikkeTilgang(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "Ikke tilgang", detail);
  }

  /** 404: there is nothing by that name. */
  public static ApiProblem ikkeFunnet(String detail) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "Finnes ikke", detail);
  }

  /** 409: it exists, but is not in a state to answer this yet. */
  public static ApiProblem ikkeKlar(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, "Ikke klar", detail);
  }
}
