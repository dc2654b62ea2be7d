package no.fagsys.sosialsak.sak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The status timelines on the table {@code tidslinjehendelse} (Liquibase {@code 007-sak.yaml}), written in the
 * engine's transaction by the process steps ({@link Tidslinjesteg}, attached by {@link Prosesshendelser}). Each new
 * event is published (Spring {@code ApplicationEventPublisher}, synchronously, in the same transaction) for what
 * follows the case, such as the archive's outbox ({@code arkiv/ArkivUtboks}); an event already recorded under its key
 * is neither recorded nor published again.
 */
@Repository
public class Tidslinje {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final String COLUMNS =
      "hovedsaksnummer, saksnummer, kommunenummer, type, tidspunkt, nokkel, data, brev_id";

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher publisher;
  private final BrevArkiv brevArkiv;

  public Tidslinje(JdbcTemplate jdbc, ApplicationEventPublisher publisher, BrevArkiv brevArkiv) {
    this.jdbc = jdbc;
    this.publisher = publisher;
    this.brevArkiv = brevArkiv;
  }

  /**
   * Records the event, written by its process step ({@link Tidslinjesteg}); an event with a {@link Hendelse#nokkel()}
   * that is already recorded is not recorded twice.
   */
  public void registrer(Hendelse h) {
    if (h.nokkel() != null) {
      Integer funnet = jdbc.queryForObject("select count(*) from tidslinjehendelse "
          + "where hovedsaksnummer = ? and type = ? and nokkel = ?", Integer.class, h.hovedsaksnummer(), h.type(),
          h.nokkel());
      if (funnet != null && funnet > 0) {
        return;
      }
    }
    jdbc.update("insert into tidslinjehendelse (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
        h.hovedsaksnummer(), h.saksnummer(), h.kommunenummer(), h.type(), Timestamp.from(h.tidspunkt()), h.nokkel(),
        json(h.felter()), h.brevId());
    publisher.publishEvent(h);
  }

  /**
   * The timeline of an application with its complaints and breaches, in the order the events happened, each event
   * with its letter: the letter of the case whose event key ({@link BrevHendelser}) is the event's.
   */
  public List<Hendelse> hendelser(String hovedsaksnummer) {
    List<Hendelse> hendelser = registrerte(hovedsaksnummer);
    if (hendelser.stream().noneMatch(h -> h.brevId() == null && h.nokkel() != null)) {
      return hendelser;
    }
    Map<BrevHendelser.Hendelsesnokkel, Brev> brev = new HashMap<>();
    for (Brev b : brevArkiv.oversikt(hovedsaksnummer)) {
      BrevHendelser.hendelseFor(b).ifPresent(n -> brev.putIfAbsent(n, b));
    }
    return hendelser.stream().map(h -> {
      Brev funnet = h.brevId() != null || h.nokkel() == null ? null
          : brev.get(new BrevHendelser.Hendelsesnokkel(h.type(), h.nokkel()));
      if (funnet == null || !funnet.kommunenummer().equals(h.kommunenummer())) {
        return h;
      }
      return new Hendelse(h.hovedsaksnummer(), h.saksnummer(), h.kommunenummer(), h.type(), h.tidspunkt(),
          h.nokkel(), h.felter(), funnet.id());
    }).toList();
  }

  /** The events as recorded, without looking up their letters. */
  List<Hendelse> registrerte(String hovedsaksnummer) {
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
