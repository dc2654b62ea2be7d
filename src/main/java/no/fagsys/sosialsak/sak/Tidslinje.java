package no.fagsys.sosialsak.sak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The status timelines on the table {@code tidslinjehendelse} (Liquibase {@code 007-sak.yaml}), written in the
 * engine's transaction by {@link Prosesshendelser} and {@link BrevHendelser}. Each new event is published (Spring
 * {@code ApplicationEventPublisher}, synchronously, in the same transaction) for what follows the case, such as the
 * archive's outbox ({@code arkiv/ArkivUtboks}); an event merged into one already recorded is not published again.
 */
@Repository
public class Tidslinje {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final String COLUMNS =
      "hovedsaksnummer, saksnummer, kommunenummer, type, tidspunkt, nokkel, data, brev_id";

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher publisher;

  public Tidslinje(JdbcTemplate jdbc, ApplicationEventPublisher publisher) {
    this.jdbc = jdbc;
    this.publisher = publisher;
  }

  /**
   * Records the event. An event with a {@link Hendelse#nokkel()} that is already recorded is not recorded twice:
   * the letter of the second report is added to the first (a process step and its letter report the same event).
   */
  public void registrer(Hendelse h) {
    if (h.nokkel() != null) {
      List<Map<String, Object>> funnet = jdbc.queryForList("select data, brev_id from tidslinjehendelse "
          + "where hovedsaksnummer = ? and type = ? and nokkel = ?", h.hovedsaksnummer(), h.type(), h.nokkel());
      if (!funnet.isEmpty()) {
        // The step and its letter are one event, whichever came first: the event keeps its time and gains the
        // other's fields and letter.
        Map<String, Object> felter = new LinkedHashMap<>(les((String) funnet.get(0).get("data")));
        h.felter().forEach(felter::putIfAbsent);
        jdbc.update("update tidslinjehendelse set data = ?, brev_id = coalesce(brev_id, ?) where hovedsaksnummer = ? "
            + "and type = ? and nokkel = ?", json(felter), h.brevId(), h.hovedsaksnummer(), h.type(), h.nokkel());
        return;
      }
    }
    jdbc.update("insert into tidslinjehendelse (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
        h.hovedsaksnummer(), h.saksnummer(), h.kommunenummer(), h.type(), Timestamp.from(h.tidspunkt()), h.nokkel(),
        json(h.felter()), h.brevId());
    publisher.publishEvent(h);
  }

  /** The timeline of an application with its complaints and breaches, in the order the events happened. */
  public List<Hendelse> hendelser(String hovedsaksnummer) {
    return jdbc.query("select " + COLUMNS + " from tidslinjehendelse where hovedsaksnummer = ? order by tidspunkt, id",
        Tidslinje::map, hovedsaksnummer);
  }

  private static String json(Map<String, Object> felter) {
    try {
      return JSON.writeValueAsString(felter);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Hendelsens felter kan ikke lagres som JSON", e);
    }
  }

  private static Map<String, Object> les(String data) {
    try {
      return JSON.readValue(data, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Ugyldig JSON i tidslinjehendelse", e);
    }
  }

  private static Hendelse map(ResultSet rs, int row) throws SQLException {
    Map<String, Object> felter;
    try {
      felter = les(rs.getString("data"));
    } catch (IllegalStateException e) {
      throw new SQLException(e.getMessage(), e.getCause());
    }
    return new Hendelse(rs.getString("hovedsaksnummer"), rs.getString("saksnummer"), rs.getString("kommunenummer"),
        rs.getString("type"), rs.getTimestamp("tidspunkt").toInstant(), rs.getString("nokkel"), felter,
        rs.getString("brev_id"));
  }
}
