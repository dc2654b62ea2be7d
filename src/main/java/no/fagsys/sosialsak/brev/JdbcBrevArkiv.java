package no.fagsys.sosialsak.brev;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The letters on the table {@code brev} (Liquibase: {@code db/changelog/sosialsak/006-brev.yaml}). Plain JDBC on the
 * application's data source, so a letter stored from the engine joins the engine's transaction: a rolled back
 * command leaves no letter behind.
 */
@Repository
public class JdbcBrevArkiv implements BrevArkiv, BrevLager {

  private static final String COLUMNS =
      "id, type, saksnummer, kommunenummer, prosessinstans_id, vedtak_id, produsert, filnavn, pdf";

  private final JdbcTemplate jdbc;

  public JdbcBrevArkiv(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a produced letter in the caller's transaction. */
  @Override
  public void lagre(Brev b) {
    // vedtaksbrev_for: the decision a decision letter is the letter of, unique, so a second one is refused.
    jdbc.update("insert into brev (" + COLUMNS + ", vedtaksbrev_for) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", b.id(),
        b.type().name(), b.saksnummer(), b.kommunenummer(), b.processInstanceId(), b.vedtakId(),
        Timestamp.from(b.produsert()), b.filnavn(), b.pdf(), b.type() == BrevType.VEDTAK ? b.vedtakId() : null);
  }

  @Override
  public Optional<Brev> vedtaksbrev(String vedtakId) {
    return jdbc.query("select " + COLUMNS + " from brev where vedtaksbrev_for = ?", JdbcBrevArkiv::map, vedtakId)
        .stream().findFirst();
  }

  @Override
  public Optional<Brev> finn(String brevId) {
    return jdbc.query("select " + COLUMNS + " from brev where id = ?", JdbcBrevArkiv::map, brevId).stream()
        .findFirst();
  }

  @Override
  public List<Brev> forSak(String saksnummer) {
    return jdbc.query("select " + COLUMNS + " from brev where saksnummer = ? or saksnummer like ? "
        + "order by produsert, id", JdbcBrevArkiv::map, saksnummer, saksnummer + "-%");
  }

  @Override
  public List<Brev> oversikt(String saksnummer) {
    return jdbc.query("select " + COLUMNS.replace(", pdf", "") + " from brev where saksnummer = ? or saksnummer like ? "
        + "order by produsert, id", (rs, row) -> map(rs, new byte[0]), saksnummer, saksnummer + "-%");
  }

  private static Brev map(ResultSet rs, int row) throws SQLException {
    return map(rs, rs.getBytes("pdf"));
  }

  private static Brev map(ResultSet rs, byte[] pdf) throws SQLException {
    return new Brev(rs.getString("id"), BrevType.valueOf(rs.getString("type")), rs.getString("saksnummer"),
        rs.getString("kommunenummer"), rs.getString("prosessinstans_id"), rs.getString("vedtak_id"),
        rs.getTimestamp("produsert").toInstant(), rs.getString("filnavn"), pdf);
  }
}
