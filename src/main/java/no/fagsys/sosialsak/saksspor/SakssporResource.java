package no.fagsys.sosialsak.saksspor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import no.fagsys.sosialsak.brev.Brev;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Saksspor's answers under {@code /camunda/api/cockpit/plugin/saksspor/{engine}/}: {@code GET saker/{saksnummer}} the
 * case's trail as JSON, {@code GET saker/{saksnummer}/brev/{brevId}} one of its letters as PDF, {@code GET tilgang}
 * whether the logged-in user may read cases here at all ({@code {"kanLese": true}}; the menu entry asks it). Nothing
 * else: every other method answers 405. Errors are RFC 9457 problem details in Norwegian, never an internal message.
 * One path template for all of it, so that JAX-RS gives every method on these paths to this class's answers.
 */
public class SakssporResource extends AbstractCockpitPluginResource {

  static final String TILGANG = "tilgang";
  static final String SAKER = "saker/";
  static final String BREV = "/brev/";
  static final String STI = "{sti: " + TILGANG + "|" + SAKER + "[^/]+(?:" + BREV + "[^/]+)?}";
  static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(SakssporResource.class);
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final SakssporLeser leser;

  public SakssporResource(String engineName, SakssporLeser leser) {
    super(engineName);
    this.leser = leser;
  }

  @GET
  @Path(STI)
  public Response les(@PathParam("sti") String sti) {
    try {
      if (TILGANG.equals(sti)) {
        return json(Map.of("kanLese", leser.kanLese()));
      }
      String sak = sti.substring(SAKER.length());
      int brev = sak.indexOf(BREV);
      if (brev < 0) {
        return json(leser.spor(sak));
      }
      Brev funnet = leser.brev(sak.substring(0, brev), sak.substring(brev + BREV.length()));
      return Response.ok(funnet.pdf(), "application/pdf")
          .header("Content-Disposition", "attachment; filename=\"" + funnet.filnavn() + "\"").build();
    } catch (ErrorResponseException e) {
      return problem(e.getBody());
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.warn("Saksspor {} kunne ikke leses", sti, e);
      return problem(500, "Feil", "Saksporet kunne ikke leses. Prøv igjen senere.");
    }
  }

  @POST
  @Path(STI)
  public Response post() {
    return bareLesing();
  }

  @PUT
  @Path(STI)
  public Response put() {
    return bareLesing();
  }

  @PATCH
  @Path(STI)
  public Response patch() {
    return bareLesing();
  }

  @DELETE
  @Path(STI)
  public Response delete() {
    return bareLesing();
  }

  @OPTIONS
  @Path(STI)
  public Response options() {
    return bareLesing();
  }

  private static Response json(Object svar) throws JsonProcessingException {
    return Response.ok(JSON.writeValueAsBytes(svar), "application/json;charset=UTF-8").build();
  }

  private static Response bareLesing() {
    return Response.fromResponse(problem(405, "Metoden er ikke tillatt", "Saksspor kan bare leses."))
        .header("Allow", "GET").build();
  }

  private static Response problem(ProblemDetail p) {
    return problem(p.getStatus(), p.getTitle(), p.getDetail());
  }

  static Response problem(int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    try {
      return Response.status(status).type(PROBLEM_JSON + ";charset=UTF-8").entity(JSON.writeValueAsBytes(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
