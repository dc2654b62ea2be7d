package no.fagsys.sosialsak.api;

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
