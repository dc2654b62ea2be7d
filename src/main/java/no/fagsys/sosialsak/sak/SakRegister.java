package no.fagsys.sosialsak.sak;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cases on the table {@code sak} (Liquibase {@code 007-sak.yaml}), written from the engine
 * ({@link Prosesshendelser}) in the engine's transaction: a start that is refused leaves no row.
 */
@Repository
public class SakRegister {

  private static final String COLUMNS = "saksnummer, hovedsaksnummer, sakstype, kommunenummer, prosessinstans_id, "
      + "tjeneste, vedtak_id, opprettet, oversendt_statsforvalteren";

  private final JdbcTemplate jdbc;

  public SakRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void opprett(Sak s) {
    jdbc.update("insert into sak (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.saksnummer(),
        s.hovedsaksnummer(), s.sakstype().name(), s.kommunenummer(), s.prosessinstansId(), s.tjeneste(), s.vedtakId(),
        Timestamp.from(s.opprettet()), s.oversendtStatsforvalteren() == null ? null
            : Timestamp.from(s.oversendtStatsforvalteren()));
  }

  public Optional<Sak> finn(String saksnummer) {
    return jdbc.query("select " + COLUMNS + " from sak where saksnummer = ?", SakRegister::map, saksnummer).stream()
        .findFirst();
  }

  /** The application and its complaints and breaches, oldest first. */
  public List<Sak> medUndersaker(String hovedsaksnummer) {
    return jdbc.query("select " + COLUMNS + " from sak where hovedsaksnummer = ? order by opprettet, saksnummer",
        SakRegister::map, hovedsaksnummer);
  }

  /** The municipality's cases of the type registered at or after {@code fra}, oldest first (reports). */
  public List<Sak> forKommune(String kommunenummer, Sak.Sakstype type, Instant fra) {
    return jdbc.query("select " + COLUMNS + " from sak where kommunenummer = ? and sakstype = ? and opprettet >= ? "
        + "order by opprettet, saksnummer", SakRegister::map, kommunenummer, type.name(), Timestamp.from(fra));
  }

  /** Records that the complaint was forwarded to Statsforvalteren (the first time only). */
  public void oversendtStatsforvalteren(String saksnummer, Instant tidspunkt) {
    jdbc.update("update sak set oversendt_statsforvalteren = ? where saksnummer = ? "
        + "and oversendt_statsforvalteren is null", Timestamp.from(tidspunkt), saksnummer);
  }

  /** Whether a complaint of the case has been forwarded to Statsforvalteren. */
  public boolean harKlageOversendtStatsforvalteren(String hovedsaksnummer) {
    Integer n = jdbc.queryForObject("select count(*) from sak where hovedsaksnummer = ? "
        + "and oversendt_statsforvalteren is not null", Integer.class, hovedsaksnummer);
    return n != null && n > 0;
  }

  private static Sak map(ResultSet rs, int row) throws SQLException {
    Timestamp oversendt = rs.getTimestamp("oversendt_statsforvalteren");
    return new Sak(rs.getString("saksnummer"), rs.getString("hovedsaksnummer"),
        Sak.Sakstype.valueOf(rs.getString("sakstype")), rs.getString("kommunenummer"),
        rs.getString("prosessinstans_id"), rs.getString("tjeneste"), rs.getString("vedtak_id"),
        rs.getTimestamp("opprettet").toInstant(), oversendt == null ? null : oversendt.toInstant());
  }
}
