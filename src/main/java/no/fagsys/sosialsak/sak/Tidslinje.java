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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The status timelines on the table {@code tidslinjehendelse} (Liquibase {@code 007-sak.yaml}), written in the
 * engine's transaction by {@link Prosesshendelser} and {@link BrevHendelser}.
 */
@Repository
public class Tidslinje {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final String COLUMNS =
      "hovedsaksnummer, saksnummer, kommunenummer, type, tidspunkt, nokkel, data, brev_id";

  private final JdbcTemplate jdbc;

  public Tidslinje(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the event. An event with a {@link Hendelse#nokkel()} that is already recorded is not recorded twice:
   * the letter of the second report is added to the first (a process step and its letter report the same event).
   */
  public void registrer(Hendelse h) {
    if (h.nokkel() != null) {
      List<String> brev = jdbc.queryForList("select brev_id from tidslinjehendelse where hovedsaksnummer = ? "
          + "and type = ? and nokkel = ?", String.class, h.hovedsaksnummer(), h.type(), h.nokkel());
      if (!brev.isEmpty()) {
        if (h.brevId() != null) {
          jdbc.update("update tidslinjehendelse set brev_id = ? where hovedsaksnummer = ? and type = ? and nokkel = ? "
              + "and brev_id is null", h.brevId(), h.hovedsaksnummer(), h.type(), h.nokkel());
        }
        return;
      }
    }
    jdbc.update("insert into tidslinjehendelse (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
        h.hovedsaksnummer(), h.saksnummer(), h.kommunenummer(), h.type(), Timestamp.from(h.tidspunkt()), h.nokkel(),
        json(h.felter()), h.brevId());
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

  private static Hendelse map(ResultSet rs, int row) throws SQLException {
    Map<String, Object> felter;
    try {
      felter = JSON.readValue(rs.getString("data"), MAP);
    } catch (JsonProcessingException e) {
      throw new SQLException("Ugyldig JSON i tidslinjehendelse", e);
    }
    return new Hendelse(rs.getString("hovedsaksnummer"), rs.getString("saksnummer"), rs.getString("kommunenummer"),
        rs.getString("type"), rs.getTimestamp("tidspunkt").toInstant(), rs.getString("nokkel"), felter,
        rs.getString("brev_id"));
  }
}
