package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * A completion that loses the race at one of the product's unique keys (on PostgreSQL before the engine's optimistic
 * locking sees it) answers as a lost race: 409 with the Norwegian message, not 500.
 */
class SamtidigNokkelTest {

  private final EngineRestErrorMapper mapper = new EngineRestErrorMapper(new TaskGone(id -> true, id -> false));

  @Test
  void enUnikNokkelSomAlleredeErSkrevetAvDenAndreErEnSamtidigEndring() {
    SQLException duplikat = new SQLException("duplicate key value violates unique constraint", "23505");
    RestException exception = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("An exception occurred in the persistence layer", duplikat), "x");

    Response svar = mapper.toResponse(exception);

    assertThat(svar.getStatus()).isEqualTo(409);
    assertThat(((Map<?, ?>) svar.getEntity()).get("message")).isEqualTo(EngineRestErrorMapper.SAMTIDIG_ENDRING);
  }

  @Test
  void enAnnenDatabasefeilErIkkeEnSamtidigEndring() {
    SQLException annen = new SQLException("relation does not exist", "42P01");
    assertThat(EngineRestErrorMapper.samtidigUnikNokkel(new ProcessEngineException("x", annen))).isFalse();
    assertThat(EngineRestErrorMapper.samtidigUnikNokkel(new ProcessEngineException("x"))).isFalse();
  }
}
